package org.eventdesk.web.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eventdesk.application.admin.TokenAdministration;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.application.admin.UserRow;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.web.ui.CurrentUser;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;

/**
 * One account: its name, roles, access (disable, enable, unlock), password and API tokens. Every change goes to the
 * server, which applies the account rules (no disabling yourself, the last admin stays) and logs it; a refusal is
 * shown as it comes, and the page then shows the account as it really is.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("User · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class UserView extends VerticalLayout implements HasUrlParameter<Long> {
    private final UserAdministration users;
    private final TokenAdministration tokens;
    private final CurrentUser currentUser;
    private UserRow user;

    @Inject
    public UserView(UserAdministration users, TokenAdministration tokens, CurrentUser currentUser) {
        this.users = users;
        this.tokens = tokens;
        this.currentUser = currentUser;
        setMaxWidth("1000px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(users.user(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2("No such user"), new Paragraph("User #" + id + " does not exist."));
        }
    }

    private void show(UserRow shown) {
        this.user = shown;
        removeAll();
        H2 heading = new H2(shown.displayName() + " (" + shown.username() + ")");
        heading.setId("user-heading");
        Span status = AdminUi.status(shown);
        status.setId("user-status");
        RouterLink log = new RouterLink("Security log for " + shown.username(), SecurityLogView.class);
        log.setQueryParameters(QueryParameters.of("user", shown.username()));
        log.setId("user-log-link");
        HorizontalLayout summary = new HorizontalLayout(
                status,
                new Span(AdminUi.roles(shown.roles())),
                new Span("since " + Formats.utc(shown.createdAt())),
                log);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setWrap(true);
        add(heading, summary, nameSection(), rolesSection(), accessSection());
        if (!shown.systemAccount()) {
            add(passwordSection());
        }
        add(tokensSection());
    }

    private Component nameSection() {
        TextField name = new TextField("Name");
        name.setId("display-name");
        name.setValue(user.displayName());
        name.setWidth("24em");
        Button save = new Button(
                "Save name",
                e -> run(() -> users.rename(user.id(), name.getValue()), "Name saved.", Map.of("displayName", name)));
        save.setId("save-name");
        HorizontalLayout row = new HorizontalLayout(name, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("Name", row);
    }

    private Component rolesSection() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> AdminUi.label(r) + " (" + AdminUi.help(r) + ")");
        roles.setValue(user.roles());
        if (isYou()) {
            // The server refuses it anyway; saying so here saves a refusal.
            roles.setHelperText("This is your own account: you can give up a role; another admin gives you one.");
        }
        roles.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && e.getValue().contains(Role.REVIEWER)
                    && !e.getValue().contains(Role.EDITOR)) {
                Set<Role> withEditor = EnumSet.copyOf(e.getValue());
                withEditor.add(Role.EDITOR);
                roles.setValue(withEditor);
            }
        });
        Button save = new Button(
                "Save roles",
                e -> AdminUi.confirm(
                        "Change the roles of " + user.username() + "?",
                        AdminUi.roles(user.roles()) + " → " + AdminUi.roles(roles.getValue())
                                + ". It takes effect on their next click.",
                        "Change roles",
                        false,
                        () -> run(
                                () -> users.changeRoles(user.id(), roles.getValue()),
                                "Roles changed.",
                                Map.of("roles", roles))));
        save.setId("save-roles");
        return section("Roles", new VerticalLayout(roles, save));
    }

    private Component accessSection() {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.enabled()) {
            Button disable = new Button(
                    "Disable account",
                    VaadinIcon.BAN.create(),
                    e -> AdminUi.confirm(
                            "Disable " + user.username() + "?",
                            "They cannot log in, their open sessions end on their next click and their API tokens stop"
                                    + " working until the account is enabled again.",
                            "Disable",
                            true,
                            () -> run(() -> users.disable(user.id()), "Account disabled.", Map.of())));
            disable.setId("disable-user");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(disable);
            if (isYou()) {
                // The server refuses it anyway; saying so here saves a refusal.
                disable.setEnabled(false);
                row.add(new Span("This is your own account: another admin can disable it."));
            }
        } else {
            Button enable = new Button(
                    "Enable account",
                    VaadinIcon.CHECK.create(),
                    e -> AdminUi.confirm(
                            "Enable " + user.username() + "?",
                            "They can log in again, and their API tokens that were not revoked work again.",
                            "Enable",
                            false,
                            () -> run(() -> users.enable(user.id()), "Account enabled.", Map.of())));
            enable.setId("enable-user");
            row.add(enable);
        }
        if (user.locked()) {
            Button unlock = new Button(
                    "Unlock now",
                    VaadinIcon.UNLOCK.create(),
                    e -> run(() -> users.unlock(user.id()), "Account unlocked.", Map.of()));
            unlock.setId("unlock-user");
            row.add(unlock, new Span("Locked after failed logins until " + Formats.utc(user.lockedUntil()) + "."));
        }
        return section("Access", row);
    }

    private Component passwordSection() {
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password-field");
        password.setHelperText("At least 10 characters, not containing the user name. It also lifts a lock.");
        password.setWidth("24em");
        Button generate = new Button("Generate", VaadinIcon.MAGIC.create(), e -> {
            password.setValue(AdminUi.generatePassword());
            password.setRevealButtonVisible(true);
        });
        generate.setId("generate-reset-password");
        Button reset = new Button(
                "Set password",
                VaadinIcon.PASSWORD.create(),
                e -> AdminUi.confirm(
                        "Set a new password for " + user.username() + "?",
                        "Their old password stops working now and their open sessions end (yours too, if this is"
                                + " your own account). Hand the new one over in person.",
                        "Set password",
                        false,
                        () -> run(
                                () -> users.resetPassword(user.id(), password.getValue()),
                                "Password set.",
                                Map.of("password", password))));
        reset.setId("reset-password");
        HorizontalLayout row = new HorizontalLayout(password, generate, reset);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return section("Password", row);
    }

    private Component tokensSection() {
        Grid<TokenRow> grid = new Grid<>();
        grid.setId("user-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TokenRow::label).setHeader("Token").setFlexGrow(2);
        grid.addColumn(t -> Formats.utc(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Formats.utc(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(TokenDialogs::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(token -> {
                    Button revoke = new Button(
                            "Revoke",
                            e -> TokenDialogs.revoke(
                                    tokens, token, () -> grid.getDataProvider().refreshAll()));
                    revoke.setId("revoke-token-" + token.id());
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setVisible(!token.revoked());
                    return revoke;
                })
                .setAutoWidth(true);
        grid.setItems(query ->
                tokens.list(new TokenQuery(user.username(), true), query.getOffset(), query.getLimit()).stream());
        if (!user.systemAccount()) {
            // The server refuses it too: a token made by an admin would act as this person in the admin's hands.
            Paragraph own = new Paragraph("People make their own tokens (My account, API tokens), so that a token"
                    + " acting as them is only ever in their hands. You can revoke any of them here.");
            own.setId("user-tokens-own");
            return section("API tokens", new VerticalLayout(own, grid));
        }
        Button add = new Button(
                "New token",
                VaadinIcon.KEY.create(),
                e -> TokenDialogs.create(
                        tokens, users, user, t -> grid.getDataProvider().refreshAll()));
        add.setId("new-user-token");
        add.setEnabled(user.enabled());
        return section("API tokens", new VerticalLayout(add, grid));
    }

    private boolean isYou() {
        return currentUser.get().map(c -> c.userId() == user.id()).orElse(false);
    }

    private static Component section(String title, Component content) {
        VerticalLayout section = new VerticalLayout(new H3(title), content);
        section.setPadding(false);
        return section;
    }

    /** Calls the server; on success shows the account as it now is, on refusal says why. */
    private void run(
            Supplier<UserRow> change,
            String done,
            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            UserRow changed = change.get();
            AdminUi.success(done);
            show(changed);
        } catch (InvalidInputException e) {
            AdminUi.showErrors(e, fields);
        } catch (DomainException e) {
            AdminUi.error(e.getMessage());
            show(users.user(user.id()));
        }
    }
}
