package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.Claim;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/** A claim being edited: who said it, the words (or their gist), where and when. */
class ClaimCard extends FactCard<ClaimCard.Bean> {
    static final class Bean {
        String speaker = "";
        String text = "";
        ClaimForm form = ClaimForm.QUOTE;
        String medium = "";
        LocalDateTime time;
        Verification judgement;
    }

    ClaimCard(RecordView.ClaimView loaded, SourcePanel panel, Runnable onChange, Consumer<FactCard<?>> onRemove) {
        super("claim", Bean.class, new Bean(), panel, onChange, onRemove);
        TextField speaker = named("speaker", new TextField(t("editor.claim.speaker")));
        speaker.addClassName("claim-speaker");
        TextArea text = named("text", new TextArea(t("editor.claim.text")));
        text.addClassName("claim-text");
        Select<ClaimForm> form = named("form", new Select<>());
        form.setLabel(t("editor.claim.form"));
        form.setItems(ClaimForm.values());
        form.setItemLabelGenerator(f -> f == null ? "" : Texts.of(f));
        TextField medium = named("medium", new TextField(t("editor.claim.medium")));
        medium.setPlaceholder(t("editor.claim.medium-placeholder"));
        medium.addClassName("claim-medium");
        DateTimePicker time = named("time", Pickers.localized(new DateTimePicker(t("editor.claim.time"))));
        binder.forField(speaker)
                .asRequired(t("editor.claim.speaker-required"))
                .withValidator(Limits.text(Claim.MAX_SPEAKER))
                .bind(b -> b.speaker, (b, v) -> b.speaker = v);
        binder.forField(text)
                .asRequired(t("editor.claim.text-required"))
                .withValidator(Limits.text(Claim.MAX_TEXT))
                .bind(b -> b.text, (b, v) -> b.text = v);
        binder.forField(form).bind(b -> b.form, (b, v) -> b.form = v);
        binder.forField(medium)
                .withValidator(Limits.text(Claim.MAX_MEDIUM))
                .bind(b -> b.medium, (b, v) -> b.medium = v);
        binder.forField(time).bind(b -> b.time, (b, v) -> b.time = v);
        binder.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);
        fields.add(speaker, form, text, medium, time, judgement);
        fields.setColspan(text, 2);
        if (loaded != null) {
            bean.speaker = loaded.speaker();
            bean.text = loaded.text();
            bean.form = loaded.form();
            bean.medium = loaded.medium() == null ? "" : loaded.medium();
            bean.time = loaded.time() == null ? null : LocalDateTime.ofInstant(loaded.time(), ZoneOffset.UTC);
            bean.judgement = loaded.judgement();
            evidence.setEvidence(loaded.evidence());
        }
        binder.readBean(bean);
    }

    RecordInput.ClaimInput toInput() {
        return new RecordInput.ClaimInput(
                bean.speaker,
                bean.text,
                bean.form,
                PlaceCard.blankToNull(bean.medium),
                bean.time == null ? null : bean.time.atOffset(ZoneOffset.UTC),
                bean.judgement,
                evidence.refs());
    }
}
