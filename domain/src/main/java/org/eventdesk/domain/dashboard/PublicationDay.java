package org.eventdesk.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.record.PublicationKind;

/** Records published on one day of the window (UTC): first publications and corrections, counted apart. */
public record PublicationDay(LocalDate day, int published, int corrected) {

    /** One entry of the publication log, as the dashboard counts it. */
    public record Entry(Instant at, PublicationKind kind) {}

    /** Every day of the window, oldest first, days without publications too; retractions are not publications. */
    public static List<PublicationDay> of(List<Entry> entries, DeskWindow window) {
        Map<LocalDate, int[]> days = new LinkedHashMap<>();
        window.days().forEach(day -> days.put(day, new int[2]));
        for (Entry entry : entries) {
            int[] counts = days.get(DeskWindow.dayOf(entry.at()));
            if (counts == null) {
                continue;
            }
            switch (entry.kind()) {
                case PUBLISHED -> counts[0]++;
                case CORRECTED -> counts[1]++;
                case RETRACTED -> {
                    // A withdrawal is not a publication.
                }
            }
        }
        return days.entrySet().stream()
                .map(e -> new PublicationDay(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
