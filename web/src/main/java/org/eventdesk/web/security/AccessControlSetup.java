package org.eventdesk.web.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eventdesk.web.ui.LoginView;

/**
 * Turns on Vaadin's view access control: every route must say who may open it ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}); a route that says nothing is closed, and an anonymous
 * visitor is sent to the login view. The services check the same roles again: this only decides what to show.
 */
@ApplicationScoped
public class AccessControlSetup {
    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
    }
}
