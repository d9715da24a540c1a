package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.admin.UsersView;
import org.eventdesk.web.ui.records.RecordsView;

/** Where "/" leads: editors go straight to their work, admins to the admin's desk; others see a word of help. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@CdiComponent
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    @Override
    public String getPageTitle() {
        return t("desk.title");
    }

    private final CurrentUser currentUser;

    @Inject
    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        add(new H2(t("desk.home.welcome")), new Paragraph(t("desk.home.no-role")));
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
