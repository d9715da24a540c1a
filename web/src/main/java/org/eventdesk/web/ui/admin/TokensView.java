package org.eventdesk.web.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.admin.TokenAdministration;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;

/**
 * Every API token, newest first, lazily: who it acts as, when it was last used, and a way to end it. New tokens
 * made here are for partner systems; people make their own.
 */
@Route(value = "admin/tokens", layout = MainLayout.class)
@PageTitle("API tokens · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class TokensView extends VerticalLayout {
    private final TokenAdministration tokens;
    private final Grid<TokenRow> grid = new Grid<>();
    private final TextField owner = new TextField("Acting as");
    private final Checkbox showRevoked = new Checkbox("Show revoked tokens");

    @Inject
    public TokensView(TokenAdministration tokens, UserAdministration users) {
        this.tokens = tokens;
        setSizeFull();

        owner.setPlaceholder("User name");
        owner.setClearButtonVisible(true);
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setId("token-owner-filter");
        showRevoked.setId("show-revoked");

        Button add = new Button(
                "New partner token",
                VaadinIcon.KEY.create(),
                e -> TokenDialogs.create(tokens, users, null, t -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-token");

        HorizontalLayout filters = new HorizontalLayout(owner, showRevoked, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TokenRow::label).setHeader("Token").setFlexGrow(2).setKey("label");
        grid.addColumn(t -> t.ownerUsername() + " (" + t.ownerDisplayName() + ")")
                .setHeader("Acts as")
                .setFlexGrow(2);
        grid.addColumn(t -> Formats.utc(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Formats.utc(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(TokenDialogs::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setItems(
                query -> tokens
                        .list(
                                new TokenQuery(owner.getValue(), showRevoked.getValue()),
                                query.getOffset(),
                                query.getLimit())
                        .stream());

        owner.addValueChangeListener(e -> refresh());
        showRevoked.addValueChangeListener(e -> refresh());

        add(new H2("API tokens"), filters, grid);
        setFlexGrow(1, grid);
    }

    private Button revokeButton(TokenRow token) {
        Button revoke = new Button("Revoke", e -> TokenDialogs.revoke(tokens, token, this::refresh));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
