package org.eventdesk.web.ui.admin;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Users · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class UsersView extends VerticalLayout {
    private static final String ANY = "All";
    private static final String ENABLED = "Enabled";
    private static final String DISABLED = "Disabled";

    private final UserAdministration users;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField("Search");
    private final Select<Role> role = new Select<>();
    private final Select<String> status = new Select<>();

    @Inject
    public UsersView(UserAdministration users) {
        this.users = users;
        setSizeFull();

        search.setPlaceholder("User name or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.setItemLabelGenerator(r -> r == null ? "Any role" : AdminUi.label(r));
        role.setId("user-role");
        status.setLabel("Status");
        status.setItems(ANY, ENABLED, DISABLED);
        status.setValue(ANY);
        status.setId("user-status-filter");

        Button add = new Button(
                "New user", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate(NewUserView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");

        HorizontalLayout filters = new HorizontalLayout(search, role, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username)
                .setHeader("User name")
                .setAutoWidth(true)
                .setKey("username");
        grid.addColumn(UserRow::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(u -> AdminUi.roles(u.roles())).setHeader("Roles").setFlexGrow(2);
        grid.addComponentColumn(AdminUi::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> Formats.utc(u.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(UserView.class, e.getItem().id())));
        grid.setItems(query -> users.list(currentQuery(), query.getOffset(), query.getLimit()).stream());

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2("Users"), filters, grid);
        setFlexGrow(1, grid);
    }

    private UserQuery currentQuery() {
        Boolean enabled =
                ENABLED.equals(status.getValue()) ? Boolean.TRUE : DISABLED.equals(status.getValue()) ? false : null;
        return new UserQuery(search.getValue(), role.getValue(), enabled);
    }
}
