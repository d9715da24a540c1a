package org.eventdesk.web.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.math.BigDecimal;
import org.eventdesk.domain.record.FigureValue;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The model's limits as form validators: the same rule and the same words as the server's refusal, shown under the
 * field while the person types, before anything is sent. The server checks again whatever a form does.
 */
public final class Limits {
    private Limits() {}

    /** Text that fits a column of {@code maxLength} characters ({@link Validation#textProblem}). */
    public static Validator<String> text(int maxLength) {
        return (value, context) -> result(Texts.say(Validation.textProblem(value, maxLength)));
    }

    /** A figure's number as its columns hold it ({@link FigureValue#numberProblem}). */
    public static Validator<BigDecimal> figureNumber() {
        return (value, context) -> result(Texts.say(FigureValue.numberProblem(value)));
    }

    private static ValidationResult result(String problem) {
        return problem == null
                ? ValidationResult.ok()
                : ValidationResult.error(Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
    }
}
