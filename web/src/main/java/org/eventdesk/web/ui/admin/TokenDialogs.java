package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.eventdesk.application.account.PersonalTokens;
import org.eventdesk.application.admin.IssuedToken;
import org.eventdesk.application.admin.TokenAdministration;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.application.admin.UserAdministration;
import org.eventdesk.application.admin.UserRow;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.UserQuery;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * Making and revoking API tokens, shared by the admin's tokens list, a partner system's page and a person's own
 * tokens page. The secret of a new token is shown once, in a dialog with a copy button; closing it forgets it (the
 * desk keeps only its hash). Admins make tokens for partner systems only; a person makes their own.
 */
public final class TokenDialogs {
    private TokenDialogs() {}

    /**
     * Asks for a label (and a partner system, unless given) and makes the token. The list offers partner systems
     * only; the server refuses a person in any case (people make their own tokens).
     *
     * @param owner the partner system it is for, or null to choose one
     * @param done told after the secret dialog is closed
     */
    static void create(TokenAdministration tokens, UserAdministration users, UserRow owner, Consumer<TokenRow> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                owner == null ? t("admin.tokens.create.title") : t("admin.tokens.create.title-for", owner.username()));
        ComboBox<UserRow> ownerField = new ComboBox<>(t("admin.tokens.create.owner"));
        ownerField.setId("token-owner");
        ownerField.setItemLabelGenerator(u -> u.username() + " (" + u.displayName() + ")");
        ownerField.setItems(query -> users
                .list(
                        new UserQuery(query.getFilter().orElse(""), Role.PARTNER, true),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        ownerField.setHelperText(t("admin.tokens.create.owner.help"));
        ownerField.setWidthFull();
        if (owner != null) {
            ownerField.setValue(owner);
            ownerField.setVisible(false);
        }
        TextField label = label();
        Button create = new Button(t("admin.tokens.create.button"), VaadinIcon.KEY.create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            AdminUi.clearErrors(ownerField, label);
            if (ownerField.getValue() == null) {
                ownerField.setErrorMessage(t("admin.tokens.create.owner.missing"));
                ownerField.setInvalid(true);
                return;
            }
            try {
                IssuedToken issued = tokens.create(ownerField.getValue().id(), label.getValue());
                dialog.close();
                showSecret(issued, done);
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("owner", ownerField, "label", label));
            } catch (DomainException refused) {
                ownerField.setErrorMessage(Texts.say(refused));
                ownerField.setInvalid(true);
                ownerField.setVisible(true);
            }
        });
        Button cancel = new Button(t("admin.common.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(ownerField, label));
        dialog.getFooter().add(cancel, create);
        dialog.setWidth("32em");
        dialog.open();
        (owner == null ? ownerField : label).focus();
    }

    /**
     * Asks for a label and makes a token acting as the person logged in, with their roles.
     *
     * @param done told after the secret dialog is closed
     */
    public static void createOwn(PersonalTokens tokens, Consumer<TokenRow> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("admin.tokens.create.title"));
        TextField label = label();
        Paragraph help = new Paragraph(t("admin.tokens.create.own.help"));
        Button create = new Button(t("admin.tokens.create.button"), VaadinIcon.KEY.create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            AdminUi.clearErrors(label);
            try {
                IssuedToken issued = tokens.create(label.getValue());
                dialog.close();
                showSecret(issued, done);
            } catch (InvalidInputException ex) {
                AdminUi.showErrors(ex, Map.of("label", label));
            }
        });
        Button cancel = new Button(t("admin.common.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(help, label));
        dialog.getFooter().add(cancel, create);
        dialog.setWidth("32em");
        dialog.open();
        label.focus();
    }

    private static TextField label() {
        TextField label = new TextField(t("admin.tokens.create.label"));
        label.setId("token-label");
        label.setPlaceholder(t("admin.tokens.create.label.placeholder"));
        label.setWidthFull();
        return label;
    }

    /** The one and only time the secret is shown. */
    private static void showSecret(IssuedToken issued, Consumer<TokenRow> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("admin.tokens.secret.title"));
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        TextField secret =
                new TextField(t("admin.tokens.secret.field", issued.token().ownerUsername()));
        secret.setId("token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(t("admin.tokens.secret.copy"), VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.secret());
            AdminUi.success(t("admin.tokens.secret.copied"));
        });
        copy.setId("copy-token");
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, secret);
        Paragraph warning = new Paragraph(t("admin.tokens.secret.warning"));
        Button close = new Button(t("admin.tokens.secret.close"), e -> {
            secret.clear();
            dialog.close();
            done.accept(issued.token());
        });
        close.setId("close-secret");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(warning, row));
        dialog.getFooter().add(close);
        dialog.setWidth("44em");
        dialog.open();
    }

    static void revoke(TokenAdministration tokens, TokenRow token, Runnable done) {
        confirmRevoke(
                token, t("admin.tokens.revoke.text", token.ownerUsername()), () -> tokens.revoke(token.id()), done);
    }

    /** Revokes one of the logged-in person's own tokens. */
    public static void revokeOwn(PersonalTokens tokens, TokenRow token, Runnable done) {
        confirmRevoke(token, t("admin.tokens.revoke.text-own"), () -> tokens.revoke(token.id()), done);
    }

    private static void confirmRevoke(TokenRow token, String text, Runnable revoke, Runnable done) {
        AdminUi.confirm(
                t("admin.tokens.revoke.title", token.label()), text, t("admin.tokens.revoke.button"), true, () -> {
                    revoke.run();
                    AdminUi.success(t("admin.tokens.revoked", token.label()));
                    done.run();
                });
    }

    /** The columns every list of tokens shows after the token's own: when it was made, last used, and its status. */
    public static void addLifeColumns(Grid<TokenRow> grid) {
        grid.addColumn(token -> Formats.utc(token.createdAt()))
                .setHeader(t("admin.tokens.grid.created"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? t("admin.common.never") : Formats.utc(token.lastUsedAt()))
                .setHeader(t("admin.tokens.grid.last-used"))
                .setAutoWidth(true);
        grid.addColumn(TokenDialogs::status)
                .setHeader(t("admin.tokens.grid.status"))
                .setAutoWidth(true);
    }

    /** Active, revoked, or suspended with its owner's account. */
    public static String status(TokenRow token) {
        if (token.revoked()) {
            return t("admin.tokens.status.revoked", Formats.utc(token.revokedAt()));
        }
        return token.ownerEnabled() ? t("admin.tokens.status.active") : t("admin.tokens.status.suspended");
    }
}
