package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class NewUserView extends VerticalLayout implements HasDynamicTitle {
    private final UserAdministration users;
    private final TextField username = new TextField(t("admin.new-user.username"));
    private final TextField displayName = new TextField(t("admin.new-user.name"));
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>(t("admin.new-user.roles"));
    private final PasswordField password = new PasswordField(t("admin.new-user.password"));

    @Inject
    public NewUserView(UserAdministration users) {
        this.users = users;
        setMaxWidth("800px");

        username.setId("new-username");
        username.setHelperText(t("admin.new-user.username.help"));
        username.setRequiredIndicatorVisible(true);
        displayName.setId("new-display-name");
        displayName.setRequiredIndicatorVisible(true);
        roles.setId("new-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(AdminUi::labelWithHelp);
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
        password.setHelperText(t("admin.new-user.password.help"));
        Button generate = new Button(t("admin.common.generate"), VaadinIcon.MAGIC.create(), e -> {
            password.setValue(AdminUi.generatePassword());
            password.setRevealButtonVisible(true);
        });
        generate.setId("generate-password");
        HorizontalLayout passwordRow = new HorizontalLayout(password, generate);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        FormLayout form = new FormLayout(username, displayName, roles, passwordRow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(passwordRow, 2);

        Button create = new Button(t("admin.new-user.create"), VaadinIcon.CHECK.create(), e -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(t("admin.new-user.title")), new Paragraph(t("admin.new-user.intro")), form, create);
    }

    @Override
    public String getPageTitle() {
        return t("admin.new-user.page-title");
    }

    private void create() {
        AdminUi.clearErrors(username, displayName, roles, password);
        try {
            UserRow created = users.create(
                    new NewUser(username.getValue(), displayName.getValue(), roles.getValue(), password.getValue()));
            AdminUi.success(t("admin.new-user.created", created.username()));
            getUI().ifPresent(ui -> ui.navigate(UserView.class, created.id()));
        } catch (InvalidInputException e) {
            AdminUi.showErrors(
                    e, Map.of("username", username, "displayName", displayName, "roles", roles, "password", password));
        }
    }
}
