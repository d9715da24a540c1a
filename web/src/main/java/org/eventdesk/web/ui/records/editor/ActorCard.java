package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.i18n.Texts;

/** An actor being edited: who, what kind, which role. */
class ActorCard extends FactCard<ActorCard.Bean> {
    static final class Bean {
        String name = "";
        ActorKind kind;
        ActorRole role;
        Verification judgement;
    }

    ActorCard(RecordView.ActorView loaded, SourcePanel panel, Runnable onChange, Consumer<FactCard<?>> onRemove) {
        super("actor", Bean.class, new Bean(), panel, onChange, onRemove);
        TextField name = named("name", new TextField(t("editor.actor.name")));
        name.addClassName("actor-name");
        Select<ActorKind> kind = named("kind", new Select<>());
        kind.setLabel(t("editor.actor.kind"));
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : Texts.of(k));
        kind.addClassName("actor-kind");
        Select<ActorRole> role = named("role", new Select<>());
        role.setLabel(t("editor.actor.role"));
        role.setItems(ActorRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : Texts.of(r));
        role.addClassName("actor-role");
        binder.forField(name)
                .asRequired(t("editor.actor.name-required"))
                .withValidator(Limits.text(RecordActor.MAX_NAME))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(kind).asRequired(t("editor.actor.kind-required")).bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(role).asRequired(t("editor.actor.role-required")).bind(b -> b.role, (b, v) -> b.role = v);
        binder.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);
        fields.add(name, kind, role, judgement);
        if (loaded != null) {
            bean.name = loaded.name();
            bean.kind = loaded.kind();
            bean.role = loaded.role();
            bean.judgement = loaded.judgement();
            evidence.setEvidence(loaded.evidence());
        }
        binder.readBean(bean);
    }

    RecordInput.ActorInput toInput() {
        return new RecordInput.ActorInput(bean.name, bean.kind, bean.role, bean.judgement, evidence.refs());
    }
}
