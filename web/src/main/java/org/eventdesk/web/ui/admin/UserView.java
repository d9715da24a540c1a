package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
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
import org.eventdesk.web.ui.i18n.Texts;

/**
 * One account: its name, roles, access (disable, enable, unlock), password and API tokens. Every change goes to the
 * server, which applies the account rules (no disabling yourself, the last admin stays) and logs it; a refusal is
 * shown as it comes, and the page then shows the account as it really is.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class UserView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
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
    public String getPageTitle() {
        return t("admin.user.page-title");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(users.user(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(t("admin.user.missing.title")), new Paragraph(t("admin.user.missing.text", String.valueOf(id))));
        }
    }

    private void show(UserRow shown) {
        this.user = shown;
        removeAll();
        H2 heading = new H2(shown.displayName() + " (" + shown.username() + ")");
        heading.setId("user-heading");
        Span status = AdminUi.status(shown);
        status.setId("user-status");
        RouterLink log = new RouterLink(t("admin.user.log-link", shown.username()), SecurityLogView.class);
        log.setQueryParameters(QueryParameters.of("user", shown.username()));
        log.setId("user-log-link");
        HorizontalLayout summary = new HorizontalLayout(
                status,
                new Span(AdminUi.roles(shown.roles())),
                new Span(t("admin.user.since", Formats.utc(shown.createdAt()))),
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
        TextField name = new TextField(t("admin.user.name.field"));
        name.setId("display-name");
        name.setValue(user.displayName());
        name.setWidth("24em");
        Button save = new Button(
                t("admin.user.name.save"),
                e -> run(
                        () -> users.rename(user.id(), name.getValue()),
                        t("admin.user.name.saved"),
                        Map.of("displayName", name)));
        save.setId("save-name");
        HorizontalLayout row = new HorizontalLayout(name, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section(t("admin.user.name.title"), row);
    }

    private Component rolesSection() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(AdminUi::labelWithHelp);
        roles.setValue(user.roles());
        if (isYou()) {
            // The server refuses it anyway; saying so here saves a refusal.
            roles.setHelperText(t("admin.user.roles.yours"));
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
                t("admin.user.roles.save"),
                e -> AdminUi.confirm(
                        t("admin.user.roles.confirm.title", user.username()),
                        t(
                                "admin.user.roles.confirm.text",
                                AdminUi.roles(user.roles()),
                                AdminUi.roles(roles.getValue())),
                        t("admin.user.roles.confirm.button"),
                        false,
                        () -> run(
                                () -> users.changeRoles(user.id(), roles.getValue()),
                                t("admin.user.roles.changed"),
                                Map.of("roles", roles))));
        save.setId("save-roles");
        return section(t("admin.user.roles.title"), new VerticalLayout(roles, save));
    }

    private Component accessSection() {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.enabled()) {
            Button disable = new Button(
                    t("admin.user.disable"),
                    VaadinIcon.BAN.create(),
                    e -> AdminUi.confirm(
                            t("admin.user.disable.confirm.title", user.username()),
                            t("admin.user.disable.confirm.text"),
                            t("admin.user.disable.confirm.button"),
                            true,
                            () -> run(() -> users.disable(user.id()), t("admin.user.disabled"), Map.of())));
            disable.setId("disable-user");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(disable);
            if (isYou()) {
                // The server refuses it anyway; saying so here saves a refusal.
                disable.setEnabled(false);
                row.add(new Span(t("admin.user.disable.yours")));
            }
        } else {
            Button enable = new Button(
                    t("admin.user.enable"),
                    VaadinIcon.CHECK.create(),
                    e -> AdminUi.confirm(
                            t("admin.user.enable.confirm.title", user.username()),
                            t("admin.user.enable.confirm.text"),
                            t("admin.user.enable.confirm.button"),
                            false,
                            () -> run(() -> users.enable(user.id()), t("admin.user.enabled"), Map.of())));
            enable.setId("enable-user");
            row.add(enable);
        }
        if (user.locked()) {
            Button unlock = new Button(
                    t("admin.user.unlock"),
                    VaadinIcon.UNLOCK.create(),
                    e -> run(() -> users.unlock(user.id()), t("admin.user.unlocked"), Map.of()));
            unlock.setId("unlock-user");
            row.add(unlock, new Span(t("admin.user.locked", Formats.utc(user.lockedUntil()))));
        }
        return section(t("admin.user.access.title"), row);
    }

    private Component passwordSection() {
        PasswordField password = new PasswordField(t("admin.user.password.field"));
        password.setId("reset-password-field");
        password.setHelperText(t("admin.user.password.help"));
        password.setWidth("24em");
        Button generate = new Button(t("admin.common.generate"), VaadinIcon.MAGIC.create(), e -> {
            password.setValue(AdminUi.generatePassword());
            password.setRevealButtonVisible(true);
        });
        generate.setId("generate-reset-password");
        Button reset = new Button(
                t("admin.user.password.set"),
                VaadinIcon.PASSWORD.create(),
                e -> AdminUi.confirm(
                        t("admin.user.password.confirm.title", user.username()),
                        t("admin.user.password.confirm.text"),
                        t("admin.user.password.confirm.button"),
                        false,
                        () -> run(
                                () -> users.resetPassword(user.id(), password.getValue()),
                                t("admin.user.password.done"),
                                Map.of("password", password))));
        reset.setId("reset-password");
        HorizontalLayout row = new HorizontalLayout(password, generate, reset);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return section(t("admin.user.password.title"), row);
    }

    private Component tokensSection() {
        Grid<TokenRow> grid = new Grid<>();
        grid.setId("user-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TokenRow::label).setHeader(t("admin.tokens.grid.token")).setFlexGrow(2);
        TokenDialogs.addLifeColumns(grid);
        grid.addComponentColumn(token -> {
                    Button revoke = new Button(
                            t("admin.common.revoke"),
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
            Paragraph own = new Paragraph(t("admin.user.tokens.own"));
            own.setId("user-tokens-own");
            return section(t("admin.user.tokens.title"), new VerticalLayout(own, grid));
        }
        Button add = new Button(
                t("admin.user.tokens.new"),
                VaadinIcon.KEY.create(),
                e -> TokenDialogs.create(
                        tokens, users, user, made -> grid.getDataProvider().refreshAll()));
        add.setId("new-user-token");
        add.setEnabled(user.enabled());
        return section(t("admin.user.tokens.title"), new VerticalLayout(add, grid));
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
            AdminUi.error(Texts.say(e));
            show(users.user(user.id()));
        }
    }
}
