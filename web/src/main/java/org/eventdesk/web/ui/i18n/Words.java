package org.eventdesk.web.ui.i18n;

import static org.eventdesk.web.ui.i18n.Texts.t;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import org.eventdesk.domain.dashboard.FigureTotal;
import org.eventdesk.domain.dashboard.FigureWeeks;
import org.eventdesk.domain.record.QueueCount;

/**
 * The domain's quantities in the reader's language: a queue's count, a total of figures with its qualifiers, a
 * duration. The domain describes them in English for logs and the API; on screen they are worded here, with the
 * same rules (a sum of "at least" figures stays "at least", a range stays a range).
 */
public final class Words {
    private Words() {}

    /** "1,234", "10,000+" or "about 52,000" (a count past the exact limit is an estimate, and says so). */
    public static String count(QueueCount count) {
        String number = Texts.number(count.value());
        return switch (count.kind()) {
            case EXACT -> number;
            case MORE_THAN -> t("words.count.more-than", number);
            case ABOUT -> t("words.count.about", number);
        };
    }

    /** A sum of figures as the qualifiers of its parts allow: "at least 12", "about 40–50", "fewer than 5". */
    public static String total(FigureTotal total) {
        String about = total.isApproximate() ? "words.total.about-" : "words.total.";
        String low = decimal(total.low());
        if (total.high().isEmpty()) {
            return t(about + (total.isLowExcluded() ? "more-than" : "at-least"), low);
        }
        String high = decimal(total.high().orElseThrow());
        if (total.low().compareTo(total.high().orElseThrow()) == 0) {
            return t(about + "exactly", low);
        }
        if (total.low().signum() == 0) {
            return t(about + (total.isHighExcluded() ? "fewer-than" : "at-most"), high);
        }
        if (total.isLowExcluded() || total.isHighExcluded()) {
            return t(
                    "words.total.between",
                    t(about + (total.isLowExcluded() ? "more-than" : "at-least"), low),
                    t(about + (total.isHighExcluded() ? "fewer-than" : "at-most"), high));
        }
        return t(about + "range", low, high);
    }

    /** A week's total with what was left out of it said, as the dashboard's table shows it. */
    public static String cell(FigureWeeks.Cell cell) {
        String words = total(cell.total());
        String setAside = cell.setAside() > 0 ? t("words.total.set-aside", cell.setAside()) : null;
        String leftOut = cell.total().leftOut() > 0
                ? t("words.total.left-out", cell.total().leftOut())
                : null;
        if (setAside != null && leftOut != null) {
            return t("words.total.with-two-notes", words, setAside, leftOut);
        }
        if (setAside != null || leftOut != null) {
            return t("words.total.with-note", words, setAside != null ? setAside : leftOut);
        }
        return words;
    }

    /** "45 s", "12 min", "3 h 20 min", "2 d 4 h": as precise as a reader of a weekly figure needs. */
    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return t("words.duration.seconds", duration.toSeconds());
        }
        if (minutes < 60) {
            return t("words.duration.minutes", minutes);
        }
        if (duration.toHours() < 24) {
            return t("words.duration.hours", duration.toHours(), duration.toMinutesPart());
        }
        return t("words.duration.days", duration.toDays(), duration.toHoursPart());
    }

    /** A figure's number as the reader writes it, with as many decimals as it has. */
    public static String decimal(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }
}
