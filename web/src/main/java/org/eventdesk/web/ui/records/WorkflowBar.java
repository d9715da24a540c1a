package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.web.ui.QueuesChanged;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The workflow steps a user can take on a record now, as buttons: the steps the record itself offers this person
 * ({@link RecordView.WorkflowView#steps()}, from {@code EventRecord.availableSteps}), a refused one disabled with the
 * record's reason beside it. The server checks again when a step is taken, and its refusal, if it comes (someone
 * else acted first), is shown as it is worded.
 *
 * <p>Approve, return and publish send the version this screen showed: if the record changed since, the server
 * refuses, and the person reads the new version before judging it. A dialog that asks for words (a comment, a
 * reason, a note) stays open with its text when the server refuses them, the refusal under the field.
 */
class WorkflowBar extends VerticalLayout {
    private final WorkflowService workflow;
    private final Consumer<RecordView> onChange;
    private final HorizontalLayout buttons = new HorizontalLayout();

    WorkflowBar(RecordView record, WorkflowService workflow, Consumer<RecordView> onChange) {
        this.workflow = workflow;
        this.onChange = onChange;
        setId("workflow-bar");
        setPadding(false);
        setSpacing(false);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(buttons);
        RecordView.WorkflowView w = record.workflow();
        long id = record.id();
        long shown = record.version();

        // The record says which steps this person may take and why one is refused; the bar only draws them.
        for (WorkflowStep.Option step : w.steps()) {
            Button button =
                    switch (step.step()) {
                        case EDIT -> null; // the record page's own "Edit" button
                        case SUBMIT ->
                            button(
                                    "submit",
                                    t("records.workflow.submit"),
                                    VaadinIcon.PAPERPLANE,
                                    ButtonVariant.LUMO_PRIMARY,
                                    () -> run(() -> workflow.submit(id), t("records.workflow.submitted")));
                        case NOTE_CORRECTION ->
                            button(
                                    "correction-note",
                                    t("records.workflow.correction-note"),
                                    VaadinIcon.COMMENT_ELLIPSIS,
                                    null,
                                    () -> ask(
                                            t("records.workflow.correction-note.title"),
                                            t("records.workflow.correction-note.label"),
                                            w.correctionNote(),
                                            true,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            note -> workflow.noteCorrection(id, note),
                                            t("records.workflow.correction-note.done")));
                        case SPIKE ->
                            button(
                                    "spike",
                                    t("records.workflow.spike"),
                                    VaadinIcon.TRASH,
                                    ButtonVariant.LUMO_ERROR,
                                    () -> spike(id));
                        case APPROVE ->
                            button(
                                    "approve",
                                    t("records.workflow.approve"),
                                    VaadinIcon.CHECK,
                                    ButtonVariant.LUMO_SUCCESS,
                                    () -> run(() -> workflow.approve(id, shown), t("records.workflow.approved")));
                        case RETURN ->
                            button(
                                    "return",
                                    t("records.workflow.return"),
                                    VaadinIcon.ARROW_BACKWARD,
                                    null,
                                    () -> ask(
                                            t("records.workflow.return.title"),
                                            t("records.workflow.return.label"),
                                            "",
                                            true,
                                            RecordChange.MAX_COMMENT,
                                            comment -> workflow.sendBack(id, comment, shown),
                                            t("records.workflow.return.done")));
                        case PUBLISH ->
                            button(
                                    "publish",
                                    t("records.workflow.publish"),
                                    VaadinIcon.GLOBE,
                                    ButtonVariant.LUMO_PRIMARY,
                                    () -> confirm(
                                            t("records.workflow.publish.title"),
                                            t(
                                                    "records.workflow.publish.text",
                                                    String.valueOf(w.publishedVersion() + 1)),
                                            () -> workflow.publish(id, shown),
                                            t("records.workflow.publish.done")));
                        case SCHEDULE ->
                            button(
                                    "schedule",
                                    t("records.workflow.schedule"),
                                    VaadinIcon.CLOCK,
                                    null,
                                    () -> schedule(id, shown));
                        case UNSCHEDULE ->
                            button(
                                    "unschedule",
                                    t("records.workflow.unschedule"),
                                    VaadinIcon.CLOSE,
                                    null,
                                    () -> run(() -> workflow.unschedule(id), t("records.workflow.unschedule.done")));
                        case START_CORRECTION ->
                            button(
                                    "start-correction",
                                    t("records.workflow.start-correction"),
                                    VaadinIcon.EDIT,
                                    null,
                                    () -> ask(
                                            t("records.workflow.start-correction.title"),
                                            t("records.workflow.start-correction.label"),
                                            "",
                                            false,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            note -> workflow.startCorrection(id, note),
                                            t("records.workflow.start-correction.done")));
                        case RETRACT ->
                            button(
                                    "retract",
                                    t("records.workflow.retract"),
                                    VaadinIcon.BAN,
                                    ButtonVariant.LUMO_ERROR,
                                    () -> ask(
                                            t("records.workflow.retract.title"),
                                            t("records.workflow.retract.label"),
                                            "",
                                            true,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            reason -> workflow.retract(id, reason),
                                            t("records.workflow.retract.done")));
                    };
            if (button != null && !step.allowed()) {
                refused(button, step);
            }
        }
        switch (record.status()) {
            case SCHEDULED ->
                note(
                        "scheduled",
                        t(
                                "records.workflow.note.scheduled",
                                org.eventdesk.web.ui.Formats.utc(w.publishAt()),
                                w.scheduledBy()));
            case RETRACTED -> note("retracted", t("records.workflow.note.retracted", w.retractionReason()));
            case SPIKED -> note("spiked", t("records.workflow.note.spiked"));
            default -> {}
        }
    }

    /**
     * A step the record refuses this person: the button stays visible, disabled, with the record's reason beside
     * it. Submitting an unready record stays possible (the refusal then lists what is missing, next to the fields);
     * approving one's own revision is not.
     */
    private void refused(Button button, WorkflowStep.Option step) {
        switch (step.step()) {
            case SUBMIT ->
                note(
                        "readiness",
                        t(
                                "records.workflow.note.readiness",
                                step.missing().stream().map(Texts::say).collect(Collectors.joining(", "))));
            case APPROVE -> {
                button.setEnabled(false);
                note("four-eyes", t("records.workflow.note.four-eyes"));
            }
            default -> {
                button.setEnabled(false);
                note(step.step().slug(), Texts.say(step.refusal()));
            }
        }
    }

    private Button button(String id, String text, VaadinIcon icon, ButtonVariant variant, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.setId("wf-" + id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        buttons.add(button);
        return button;
    }

    private void note(String id, String text) {
        Span note = new Span(text);
        note.setId("wf-note-" + id);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(note);
    }

    private void run(java.util.function.Supplier<RecordView> step, String done) {
        try {
            RecordView after = step.get();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            QueuesChanged.announce();
            onChange.accept(after);
        } catch (WorkflowException | InvalidInputException e) {
            Notification refused = Notification.show(Texts.say(e), 8000, Notification.Position.MIDDLE);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (DomainException e) {
            Notification.show(Texts.say(e), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirm(String header, String text, java.util.function.Supplier<RecordView> step, String done) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, t("records.workflow.yes"), e -> run(step, done));
        dialog.setCancelable(true);
        dialog.setCancelText(t("records.workflow.cancel"));
        dialog.open();
    }

    private void spike(long id) {
        ask(
                t("records.workflow.spike.title"),
                t("records.workflow.spike.label"),
                "",
                false,
                RecordChange.MAX_COMMENT,
                reason -> workflow.spike(id, reason.isBlank() ? null : reason),
                t("records.workflow.spike.done"));
    }

    /**
     * Asks for words (a comment, a reason, a note), then takes the step with them. Words that break a limit, or
     * that the server refuses, keep the dialog open with the reason under the field: nothing typed is lost.
     *
     * @param maxLength the model's limit for these words, checked here as the server checks it
     */
    private void ask(
            String header,
            String label,
            String initial,
            boolean required,
            int maxLength,
            Function<String, RecordView> step,
            String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        TextArea words = new TextArea(label);
        words.setId("wf-words");
        words.setWidth("32em");
        words.setMaxHeight("20em");
        words.setValue(initial == null ? "" : initial);
        Button ok = new Button(t("records.workflow.ok"), e -> {
            String problem = words.getValue().isBlank() && required
                    ? t("records.workflow.words-required")
                    : Texts.say(Validation.textProblem(words.getValue(), maxLength));
            if (problem != null) {
                refuse(words, problem);
                return;
            }
            try {
                RecordView after = step.apply(words.getValue());
                dialog.close();
                Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                QueuesChanged.announce();
                onChange.accept(after);
            } catch (InvalidInputException refused) {
                refuse(
                        words,
                        refused.errors().stream()
                                .map(error -> Texts.say(error.wording()))
                                .reduce((a, b) -> a + "; " + b)
                                .orElse(Texts.say(refused)));
            } catch (DomainException refused) {
                refuse(words, Texts.say(refused));
            }
        });
        ok.setId("wf-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(words);
        dialog.getFooter().add(new Button(t("records.workflow.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private static void refuse(TextArea words, String problem) {
        words.setErrorMessage(Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
        words.setInvalid(true);
    }

    private void schedule(long id, long shown) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("records.workflow.schedule.title"));
        DateTimePicker at = Pickers.localized(new DateTimePicker(t("records.workflow.schedule.at")));
        at.setId("wf-schedule-at");
        Button ok = new Button(t("records.workflow.schedule.ok"), e -> {
            if (at.getValue() == null) {
                at.setErrorMessage(t("records.workflow.schedule.missing"));
                at.setInvalid(true);
                return;
            }
            dialog.close();
            run(
                    () -> workflow.schedule(id, at.getValue().toInstant(ZoneOffset.UTC), shown),
                    t("records.workflow.schedule.done"));
        });
        ok.setId("wf-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(at);
        dialog.getFooter().add(new Button(t("records.workflow.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
