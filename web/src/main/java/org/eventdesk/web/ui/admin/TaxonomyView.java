package org.eventdesk.web.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eventdesk.application.admin.TaxonomyAdministration;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;

/**
 * The code lists records use: event types (ACLED's and the desk's own, with sub-types) and figure categories.
 * Entries are added, relabelled and deactivated, never deleted: records keep the codes they have, and a
 * deactivated code is refused for new use. The lists are short (tens of entries), so each grid holds them whole.
 */
@Route(value = "admin/taxonomy", layout = MainLayout.class)
@PageTitle("Taxonomy · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class TaxonomyView extends VerticalLayout {
    private final TaxonomyAdministration taxonomy;
    private final Grid<TaxonomyEntry> types = new Grid<>();
    private final Grid<TaxonomyEntry> categories = new Grid<>();
    private final ComboBox<TaxonomyEntry> parent = new ComboBox<>("Sub-type of");

    @Inject
    public TaxonomyView(TaxonomyAdministration taxonomy) {
        this.taxonomy = taxonomy;
        setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Event types", typesTab()).setId("event-types-tab");
        tabs.add("Figure categories", categoriesTab()).setId("categories-tab");
        add(new H2("Taxonomy"), tabs);
        setFlexGrow(1, tabs);
        reload();
    }

    private Component typesTab() {
        TextField code = codeField("type-code", "e.g. CYBER_ATTACK, or PROTESTS.SIT_IN under Protests");
        TextField label = new TextField("Label");
        label.setId("type-label");
        parent.setId("type-parent");
        parent.setItemLabelGenerator(t -> t.label() + " (" + t.code() + ")");
        parent.setClearButtonVisible(true);
        parent.setPlaceholder("Top-level type");
        parent.addValueChangeListener(e -> {
            String prefix = e.getValue() == null ? "" : e.getValue().code() + ".";
            if (code.isEmpty() || !code.getValue().startsWith(prefix)) {
                code.setValue(prefix);
            }
        });
        Button add = new Button("Add type", VaadinIcon.PLUS.create(), e -> {
            AdminUi.clearErrors(code, label, parent);
            try {
                TaxonomyEntry added = taxonomy.addEventType(
                        code.getValue(),
                        label.getValue(),
                        parent.getValue() == null ? null : parent.getValue().code());
                AdminUi.success("Event type " + added.code() + " added.");
                code.clear();
                label.clear();
                reload(added.code());
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("code", code, "label", label, "parentCode", parent));
            }
        });
        add.setId("add-type");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(parent, code, label, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        types.setId("event-types-grid");
        types.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        types.addComponentColumn(t -> {
                    Span text = new Span(t.label());
                    if (t.subType()) {
                        text.getStyle().set("padding-left", "1.5em");
                    } else {
                        text.getStyle().set("font-weight", "600");
                    }
                    return text;
                })
                .setHeader("Label")
                .setFlexGrow(2);
        types.addColumn(TaxonomyEntry::code).setHeader("Code").setFlexGrow(2).setKey("code");
        types.addColumn(TaxonomyEntry::family).setHeader("Family").setAutoWidth(true);
        types.addComponentColumn(TaxonomyView::status).setHeader("Status").setAutoWidth(true);
        types.addComponentColumn(t -> actions(
                        t, taxonomy::relabelEventType, taxonomy::deactivateEventType, taxonomy::reactivateEventType))
                .setAutoWidth(true);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph("Deactivating a type refuses it for new records (its sub-types go with it); records that"
                        + " have it keep it. Codes never change and are never reused."),
                form,
                types);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.setFlexGrow(1, types);
        return tab;
    }

    private Component categoriesTab() {
        TextField code = codeField("category-code", "e.g. MEDICS_KILLED");
        TextField label = new TextField("Label");
        label.setId("category-label");
        Button add = new Button("Add category", VaadinIcon.PLUS.create(), e -> {
            AdminUi.clearErrors(code, label);
            try {
                TaxonomyEntry added = taxonomy.addFigureCategory(code.getValue(), label.getValue());
                AdminUi.success("Figure category " + added.code() + " added.");
                code.clear();
                label.clear();
                reload(added.code());
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("code", code, "label", label));
            }
        });
        add.setId("add-category");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, label, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        categories.setId("categories-grid");
        categories.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        categories.addColumn(TaxonomyEntry::label).setHeader("Label").setFlexGrow(2);
        categories
                .addColumn(TaxonomyEntry::code)
                .setHeader("Code")
                .setFlexGrow(2)
                .setKey("code");
        categories.addComponentColumn(TaxonomyView::status).setHeader("Status").setAutoWidth(true);
        categories
                .addComponentColumn(c -> actions(
                        c,
                        taxonomy::relabelFigureCategory,
                        taxonomy::deactivateFigureCategory,
                        taxonomy::reactivateFigureCategory))
                .setAutoWidth(true);
        VerticalLayout tab = new VerticalLayout(form, categories);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.setFlexGrow(1, categories);
        return tab;
    }

    /** Codes are upper-case: what is typed is shown upper-case at once, and the server checks the rest. */
    private static TextField codeField(String id, String helper) {
        TextField code = new TextField("Code");
        code.setId(id);
        code.setHelperText(helper);
        code.setWidth("22em");
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.addValueChangeListener(e -> {
            String upper = e.getValue().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (!upper.equals(e.getValue())) {
                code.setValue(upper);
            }
        });
        return code;
    }

    private static Span status(TaxonomyEntry entry) {
        Span badge = new Span(entry.active() ? "Active" : "Deactivated");
        badge.getElement().getThemeList().add(entry.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(
            TaxonomyEntry entry,
            BiFunction<String, String, TaxonomyEntry> relabel,
            Function<String, TaxonomyEntry> deactivate,
            Function<String, TaxonomyEntry> reactivate) {
        String id = entry.code().toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
        Button rename = new Button("Relabel", e -> relabelDialog(entry, relabel));
        rename.setId("relabel-" + id);
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button toggle;
        if (entry.active()) {
            toggle = new Button(
                    "Deactivate",
                    e -> AdminUi.confirm(
                            "Deactivate " + entry.code() + "?",
                            "New records cannot use “" + entry.label() + "” any more"
                                    + (entry.subType() || entry.family() == null ? "" : ", nor its sub-types")
                                    + ". Records that have it keep it.",
                            "Deactivate",
                            true,
                            () -> change(
                                    entry.code(),
                                    () -> deactivate.apply(entry.code()),
                                    entry.code() + " deactivated.")));
            toggle.setId("deactivate-" + id);
        } else {
            toggle = new Button(
                    "Reactivate",
                    e -> change(
                            entry.code(), () -> reactivate.apply(entry.code()), entry.code() + " is active again."));
            toggle.setId("reactivate-" + id);
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(rename, toggle);
    }

    private void relabelDialog(TaxonomyEntry entry, BiFunction<String, String, TaxonomyEntry> relabel) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Relabel " + entry.code());
        TextField label = new TextField("Label");
        label.setId("relabel-field");
        label.setValue(entry.label());
        label.setWidthFull();
        Button save = new Button("Save label", e -> {
            try {
                relabel.apply(entry.code(), label.getValue());
                dialog.close();
                AdminUi.success(entry.code() + " relabelled.");
                reload(entry.code());
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("label", label));
            }
        });
        save.setId("save-label");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(label);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("28em");
        dialog.open();
    }

    private void change(String code, java.util.function.Supplier<TaxonomyEntry> action, String done) {
        try {
            action.get();
            AdminUi.success(done);
        } catch (DomainException e) {
            AdminUi.error(e.getMessage());
        }
        reload(code);
    }

    private void reload() {
        reload(null);
    }

    /** Reads both lists again and, after a change, brings the entry changed into view and marks it. */
    private void reload(String changedCode) {
        List<TaxonomyEntry> all = taxonomy.eventTypes();
        types.setItems(all);
        parent.setItems(all.stream().filter(t -> !t.subType() && t.active()).toList());
        List<TaxonomyEntry> allCategories = taxonomy.figureCategories();
        categories.setItems(allCategories);
        if (changedCode != null) {
            focus(types, all, changedCode);
            focus(categories, allCategories, changedCode);
        }
    }

    private static void focus(Grid<TaxonomyEntry> grid, List<TaxonomyEntry> entries, String code) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).code().equals(code)) {
                grid.scrollToIndex(i);
                grid.select(entries.get(i));
                return;
            }
        }
    }
}
