package org.eventdesk.application.dashboard;

import java.util.List;
import java.util.Map;
import org.eventdesk.domain.dashboard.DeskWindow;
import org.eventdesk.domain.dashboard.FigureWeeks;
import org.eventdesk.domain.dashboard.PublicationDay;
import org.eventdesk.domain.dashboard.ReviewWeeks;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordStatus;

/**
 * Everything the dashboard shows, read at one moment for one window.
 *
 * @param queues how many records wait in each step of the workflow now, desk-wide
 * @param published every day of the window, days without publications too
 * @param reviews every week of the window
 * @param figures per category (the taxonomy's order) and week, only where published records gave figures
 * @param categoryLabels the figure categories' labels by code
 */
public record Dashboard(
        DeskWindow window,
        List<QueueSize> queues,
        List<PublicationDay> published,
        List<ReviewWeeks.Week> reviews,
        List<FigureWeeks.Cell> figures,
        Map<String, String> categoryLabels) {

    /** The records a step of the workflow holds. */
    public record QueueSize(RecordStatus status, QueueCount count) {}

    /** The categories that have figures in the window, in the taxonomy's order. */
    public List<String> figureCategories() {
        return figures.stream().map(FigureWeeks.Cell::category).distinct().toList();
    }

    public String label(String category) {
        return categoryLabels.getOrDefault(category, category);
    }
}
