package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The code lists records use: event types (ACLED's and the desk's own, with sub-types) and figure categories.
 * Entries are added, relabelled and deactivated, never deleted: records keep the codes they have, and a
 * deactivated code is refused for new use. The lists are short (tens of entries), so each grid holds them whole.
 */
@Route(value = "admin/taxonomy", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class TaxonomyView extends VerticalLayout implements HasDynamicTitle {
    private final TaxonomyAdministration taxonomy;
    private final Grid<TaxonomyEntry> types = new Grid<>();
    private final Grid<TaxonomyEntry> categories = new Grid<>();
    private final ComboBox<TaxonomyEntry> parent = new ComboBox<>(t("admin.taxonomy.type.parent"));

    @Inject
    public TaxonomyView(TaxonomyAdministration taxonomy) {
        this.taxonomy = taxonomy;
        setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(t("admin.taxonomy.tab.types"), typesTab()).setId("event-types-tab");
        tabs.add(t("admin.taxonomy.tab.categories"), categoriesTab()).setId("categories-tab");
        add(new H2(t("admin.taxonomy.title")), tabs);
        setFlexGrow(1, tabs);
        reload();
    }

    @Override
    public String getPageTitle() {
        return t("admin.taxonomy.page-title");
    }

    private Component typesTab() {
        TextField code = codeField("type-code", t("admin.taxonomy.type.code.help"));
        TextField label = new TextField(t("admin.taxonomy.label"));
        label.setId("type-label");
        parent.setId("type-parent");
        parent.setItemLabelGenerator(type -> type.label() + " (" + type.code() + ")");
        parent.setClearButtonVisible(true);
        parent.setPlaceholder(t("admin.taxonomy.type.parent.placeholder"));
        parent.addValueChangeListener(e -> {
            String prefix = e.getValue() == null ? "" : e.getValue().code() + ".";
            if (code.isEmpty() || !code.getValue().startsWith(prefix)) {
                code.setValue(prefix);
            }
        });
        Button add = new Button(t("admin.taxonomy.type.add"), VaadinIcon.PLUS.create(), e -> {
            AdminUi.clearErrors(code, label, parent);
            try {
                TaxonomyEntry added = taxonomy.addEventType(
                        code.getValue(),
                        label.getValue(),
                        parent.getValue() == null ? null : parent.getValue().code());
                AdminUi.success(t("admin.taxonomy.type.added", added.code()));
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
        types.addComponentColumn(type -> {
                    Span text = new Span(type.label());
                    if (type.subType()) {
                        text.getStyle().set("padding-left", "1.5em");
                    } else {
                        text.getStyle().set("font-weight", "600");
                    }
                    return text;
                })
                .setHeader(t("admin.taxonomy.grid.label"))
                .setFlexGrow(2);
        types.addColumn(TaxonomyEntry::code)
                .setHeader(t("admin.taxonomy.grid.code"))
                .setFlexGrow(2)
                .setKey("code");
        types.addColumn(TaxonomyEntry::family)
                .setHeader(t("admin.taxonomy.grid.family"))
                .setAutoWidth(true);
        types.addComponentColumn(TaxonomyView::status)
                .setHeader(t("admin.taxonomy.grid.status"))
                .setAutoWidth(true);
        types.addComponentColumn(type -> actions(
                        type, taxonomy::relabelEventType, taxonomy::deactivateEventType, taxonomy::reactivateEventType))
                .setAutoWidth(true);
        VerticalLayout tab = new VerticalLayout(new Paragraph(t("admin.taxonomy.type.intro")), form, types);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.setFlexGrow(1, types);
        return tab;
    }

    private Component categoriesTab() {
        TextField code = codeField("category-code", t("admin.taxonomy.category.code.help"));
        TextField label = new TextField(t("admin.taxonomy.label"));
        label.setId("category-label");
        Button add = new Button(t("admin.taxonomy.category.add"), VaadinIcon.PLUS.create(), e -> {
            AdminUi.clearErrors(code, label);
            try {
                TaxonomyEntry added = taxonomy.addFigureCategory(code.getValue(), label.getValue());
                AdminUi.success(t("admin.taxonomy.category.added", added.code()));
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
        categories
                .addColumn(TaxonomyEntry::label)
                .setHeader(t("admin.taxonomy.grid.label"))
                .setFlexGrow(2);
        categories
                .addColumn(TaxonomyEntry::code)
                .setHeader(t("admin.taxonomy.grid.code"))
                .setFlexGrow(2)
                .setKey("code");
        categories
                .addComponentColumn(TaxonomyView::status)
                .setHeader(t("admin.taxonomy.grid.status"))
                .setAutoWidth(true);
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
        TextField code = new TextField(t("admin.taxonomy.code"));
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
        Span badge =
                new Span(entry.active() ? t("admin.taxonomy.status.active") : t("admin.taxonomy.status.deactivated"));
        badge.getElement().getThemeList().add(entry.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(
            TaxonomyEntry entry,
            BiFunction<String, String, TaxonomyEntry> relabel,
            Function<String, TaxonomyEntry> deactivate,
            Function<String, TaxonomyEntry> reactivate) {
        String id = entry.code().toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
        Button rename = new Button(t("admin.taxonomy.relabel"), e -> relabelDialog(entry, relabel));
        rename.setId("relabel-" + id);
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button toggle;
        if (entry.active()) {
            toggle = new Button(
                    t("admin.taxonomy.deactivate"),
                    e -> AdminUi.confirm(
                            t("admin.taxonomy.deactivate.confirm.title", entry.code()),
                            entry.subType() || entry.family() == null
                                    ? t("admin.taxonomy.deactivate.confirm.text", entry.label())
                                    : t("admin.taxonomy.deactivate.confirm.text-with-sub-types", entry.label()),
                            t("admin.taxonomy.deactivate.confirm.button"),
                            true,
                            () -> change(
                                    entry.code(),
                                    () -> deactivate.apply(entry.code()),
                                    t("admin.taxonomy.deactivated", entry.code()))));
            toggle.setId("deactivate-" + id);
        } else {
            toggle = new Button(
                    t("admin.taxonomy.reactivate"),
                    e -> change(
                            entry.code(),
                            () -> reactivate.apply(entry.code()),
                            t("admin.taxonomy.reactivated", entry.code())));
            toggle.setId("reactivate-" + id);
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(rename, toggle);
    }

    private void relabelDialog(TaxonomyEntry entry, BiFunction<String, String, TaxonomyEntry> relabel) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("admin.taxonomy.relabel.title", entry.code()));
        TextField label = new TextField(t("admin.taxonomy.relabel.field"));
        label.setId("relabel-field");
        label.setValue(entry.label());
        label.setWidthFull();
        Button save = new Button(t("admin.taxonomy.relabel.save"), e -> {
            try {
                relabel.apply(entry.code(), label.getValue());
                dialog.close();
                AdminUi.success(t("admin.taxonomy.relabelled", entry.code()));
                reload(entry.code());
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("label", label));
            }
        });
        save.setId("save-label");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(label);
        dialog.getFooter().add(new Button(t("admin.common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("28em");
        dialog.open();
    }

    private void change(String code, java.util.function.Supplier<TaxonomyEntry> action, String done) {
        try {
            action.get();
            AdminUi.success(done);
        } catch (DomainException e) {
            AdminUi.error(Texts.say(e));
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
