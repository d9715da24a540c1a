package org.eventdesk.web.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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
        dialog.setHeaderTitle(owner == null ? "New API token" : "New API token for " + owner.username());
        ComboBox<UserRow> ownerField = new ComboBox<>("Partner system");
        ownerField.setId("token-owner");
        ownerField.setItemLabelGenerator(u -> u.username() + " (" + u.displayName() + ")");
        ownerField.setItems(query -> users
                .list(
                        new UserQuery(query.getFilter().orElse(""), Role.PARTNER, true),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        ownerField.setHelperText("The token acts as this partner system and may only push sources. People make their"
                + " own tokens, under My account.");
        ownerField.setWidthFull();
        if (owner != null) {
            ownerField.setValue(owner);
            ownerField.setVisible(false);
        }
        TextField label = label();
        Button create = new Button("Create token", VaadinIcon.KEY.create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            AdminUi.clearErrors(ownerField, label);
            if (ownerField.getValue() == null) {
                ownerField.setErrorMessage("Choose the partner system the token acts as");
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
                ownerField.setErrorMessage(refused.getMessage());
                ownerField.setInvalid(true);
                ownerField.setVisible(true);
            }
        });
        Button cancel = new Button("Cancel", e -> dialog.close());
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
        dialog.setHeaderTitle("New API token");
        TextField label = label();
        Paragraph help = new Paragraph("The token acts as you, with your roles, for as long as it is not revoked. Keep"
                + " it as secret as your password.");
        Button create = new Button("Create token", VaadinIcon.KEY.create());
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
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(help, label));
        dialog.getFooter().add(cancel, create);
        dialog.setWidth("32em");
        dialog.open();
        label.focus();
    }

    private static TextField label() {
        TextField label = new TextField("What it is for");
        label.setId("token-label");
        label.setPlaceholder("Wire feed ingest, nightly export script, ...");
        label.setWidthFull();
        return label;
    }

    /** The one and only time the secret is shown. */
    private static void showSecret(IssuedToken issued, Consumer<TokenRow> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Copy the token now");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        TextField secret = new TextField("Token for " + issued.token().ownerUsername());
        secret.setId("token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.secret());
            AdminUi.success("Copied.");
        });
        copy.setId("copy-token");
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, secret);
        Paragraph warning = new Paragraph("This is the only time the token is shown: the desk keeps only a"
                + " fingerprint of it. Send it as 'Authorization: Bearer <token>'. If it is lost, revoke it and"
                + " make a new one.");
        Button close = new Button("I have copied it", e -> {
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
        confirmRevoke(token, "(acting as " + token.ownerUsername() + ")", () -> tokens.revoke(token.id()), done);
    }

    /** Revokes one of the logged-in person's own tokens. */
    public static void revokeOwn(PersonalTokens tokens, TokenRow token, Runnable done) {
        confirmRevoke(token, "(acting as you)", () -> tokens.revoke(token.id()), done);
    }

    private static void confirmRevoke(TokenRow token, String actingAs, Runnable revoke, Runnable done) {
        AdminUi.confirm(
                "Revoke “" + token.label() + "”?",
                "Requests with this token " + actingAs + " will be refused from now on. This cannot be undone.",
                "Revoke",
                true,
                () -> {
                    revoke.run();
                    AdminUi.success("Token “" + token.label() + "” revoked.");
                    done.run();
                });
    }

    /** Active, revoked, or suspended with its owner's account. */
    public static String status(TokenRow token) {
        if (token.revoked()) {
            return "Revoked " + Formats.utc(token.revokedAt());
        }
        return token.ownerEnabled() ? "Active" : "Suspended (account disabled)";
    }
}
