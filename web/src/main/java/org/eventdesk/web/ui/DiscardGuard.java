package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * The one question every form asks before unsaved work is thrown away: navigation waits until the
 * user chooses to discard or to keep editing.
 */
public final class DiscardGuard {

    private DiscardGuard() {}

    public static void askBeforeLeaving(BeforeLeaveEvent event, String header, String text) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(header, text, t("desk.discard.confirm"), e -> action.proceed());
        confirm.setId("discard-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(t("desk.discard.keep"));
        // Cancelling explicitly lets the router forget the postponed navigation; otherwise a second click on the
        // same link would be taken for the navigation already under way and do nothing.
        confirm.addCancelListener(e -> action.cancel());
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
