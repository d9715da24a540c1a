package org.eventdesk.web.ui.account;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.account.PersonalTokens;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.admin.TokenDialogs;

/**
 * The logged-in person's own API tokens, for their scripts: made here (the secret shown once), listed with their
 * last use, revoked at once. Open to every person's role; the service acts on the caller's own account only.
 */
@Route(value = "account/tokens", layout = MainLayout.class)
@PageTitle("My API tokens · Event Desk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.ADMIN})
@CdiComponent
public class MyTokensView extends VerticalLayout {
    private final PersonalTokens tokens;
    private final Grid<TokenRow> grid = new Grid<>();

    @Inject
    public MyTokensView(PersonalTokens tokens) {
        this.tokens = tokens;
        setMaxWidth("1000px");

        Paragraph help = new Paragraph("A token lets a script use the desk's API as you, with your roles: send it as"
                + " 'Authorization: Bearer <token>'. It is shown once, when it is made; the desk keeps only a"
                + " fingerprint of it. Revoke a token as soon as it is no longer needed or may have leaked.");
        Button add =
                new Button("New token", VaadinIcon.KEY.create(), e -> TokenDialogs.createOwn(tokens, t -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-my-token");

        grid.setId("my-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(TokenRow::label).setHeader("Token").setFlexGrow(2);
        grid.addColumn(t -> Formats.utc(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Formats.utc(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(TokenDialogs::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setItems(query -> tokens.list(query.getOffset(), query.getLimit()).stream());

        add(new H2("My API tokens"), help, add, grid);
    }

    private Button revokeButton(TokenRow token) {
        Button revoke = new Button("Revoke", e -> TokenDialogs.revokeOwn(tokens, token, this::refresh));
        revoke.setId("revoke-my-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
