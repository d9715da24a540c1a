package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.application.admin.UserRow;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/** What the admin's screens share: messages, field errors from the server, confirmations, how roles read. */
final class AdminUi {
    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminUi() {}

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        Notification.show(message, 7000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Marks the fields the server named; what has no field on this screen is said in a notification. */
    static void showErrors(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : e.errors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                unplaced.add(error.field() + " " + Texts.say(error.wording()));
            } else {
                field.setErrorMessage(Texts.say(error.wording()));
                field.setInvalid(true);
            }
        }
        error(unplaced.isEmpty() ? t("admin.common.fields-marked") : String.join("; ", unplaced));
    }

    static void clearErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    /** Asks before an action that changes who can do what. The buttons have ids, for the browser tests. */
    static void confirm(String header, String text, String confirmText, boolean danger, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        Button confirm = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(t("admin.common.cancel"), e -> dialog.close());
        cancel.setId("cancel-action");
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(AdminUi::label).collect(Collectors.joining(", "));
    }

    /**
     * A role as the admin's screens name it: "Editor", "Partner system". These read differently from the domain's
     * labels ({@code enum.Role.*}: "editor", "partner"), and the browser tests tick roles by these names, so they keep
     * keys of their own.
     */
    static String label(Role role) {
        return switch (role) {
            case EDITOR -> t("admin.role.EDITOR");
            case REVIEWER -> t("admin.role.REVIEWER");
            case ADMIN -> t("admin.role.ADMIN");
            case PARTNER -> t("admin.role.PARTNER");
        };
    }

    /** What a role opens, in a few words. */
    static String help(Role role) {
        return switch (role) {
            case EDITOR -> t("admin.role.help.EDITOR");
            case REVIEWER -> t("admin.role.help.REVIEWER");
            case ADMIN -> t("admin.role.help.ADMIN");
            case PARTNER -> t("admin.role.help.PARTNER");
        };
    }

    /** A role's name with what it opens, as the role check boxes show it. */
    static String labelWithHelp(Role role) {
        return t("admin.role.with-help", label(role), help(role));
    }

    /** Enabled, disabled or locked, as a badge. */
    static Span status(UserRow user) {
        Span badge;
        if (!user.enabled()) {
            badge = new Span(t("admin.account.disabled"));
            badge.getElement().getThemeList().add("badge error");
        } else if (user.locked()) {
            badge = new Span(t("admin.account.locked-until", Formats.utc(user.lockedUntil())));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge = new Span(t("admin.account.enabled"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    /** A new password to hand over: 20 characters of 55 kinds, about 115 bits. */
    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
