package org.eventdesk.web.ui.account;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.account.PersonalTokens;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.admin.TokenDialogs;

/**
 * The logged-in person's own API tokens, for their scripts: made here (the secret shown once), listed with their
 * last use, revoked at once. Open to every person's role; the service acts on the caller's own account only.
 */
@Route(value = "account/tokens", layout = MainLayout.class)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.ADMIN})
@CdiComponent
public class MyTokensView extends VerticalLayout implements HasDynamicTitle {
    private final PersonalTokens tokens;
    private final Grid<TokenRow> grid = new Grid<>();

    @Inject
    public MyTokensView(PersonalTokens tokens) {
        this.tokens = tokens;
        setMaxWidth("1000px");

        Paragraph help = new Paragraph(t("admin.my-tokens.help"));
        Button add = new Button(
                t("admin.my-tokens.new"),
                VaadinIcon.KEY.create(),
                e -> TokenDialogs.createOwn(tokens, made -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-my-token");

        grid.setId("my-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(TokenRow::label).setHeader(t("admin.tokens.grid.token")).setFlexGrow(2);
        TokenDialogs.addLifeColumns(grid);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setItems(query -> tokens.list(query.getOffset(), query.getLimit()).stream());

        add(new H2(t("admin.my-tokens.title")), help, add, grid);
    }

    private Button revokeButton(TokenRow token) {
        Button revoke = new Button(t("admin.common.revoke"), e -> TokenDialogs.revokeOwn(tokens, token, this::refresh));
        revoke.setId("revoke-my-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    @Override
    public String getPageTitle() {
        return t("admin.my-tokens.page-title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
