package org.eventdesk.web.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * The login screen. The form posts straight to {@code /login}, where the authentication mechanism checks the
 * password (a plain form post, so the browser's password manager works); failures come back as a query
 * parameter that picks the message.
 */
@Route("login")
@PageTitle("Log in · Event Desk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Event Desk"), new Paragraph("Verified, sourced event records."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null) {
            event.forwardTo(HomeView.class);
            return;
        }
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (parameters.containsKey("locked")) {
            i18n.getErrorMessage().setTitle("Too many failed logins from your address");
            i18n.getErrorMessage()
                    .setMessage("Logins from this address are paused for a quarter of an hour. Try again later.");
        } else if (parameters.containsKey("disabled")) {
            i18n.getErrorMessage().setTitle("Account disabled");
            i18n.getErrorMessage().setMessage("An admin has disabled this account.");
        } else if (parameters.containsKey("unavailable")) {
            i18n.getErrorMessage().setTitle("The login could not be checked just now");
            i18n.getErrorMessage().setMessage("Try again in a moment.");
        } else {
            // An account's lock is told the same way, so that nobody learns which user names exist (LoginOutcome).
            i18n.getErrorMessage().setTitle("Wrong user name or password");
            i18n.getErrorMessage()
                    .setMessage("Check them and try again. After five failed attempts in a row an account waits a"
                            + " quarter of an hour before it lets anyone in, even with the right password; an admin"
                            + " can unlock it sooner.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error")
                || parameters.containsKey("locked")
                || parameters.containsKey("disabled")
                || parameters.containsKey("unavailable"));
    }
}
