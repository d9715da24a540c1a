package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eventdesk.application.admin.SecurityLogEntry;
import org.eventdesk.application.admin.SecurityLogReader;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLogQuery;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The security log, newest first, lazily, filtered by kind, user and day (UTC). Read-only: the log has no way to
 * change or remove an entry. {@code ?user=name} opens it for one user.
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class SecurityLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SecurityLogReader log;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private final MultiSelectComboBox<SecurityEventKind> kinds =
            new MultiSelectComboBox<>(t("admin.security-log.kinds"));
    private final TextField user = new TextField(t("admin.security-log.user"));
    private final DatePicker from = Pickers.localized(new DatePicker(t("admin.security-log.from")));
    private final DatePicker to = Pickers.localized(new DatePicker(t("admin.security-log.to")));

    @Inject
    public SecurityLogView(SecurityLogReader log) {
        this.log = log;
        setSizeFull();

        kinds.setItems(SecurityEventKind.values());
        kinds.setItemLabelGenerator(Texts::of);
        kinds.setPlaceholder(t("admin.security-log.kinds.placeholder"));
        kinds.setClearButtonVisible(true);
        kinds.setWidth("22em");
        kinds.setId("log-kinds");
        user.setPlaceholder(t("admin.security-log.user.placeholder"));
        user.setPrefixComponent(VaadinIcon.USER.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setId("log-user");
        from.setClearButtonVisible(true);
        from.setId("log-from");
        to.setClearButtonVisible(true);
        to.setId("log-to");
        HorizontalLayout filters = new HorizontalLayout(kinds, user, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("security-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.utc(e.occurredAt()))
                .setHeader(t("admin.security-log.grid.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Texts.of(e.kind()))
                .setHeader(t("admin.security-log.grid.what"))
                .setAutoWidth(true)
                .setKey("kind");
        grid.addColumn(e -> e.actor() == null ? "" : e.actor())
                .setHeader(t("admin.security-log.grid.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.subject() != null ? e.subject() : e.subjectUser() == null ? "" : e.subjectUser())
                .setHeader(t("admin.security-log.grid.about"))
                .setTooltipGenerator(e -> e.subject() != null ? e.subject() : e.subjectUser())
                .setFlexGrow(1);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(t("admin.security-log.grid.address"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(t("admin.security-log.grid.detail"))
                .setTooltipGenerator(SecurityLogEntry::detail)
                .setFlexGrow(3);
        grid.setItems(query -> log.list(currentQuery(), query.getOffset(), query.getLimit()).stream());

        kinds.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        add(new H2(t("admin.security-log.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return t("admin.security-log.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("user").ifPresent(user::setValue);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private SecurityLogQuery currentQuery() {
        LocalDate toDate = to.getValue();
        Instant start =
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        try {
            SecurityLogQuery query = new SecurityLogQuery(kinds.getValue(), user.getValue(), start, end);
            user.setInvalid(false);
            return query;
        } catch (InvalidInputException refused) {
            // A user name no account can have (from a hand-edited address, say): said on the field, not applied.
            user.setErrorMessage(t(
                    "admin.security-log.user.not-applied",
                    Texts.say(refused.errors().get(0).wording())));
            user.setInvalid(true);
            return new SecurityLogQuery(kinds.getValue(), null, start, end);
        }
    }
}
