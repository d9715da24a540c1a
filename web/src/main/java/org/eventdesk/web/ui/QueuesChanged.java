package org.eventdesk.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Something the navigation's queue counts depend on changed in this browser tab: a record was created, saved or
 * moved by a workflow step. The screen that made the change says so; the frame ({@link MainLayout}) recounts. Steps
 * other people take show at the latest on the next navigation, which recounts too.
 */
public final class QueuesChanged extends ComponentEvent<UI> {

    private QueuesChanged(UI ui) {
        super(ui, false);
    }

    /** Tells this tab's frame to recount its queues. */
    public static void announce() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new QueuesChanged(ui));
        }
    }

    static Registration listen(UI ui, Runnable recount) {
        return ComponentUtil.addListener(ui, QueuesChanged.class, event -> recount.run());
    }
}
