package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.security.CallerIdentity;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.account.MyTokensView;
import org.eventdesk.web.ui.admin.ImportsView;
import org.eventdesk.web.ui.admin.SecurityLogView;
import org.eventdesk.web.ui.admin.TaxonomyView;
import org.eventdesk.web.ui.admin.TokensView;
import org.eventdesk.web.ui.admin.UsersView;
import org.eventdesk.web.ui.dashboard.DashboardView;
import org.eventdesk.web.ui.i18n.LanguageChoice;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.map.MapView;
import org.eventdesk.web.ui.records.RecordsView;
import org.eventdesk.web.ui.records.editor.RecordEditor;
import org.eventdesk.web.ui.sources.NewSourceView;
import org.eventdesk.web.ui.sources.SourcesView;
import org.eventdesk.web.ui.timeline.TimelineView;

/** The frame around every screen: the navigation (what the user's roles can open) and the user menu. */
@CdiComponent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final RecordCatalog records;
    private final Map<RecordQueue, SideNavItem> queueItems = new EnumMap<>(RecordQueue.class);
    private Registration queuesChanged;

    @Inject
    public MainLayout(CurrentUser currentUser, RecordCatalog records) {
        this.currentUser = currentUser;
        this.records = records;
        H1 title = new H1(t("desk.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setPadding(true);
        currentUser.get().ifPresent(caller -> bar.add(userBox(caller)));
        Map<String, Runnable> altKeys = new HashMap<>();
        if (currentUser.has(Role.EDITOR)) {
            altKeys.put("r", () -> go(RecordsView.class));
            altKeys.put("n", () -> go(RecordEditor.class));
            altKeys.put("s", () -> go(SourcesView.class));
            altKeys.put("m", () -> go(MapView.class));
            altKeys.put("t", () -> go(TimelineView.class));
        }
        bar.add(new LanguageChoice(), new ThemeSwitch(), new ShortcutsHelp(shortcuts(), altKeys));
        addToNavbar(bar);

        SideNav nav = new SideNav();
        if (currentUser.has(Role.EDITOR)) {
            nav.addItem(new SideNavItem(t("desk.nav.records"), RecordsView.class, VaadinIcon.RECORDS.create()));
            SideNavItem queues = new SideNavItem(t("desk.nav.queues"));
            queues.setExpanded(true);
            for (RecordQueue queue : RecordQueue.values()) {
                if (queue == RecordQueue.AWAITING_REVIEW && !currentUser.has(Role.REVIEWER)) {
                    continue;
                }
                SideNavItem item = new SideNavItem(Texts.of(queue), "records?queue=" + queue.slug());
                item.getElement().setAttribute("data-queue", queue.slug());
                queueItems.put(queue, item);
                queues.addItem(item);
            }
            nav.addItem(queues);
            nav.addItem(new SideNavItem(t("desk.nav.new-record"), RecordEditor.class, VaadinIcon.PLUS_CIRCLE.create()));
            nav.addItem(new SideNavItem(t("desk.nav.sources"), SourcesView.class, VaadinIcon.NEWSPAPER.create()));
            nav.addItem(new SideNavItem(t("desk.nav.add-source"), NewSourceView.class, VaadinIcon.PLUS.create()));
            nav.addItem(new SideNavItem(t("desk.nav.map"), MapView.class, VaadinIcon.MAP_MARKER.create()));
            nav.addItem(new SideNavItem(t("desk.nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(t("desk.nav.timeline"), TimelineView.class, VaadinIcon.TIMER.create()));
        }
        addToDrawer(nav);

        // The admin's desk, in a navigation of its own.
        if (currentUser.has(Role.ADMIN)) {
            SideNav admin = new SideNav(t("desk.nav.admin"));
            admin.setId("admin-nav");
            admin.addItem(new SideNavItem(t("desk.nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(t("desk.nav.api-tokens"), TokensView.class, VaadinIcon.KEY.create()));
            admin.addItem(new SideNavItem(t("desk.nav.taxonomy"), TaxonomyView.class, VaadinIcon.TAGS.create()));
            admin.addItem(
                    new SideNavItem(t("desk.nav.security-log"), SecurityLogView.class, VaadinIcon.SHIELD.create()));
            admin.addItem(new SideNavItem(t("desk.nav.import"), ImportsView.class, VaadinIcon.UPLOAD.create()));
            addToDrawer(admin);
        }

        // Every person's own things, whatever their roles.
        if (currentUser.has(Role.EDITOR) || currentUser.has(Role.REVIEWER) || currentUser.has(Role.ADMIN)) {
            SideNav account = new SideNav(t("desk.nav.my-account"));
            account.setId("account-nav");
            account.addItem(new SideNavItem(t("desk.nav.my-tokens"), MyTokensView.class, VaadinIcon.KEY.create()));
            addToDrawer(account);
        }
    }

    private void go(Class<? extends Component> view) {
        getUI().ifPresent(ui -> ui.navigate(view));
    }

    /** What the keyboard does in the desk, as the help dialog lists it. */
    private List<ShortcutsHelp.Shortcut> shortcuts() {
        List<ShortcutsHelp.Shortcut> list = new ArrayList<>();
        list.add(new ShortcutsHelp.Shortcut("?", t("desk.keys.this-list")));
        if (currentUser.has(Role.EDITOR)) {
            list.add(new ShortcutsHelp.Shortcut("Alt+R", t("desk.nav.records")));
            list.add(new ShortcutsHelp.Shortcut("Alt+N", t("desk.nav.new-record")));
            list.add(new ShortcutsHelp.Shortcut("Alt+S", t("desk.nav.sources")));
            list.add(new ShortcutsHelp.Shortcut("Alt+M", t("desk.nav.map")));
            list.add(new ShortcutsHelp.Shortcut("Alt+T", t("desk.nav.timeline")));
            list.add(new ShortcutsHelp.Shortcut("Ctrl+S", t("desk.keys.save")));
        }
        list.add(new ShortcutsHelp.Shortcut("Tab / Shift+Tab", t("desk.keys.tab")));
        list.add(new ShortcutsHelp.Shortcut("Enter / Space", t("desk.keys.press")));
        list.add(new ShortcutsHelp.Shortcut("Esc", t("desk.keys.close")));
        return list;
    }

    /**
     * Queue counts change as people work: they are read again after every navigation (which brings in what others
     * did) and whenever a screen of this tab announces a change of its own ({@link QueuesChanged}).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        recountQueues();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        queuesChanged = QueuesChanged.listen(attach.getUI(), this::recountQueues);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        queuesChanged.remove();
        super.onDetach(detach);
    }

    private void recountQueues() {
        if (queueItems.isEmpty()) {
            return;
        }
        Map<RecordQueue, QueueCount> counts = records.queueCounts();
        queueItems.forEach((queue, item) -> item.setLabel(t(
                "desk.nav.queue-count",
                Texts.of(queue),
                counts.getOrDefault(queue, QueueCount.exact(0)).words())));
    }

    private HorizontalLayout userBox(CallerIdentity caller) {
        Span who = new Span(caller.displayName() + " ("
                + caller.roles().stream().map(Texts::of).sorted().collect(Collectors.joining(", "))
                + ")");
        who.setId("current-user");
        Button logout = new Button(t("desk.log-out"), VaadinIcon.SIGN_OUT.create(), click -> logOut());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(who, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.getStyle().set("margin-left", "auto");
        return box;
    }

    private static void logOut() {
        UI.getCurrent().getPage().setLocation("login?loggedOut");
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException ignored) {
            // The session is invalidated next, which logs the user out in any case.
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
