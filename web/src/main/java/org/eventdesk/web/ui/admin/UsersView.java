package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.application.admin.UserRow;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.UserQuery;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;

/** The desk's accounts by user name, lazily; a click opens one to change it. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class UsersView extends VerticalLayout implements HasDynamicTitle {
    // The status filter's choices; what they read is their label, in the tab's language.
    private static final String ANY = "all";
    private static final String ENABLED = "enabled";
    private static final String DISABLED = "disabled";

    private final UserAdministration users;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField(t("admin.users.search"));
    private final Select<Role> role = new Select<>();
    private final Select<String> status = new Select<>();

    @Inject
    public UsersView(UserAdministration users) {
        this.users = users;
        setSizeFull();

        search.setPlaceholder(t("admin.users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        role.setLabel(t("admin.users.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(t("admin.users.role.any"));
        role.setItemLabelGenerator(r -> r == null ? t("admin.users.role.any") : AdminUi.label(r));
        role.setId("user-role");
        status.setLabel(t("admin.users.status"));
        status.setItems(ANY, ENABLED, DISABLED);
        status.setItemLabelGenerator(s -> switch (s) {
            case ENABLED -> t("admin.users.status.enabled");
            case DISABLED -> t("admin.users.status.disabled");
            default -> t("admin.users.status.all");
        });
        status.setValue(ANY);
        status.setId("user-status-filter");

        Button add = new Button(t("admin.users.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(NewUserView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");

        HorizontalLayout filters = new HorizontalLayout(search, role, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username)
                .setHeader(t("admin.users.grid.username"))
                .setAutoWidth(true)
                .setKey("username");
        grid.addColumn(UserRow::displayName)
                .setHeader(t("admin.users.grid.name"))
                .setFlexGrow(2);
        grid.addColumn(u -> AdminUi.roles(u.roles()))
                .setHeader(t("admin.users.grid.roles"))
                .setFlexGrow(2);
        grid.addComponentColumn(AdminUi::status)
                .setHeader(t("admin.users.grid.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.utc(u.createdAt()))
                .setHeader(t("admin.users.grid.created"))
                .setAutoWidth(true);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(UserView.class, e.getItem().id())));
        grid.setItems(query -> users.list(currentQuery(), query.getOffset(), query.getLimit()).stream());

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(t("admin.users.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return t("admin.users.page-title");
    }

    private UserQuery currentQuery() {
        Boolean enabled =
                ENABLED.equals(status.getValue()) ? Boolean.TRUE : DISABLED.equals(status.getValue()) ? false : null;
        return new UserQuery(search.getValue(), role.getValue(), enabled);
    }
}
