package org.eventdesk.web.ui.admin;

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
import com.vaadin.flow.router.PageTitle;
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

/**
 * The security log, newest first, lazily, filtered by kind, user and day (UTC). Read-only: the log has no way to
 * change or remove an entry. {@code ?user=name} opens it for one user.
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
@PageTitle("Security log · Event Desk")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class SecurityLogView extends VerticalLayout implements BeforeEnterObserver {
    private final SecurityLogReader log;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private final MultiSelectComboBox<SecurityEventKind> kinds = new MultiSelectComboBox<>("Kinds");
    private final TextField user = new TextField("User");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");

    @Inject
    public SecurityLogView(SecurityLogReader log) {
        this.log = log;
        setSizeFull();

        kinds.setItems(SecurityEventKind.values());
        kinds.setItemLabelGenerator(SecurityEventKind::label);
        kinds.setPlaceholder("All kinds");
        kinds.setClearButtonVisible(true);
        kinds.setWidth("22em");
        kinds.setId("log-kinds");
        user.setPlaceholder("User name");
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
                .setHeader("Time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.kind().label())
                .setHeader("What")
                .setAutoWidth(true)
                .setKey("kind");
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.subject() != null ? e.subject() : e.subjectUser() == null ? "" : e.subjectUser())
                .setHeader("About")
                .setTooltipGenerator(e -> e.subject() != null ? e.subject() : e.subjectUser())
                .setFlexGrow(1);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader("Address")
                .setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader("Detail")
                .setTooltipGenerator(SecurityLogEntry::detail)
                .setFlexGrow(3);
        grid.setItems(query -> log.list(currentQuery(), query.getOffset(), query.getLimit()).stream());

        kinds.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        add(new H2("Security log"), filters, grid);
        setFlexGrow(1, grid);
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
            user.setErrorMessage(refused.errors().get(0).message() + " (not applied)");
            user.setInvalid(true);
            return new SecurityLogQuery(kinds.getValue(), null, start, end);
        }
    }
}
