package org.eventdesk.web.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eventdesk.application.admin.NewUser;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.application.admin.UserRow;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;

/**
 * A new account: a person with roles and a first password (typed, or generated to hand over), or a partner system
 * with no password that will get an API token. The server checks everything again and names each bad field.
 */
@Route(value = "admin/users/new", layout = MainLayout.class)
@PageTitle("New user · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class NewUserView extends VerticalLayout {
    private final UserAdministration users;
    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final PasswordField password = new PasswordField("First password");

    @Inject
    public NewUserView(UserAdministration users) {
        this.users = users;
        setMaxWidth("800px");

        username.setId("new-username");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'; it never changes.");
        username.setRequiredIndicatorVisible(true);
        displayName.setId("new-display-name");
        displayName.setRequiredIndicatorVisible(true);
        roles.setId("new-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> AdminUi.label(r) + " (" + AdminUi.help(r) + ")");
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setValue(EnumSet.of(Role.EDITOR));
        roles.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && e.getValue().contains(Role.REVIEWER)
                    && !e.getValue().contains(Role.EDITOR)) {
                Set<Role> withEditor = EnumSet.copyOf(e.getValue());
                withEditor.add(Role.EDITOR);
                roles.setValue(withEditor); // a reviewer is an editor too
            }
            boolean system = Set.of(Role.PARTNER).equals(roles.getValue());
            password.setEnabled(!system);
            if (system) {
                password.clear();
            }
        });
        password.setId("new-password");
        password.setWidth("20em");
        password.setHelperText("At least 10 characters, not containing the user name. Hand it over in person.");
        Button generate = new Button("Generate", VaadinIcon.MAGIC.create(), e -> {
            password.setValue(AdminUi.generatePassword());
            password.setRevealButtonVisible(true);
        });
        generate.setId("generate-password");
        HorizontalLayout passwordRow = new HorizontalLayout(password, generate);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        FormLayout form = new FormLayout(username, displayName, roles, passwordRow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(passwordRow, 2);

        Button create = new Button("Create user", VaadinIcon.CHECK.create(), e -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(
                new H2("New user"),
                new Paragraph("A partner system gets the partner role alone and no password; give it an API"
                        + " token on its page once it is created."),
                form,
                create);
    }

    private void create() {
        AdminUi.clearErrors(username, displayName, roles, password);
        try {
            UserRow created = users.create(
                    new NewUser(username.getValue(), displayName.getValue(), roles.getValue(), password.getValue()));
            AdminUi.success("User " + created.username() + " created.");
            getUI().ifPresent(ui -> ui.navigate(UserView.class, created.id()));
        } catch (InvalidInputException e) {
            AdminUi.showErrors(
                    e, Map.of("username", username, "displayName", displayName, "roles", roles, "password", password));
        }
    }
}
