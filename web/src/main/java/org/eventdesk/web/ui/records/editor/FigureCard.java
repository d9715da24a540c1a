package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Figure;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.i18n.Pickers;

/**
 * A figure being edited. The qualifier decides which numbers it has: one value, a low and a high bound, or a
 * numerator over a denominator; only those fields show. "Part of" names another figure of the record
 * ("children" of "injured").
 */
class FigureCard extends FactCard<FigureCard.Bean> {
    static final class Bean {
        TaxonomyEntry category;
        Qualifier qualifier = Qualifier.EXACT;
        BigDecimal value;
        BigDecimal low;
        BigDecimal high;
        BigDecimal numerator;
        BigDecimal denominator;
        FigureCard parent;
        LocalDateTime asOf;
        String attribution = "";
        Verification judgement;
    }

    private final Select<FigureCard> parent = new Select<>();
    private final Supplier<List<FigureCard>> allFigures;
    private final ComboBox<TaxonomyEntry> category;
    private final Select<Qualifier> qualifier;
    private final BigDecimalField value = named("value", new BigDecimalField(t("editor.figure.value")));

    FigureCard(
            RecordView.FigureView loaded,
            List<TaxonomyEntry> categories,
            SourcePanel panel,
            Supplier<List<FigureCard>> allFigures,
            Runnable onChange,
            Consumer<FactCard<?>> onRemove) {
        super("figure", Bean.class, new Bean(), panel, onChange, onRemove);
        this.allFigures = allFigures;
        category = named("category", new ComboBox<>(t("editor.figure.category")));
        // A category deactivated since stays selectable on the figures that already hold it.
        category.setItems(categories.stream()
                .filter(c -> c.active() || loaded != null && c.code().equals(loaded.category()))
                .toList());
        category.setItemLabelGenerator(TaxonomyEntry::label);
        category.addClassName("figure-category");
        qualifier = named("qualifier", new Select<>());
        qualifier.setLabel(t("editor.figure.qualifier"));
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(q -> q == null ? "" : label(q));
        qualifier.addClassName("figure-qualifier");
        value.addClassName("figure-value");
        BigDecimalField low = named("low", new BigDecimalField(t("editor.figure.low")));
        low.addClassName("figure-low");
        BigDecimalField high = named("high", new BigDecimalField(t("editor.figure.high")));
        high.addClassName("figure-high");
        BigDecimalField numerator = named("numerator", new BigDecimalField(t("editor.figure.numerator")));
        numerator.addClassName("figure-numerator");
        BigDecimalField denominator = named("denominator", new BigDecimalField(t("editor.figure.denominator")));
        denominator.addClassName("figure-denominator");
        named("parent", parent);
        parent.setLabel(t("editor.figure.parent"));
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption("—");
        parent.setItemLabelGenerator(card -> card == null ? "—" : card.describe());
        parent.addClassName("figure-parent");
        DateTimePicker asOf = named("asOf", Pickers.localized(new DateTimePicker(t("editor.figure.as-of"))));
        TextField attribution = named("attribution", new TextField(t("editor.figure.attribution")));
        attribution.setPlaceholder(t("editor.figure.attribution-placeholder"));
        attribution.addClassName("figure-attribution");

        binder.forField(category)
                .asRequired(t("editor.figure.category-required"))
                .bind(b -> b.category, (b, v) -> b.category = v);
        binder.forField(qualifier)
                .asRequired(t("editor.figure.qualifier-required"))
                .bind(b -> b.qualifier, (b, v) -> b.qualifier = v);
        binder.forField(value)
                .withValidator(v -> !single() || v != null, t("editor.figure.value-required"))
                .withValidator(Limits.figureNumber())
                .bind(b -> b.value, (b, v) -> b.value = v);
        binder.forField(low)
                .withValidator(v -> !isRange() || v != null, t("editor.figure.range-bounds"))
                .withValidator(Limits.figureNumber())
                .bind(b -> b.low, (b, v) -> b.low = v);
        binder.forField(high)
                .withValidator(v -> !isRange() || v != null, t("editor.figure.range-bounds"))
                .withValidator(Limits.figureNumber())
                .withValidator(
                        v -> !isRange()
                                || v == null
                                || low.getValue() == null
                                || low.getValue().compareTo(v) <= 0,
                        t("editor.figure.high-below-low"))
                .bind(b -> b.high, (b, v) -> b.high = v);
        binder.forField(numerator)
                .withValidator(v -> !isFraction() || v != null, t("editor.figure.numerator-required"))
                .withValidator(Limits.figureNumber())
                .bind(b -> b.numerator, (b, v) -> b.numerator = v);
        binder.forField(denominator)
                .withValidator(
                        v -> !isFraction() || (v != null && v.signum() > 0), t("editor.figure.denominator-required"))
                .withValidator(Limits.figureNumber())
                .bind(b -> b.denominator, (b, v) -> b.denominator = v);
        binder.forField(parent)
                .withValidator(p -> p != this, t("editor.figure.parent-self"))
                .bind(b -> b.parent, (b, v) -> b.parent = v);
        binder.forField(asOf).bind(b -> b.asOf, (b, v) -> b.asOf = v);
        binder.forField(attribution)
                .withValidator(Limits.text(Figure.MAX_ATTRIBUTION))
                .bind(b -> b.attribution, (b, v) -> b.attribution = v);
        binder.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);

        qualifier.addValueChangeListener(e -> {
            boolean range = e.getValue() == Qualifier.RANGE;
            boolean fraction = e.getValue() == Qualifier.FRACTION;
            value.setVisible(!range && !fraction);
            low.setVisible(range);
            high.setVisible(range);
            numerator.setVisible(fraction);
            denominator.setVisible(fraction);
        });
        fields.add(category, qualifier, value, low, high, numerator, denominator, parent, attribution, asOf, judgement);

        if (loaded != null) {
            bean.category = categories.stream()
                    .filter(c -> c.code().equals(loaded.category()))
                    .findFirst()
                    .orElse(null);
            bean.qualifier = loaded.amount().qualifier();
            bean.value = loaded.amount().value();
            bean.low = loaded.amount().low();
            bean.high = loaded.amount().high();
            bean.numerator = loaded.amount().numerator();
            bean.denominator = loaded.amount().denominator();
            bean.asOf = loaded.asOf() == null ? null : LocalDateTime.ofInstant(loaded.asOf(), ZoneOffset.UTC);
            bean.attribution = loaded.attribution() == null ? "" : loaded.attribution();
            bean.judgement = loaded.judgement();
            evidence.setEvidence(loaded.evidence());
        }
        binder.readBean(bean);
    }

    /** Called once all cards exist: "part of" can only name a card that is there. */
    void linkParent(FigureCard card) {
        bean.parent = card;
        refreshParents();
        parent.setValue(card);
    }

    void refreshParents() {
        FigureCard chosen = parent.getValue();
        parent.setItems(allFigures.get().stream().filter(c -> c != this).toList());
        if (chosen != null && allFigures.get().contains(chosen)) {
            parent.setValue(chosen);
        }
    }

    String describe() {
        int number = allFigures.get().indexOf(this) + 1;
        String what = category.getValue() == null
                ? t("editor.figure.unnamed")
                : category.getValue().label().toLowerCase();
        return value.getValue() == null
                ? t("editor.figure.describe", String.valueOf(number), what)
                : t(
                        "editor.figure.describe-value",
                        String.valueOf(number),
                        what,
                        value.getValue().toPlainString());
    }

    private boolean single() {
        return !isRange() && !isFraction();
    }

    private boolean isRange() {
        return qualifier.getValue() == Qualifier.RANGE;
    }

    private boolean isFraction() {
        return qualifier.getValue() == Qualifier.FRACTION;
    }

    RecordInput.FigureInput toInput(Map<FigureCard, Integer> positions) {
        boolean range = bean.qualifier == Qualifier.RANGE;
        boolean fraction = bean.qualifier == Qualifier.FRACTION;
        return new RecordInput.FigureInput(
                bean.category == null ? null : bean.category.code(),
                new Amount(
                        bean.qualifier,
                        range || fraction ? null : bean.value,
                        range ? bean.low : null,
                        range ? bean.high : null,
                        fraction ? bean.numerator : null,
                        fraction ? bean.denominator : null),
                bean.parent == null ? null : positions.get(bean.parent),
                bean.asOf == null ? null : bean.asOf.atOffset(ZoneOffset.UTC),
                PlaceCard.blankToNull(bean.attribution),
                bean.judgement,
                evidence.refs());
    }

    private static String label(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> t("editor.figure.qualifier.EXACT");
            case APPROXIMATE -> t("editor.figure.qualifier.APPROXIMATE");
            case AT_LEAST -> t("editor.figure.qualifier.AT_LEAST");
            case MORE_THAN -> t("editor.figure.qualifier.MORE_THAN");
            case AT_MOST -> t("editor.figure.qualifier.AT_MOST");
            case FEWER_THAN -> t("editor.figure.qualifier.FEWER_THAN");
            case RANGE -> t("editor.figure.qualifier.RANGE");
            case FRACTION -> t("editor.figure.qualifier.FRACTION");
        };
    }
}
