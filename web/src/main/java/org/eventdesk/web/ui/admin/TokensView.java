package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.admin.TokenAdministration;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.web.ui.MainLayout;

/**
 * Every API token, newest first, lazily: who it acts as, when it was last used, and a way to end it. New tokens
 * made here are for partner systems; people make their own.
 */
@Route(value = "admin/tokens", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class TokensView extends VerticalLayout implements HasDynamicTitle {
    private final TokenAdministration tokens;
    private final Grid<TokenRow> grid = new Grid<>();
    private final TextField owner = new TextField(t("admin.tokens.filter.owner"));
    private final Checkbox showRevoked = new Checkbox(t("admin.tokens.filter.show-revoked"));

    @Inject
    public TokensView(TokenAdministration tokens, UserAdministration users) {
        this.tokens = tokens;
        setSizeFull();

        owner.setPlaceholder(t("admin.tokens.filter.owner.placeholder"));
        owner.setClearButtonVisible(true);
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setId("token-owner-filter");
        showRevoked.setId("show-revoked");

        Button add = new Button(
                t("admin.tokens.new-partner"),
                VaadinIcon.KEY.create(),
                e -> TokenDialogs.create(tokens, users, null, made -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-token");

        HorizontalLayout filters = new HorizontalLayout(owner, showRevoked, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TokenRow::label)
                .setHeader(t("admin.tokens.grid.token"))
                .setFlexGrow(2)
                .setKey("label");
        grid.addColumn(token -> token.ownerUsername() + " (" + token.ownerDisplayName() + ")")
                .setHeader(t("admin.tokens.grid.acts-as"))
                .setFlexGrow(2);
        TokenDialogs.addLifeColumns(grid);
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

        add(new H2(t("admin.tokens.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private Button revokeButton(TokenRow token) {
        Button revoke = new Button(t("admin.common.revoke"), e -> TokenDialogs.revoke(tokens, token, this::refresh));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    @Override
    public String getPageTitle() {
        return t("admin.tokens.page-title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
