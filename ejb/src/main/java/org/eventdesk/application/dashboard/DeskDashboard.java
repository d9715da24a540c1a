package org.eventdesk.application.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.application.record.StatusEstimates;
import org.eventdesk.domain.dashboard.DeskActivity;
import org.eventdesk.domain.dashboard.DeskWindow;
import org.eventdesk.domain.dashboard.FigureWeeks;
import org.eventdesk.domain.dashboard.PublicationDay;
import org.eventdesk.domain.dashboard.ReviewWeeks;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.user.Role;

/** The desk's dashboard: what waits now, and the last {@link DeskWindow#WEEKS} weeks of work and of what happened. */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class DeskDashboard {
    /** The steps where records wait for a person (or the scheduler), in the workflow's order. */
    static final List<RecordStatus> QUEUES = List.of(
            RecordStatus.DRAFT,
            RecordStatus.SUBMITTED,
            RecordStatus.RETURNED,
            RecordStatus.APPROVED,
            RecordStatus.SCHEDULED);

    @Inject
    private DeskActivity activity;

    @Inject
    private TaxonomyRepository taxonomy;

    @Inject
    private StatusEstimates statusEstimates;

    @Inject
    private Clock clock;

    public Dashboard read() {
        DeskWindow window = DeskWindow.lastWeeks(clock.instant(), DeskWindow.WEEKS);

        List<Dashboard.QueueSize> queues = new ArrayList<>();
        for (RecordStatus status : QUEUES) {
            long counted = activity.countUpTo(status, QueueCount.EXACT_UP_TO + 1);
            queues.add(new Dashboard.QueueSize(
                    status,
                    counted <= QueueCount.EXACT_UP_TO
                            ? QueueCount.exact(counted)
                            : QueueCount.about(Math.max(counted, statusEstimates.estimate(status)))));
        }

        List<PublicationDay> published = PublicationDay.of(activity.publicationsSince(window.start()), window);
        List<ReviewWeeks.Week> reviews =
                ReviewWeeks.of(activity.reviewSteps(activity.recordsDecidedSince(window.start())), window);

        Map<String, String> labels = new LinkedHashMap<>();
        taxonomy.figureCategories().forEach(c -> labels.put(c.getCode(), c.getLabel()));
        List<FigureWeeks.Cell> figures = FigureWeeks.sum(
                activity.publishedFigures(window.start(), window.end()), window, List.copyOf(labels.keySet()));
        return new Dashboard(window, List.copyOf(queues), published, reviews, figures, Map.copyOf(labels));
    }
}
