package org.eventdesk.web.ui.records.editor;

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
        TextField name = named("name", new TextField("Actor"));
        name.addClassName("actor-name");
        Select<ActorKind> kind = named("kind", new Select<>());
        kind.setLabel("Kind");
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        kind.addClassName("actor-kind");
        Select<ActorRole> role = named("role", new Select<>());
        role.setLabel("Role");
        role.setItems(ActorRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        role.addClassName("actor-role");
        binder.forField(name)
                .asRequired("Name the actor")
                .withValidator(Limits.text(RecordActor.MAX_NAME))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(kind).asRequired("Choose what kind of actor").bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(role).asRequired("Choose the actor's role").bind(b -> b.role, (b, v) -> b.role = v);
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
