package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;

/** A link being edited: how this record relates to which other one, found by its title. */
class LinkRow extends HorizontalLayout {
    private final Select<LinkRelation> relation = new Select<>();
    private final ComboBox<RecordListing> target = new ComboBox<>(t("editor.link.target"));
    private Long targetId;

    LinkRow(
            RecordView.LinkView loaded,
            RecordCatalog catalog,
            Long selfId,
            Runnable onChange,
            Consumer<LinkRow> onRemove) {
        addClassName("link-row");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        relation.setLabel(t("editor.link.relation"));
        relation.setItems(LinkRelation.values());
        relation.setItemLabelGenerator(r -> r == null ? "" : outgoing(r));
        relation.addClassName("link-relation");
        target.addClassName("link-target");
        target.setWidth("28em");
        target.setItems(
                query -> catalog.titled(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .filter(r -> selfId == null || r.id() != selfId)
                        .skip(query.getOffset()));
        target.setItemLabelGenerator(r -> r.title() + " (#" + r.id() + ")");
        if (loaded != null) {
            relation.setValue(loaded.relation());
            targetId = loaded.recordId();
            target.setPlaceholder((loaded.title() == null ? t("editor.link.untitled") : loaded.title()) + " (#"
                    + loaded.recordId() + ")");
        }
        relation.addValueChangeListener(e -> onChange.run());
        target.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                targetId = e.getValue().id();
            }
            onChange.run();
        });
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", t("editor.link.remove"));
        add(relation, target, remove);
    }

    /** "This record [follows]": the relation read from this record, in the tab's language. */
    private static String outgoing(LinkRelation relation) {
        return switch (relation) {
            case FOLLOWS -> t("editor.link.relation.FOLLOWS");
            case PART_OF -> t("editor.link.relation.PART_OF");
            case SAME_INCIDENT -> t("editor.link.relation.SAME_INCIDENT");
            case CONTRADICTS -> t("editor.link.relation.CONTRADICTS");
        };
    }

    RecordInput.LinkInput toInput() {
        return new RecordInput.LinkInput(relation.getValue(), targetId);
    }

    void showError(String message) {
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
