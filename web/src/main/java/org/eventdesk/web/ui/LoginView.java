package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    @Override
    public String getPageTitle() {
        return t("desk.login.page-title");
    }

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1(t("desk.title")), new Paragraph(t("desk.login.tagline")), form);
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
        i18n.getForm().setTitle(t("desk.login.title"));
        i18n.getForm().setUsername(t("desk.login.username"));
        i18n.getForm().setPassword(t("desk.login.password"));
        i18n.getForm().setSubmit(t("desk.login.submit"));
        if (parameters.containsKey("locked")) {
            i18n.getErrorMessage().setTitle(t("desk.login.locked.title"));
            i18n.getErrorMessage().setMessage(t("desk.login.locked.text"));
        } else if (parameters.containsKey("disabled")) {
            i18n.getErrorMessage().setTitle(t("desk.login.disabled.title"));
            i18n.getErrorMessage().setMessage(t("desk.login.disabled.text"));
        } else if (parameters.containsKey("unavailable")) {
            i18n.getErrorMessage().setTitle(t("desk.login.unavailable.title"));
            i18n.getErrorMessage().setMessage(t("desk.login.unavailable.text"));
        } else {
            // An account's lock is told the same way, so that nobody learns which user names exist (LoginOutcome).
            i18n.getErrorMessage().setTitle(t("desk.login.wrong.title"));
            i18n.getErrorMessage().setMessage(t("desk.login.wrong.text"));
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error")
                || parameters.containsKey("locked")
                || parameters.containsKey("disabled")
                || parameters.containsKey("unavailable"));
    }
}
