package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for an address that does not exist or that their roles do not open. Vaadin's access control
 * answers "not found" for both, on purpose, so that closed screens do not reveal themselves.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 heading = new H2(t("desk.not-found.title"));
        heading.setId("not-found");
        add(
                heading,
                new Paragraph(t("desk.not-found.text", event.getLocation().getPath())),
                new Anchor("", t("desk.not-found.back")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
