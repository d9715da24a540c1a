package org.eventdesk.web.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.admin.UsersView;
import org.eventdesk.web.ui.records.RecordsView;

/** Where "/" leads: editors go straight to their work, admins to the admin's desk; others see a word of help. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Event Desk")
@PermitAll
@CdiComponent
public class HomeView extends VerticalLayout implements BeforeEnterObserver {
    private final CurrentUser currentUser;

    @Inject
    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        add(
                new H2("Welcome to Event Desk"),
                new Paragraph("Your account has no role that opens a screen here. Ask an admin if that is wrong."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.has(Role.EDITOR)) {
            event.forwardTo(RecordsView.class);
        } else if (currentUser.has(Role.ADMIN)) {
            event.forwardTo(UsersView.class);
        }
    }
}
