package org.eventdesk.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.extraction.Tokens.Token;

/**
 * Finds clock times, days, parts of days, weeks and months, and reads them against the published time. The rules
 * in prose are on {@link Extractor}.
 */
final class TimeFinder {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday",
            DayOfWeek.MONDAY,
            "tuesday",
            DayOfWeek.TUESDAY,
            "wednesday",
            DayOfWeek.WEDNESDAY,
            "thursday",
            DayOfWeek.THURSDAY,
            "friday",
            DayOfWeek.FRIDAY,
            "saturday",
            DayOfWeek.SATURDAY,
            "sunday",
            DayOfWeek.SUNDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d{1,2}[.:]\\d{2}");
    /** The first words of every day, part-of-day, week or month expression: anything else is skipped at once. */
    private static final Set<String> TRIGGERS = Tokens.words(
            "overnight monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
                    + "this last next january february march april may june july august september october november "
                    + "december jan feb mar apr jun jul aug sep sept oct nov dec");

    private static final Set<String> PARTS = Tokens.words("morning afternoon evening night");
    /** "early on Thursday", "late Sunday". */
    private static final Set<String> EDGES = Tokens.words("early late");
    /** Zone abbreviations as fixed offsets in minutes. */
    private static final Map<String, Integer> ABBREVIATIONS = Map.ofEntries(
            Map.entry("gmt", 0),
            Map.entry("utc", 0),
            Map.entry("bst", 60),
            Map.entry("cet", 60),
            Map.entry("cest", 120),
            Map.entry("eet", 120),
            Map.entry("eest", 180),
            Map.entry("msk", 180),
            Map.entry("est", -300),
            Map.entry("edt", -240),
            Map.entry("cst", -360),
            Map.entry("cdt", -300),
            Map.entry("mst", -420),
            Map.entry("mdt", -360),
            Map.entry("pst", -480),
            Map.entry("pdt", -420),
            Map.entry("jst", 540),
            Map.entry("kst", 540),
            Map.entry("aest", 600),
            Map.entry("aedt", 660));
    /** "Kyiv time", "Moscow time": zones with their own daylight-saving rules. */
    private static final Map<String, String> CITY_ZONES = Map.ofEntries(
            Map.entry("kyiv", "Europe/Kyiv"),
            Map.entry("kiev", "Europe/Kyiv"),
            Map.entry("moscow", "Europe/Moscow"),
            Map.entry("london", "Europe/London"),
            Map.entry("uk", "Europe/London"),
            Map.entry("paris", "Europe/Paris"),
            Map.entry("berlin", "Europe/Berlin"),
            Map.entry("israel", "Asia/Jerusalem"),
            Map.entry("jerusalem", "Asia/Jerusalem"),
            Map.entry("gaza", "Asia/Gaza"),
            Map.entry("tehran", "Asia/Tehran"),
            Map.entry("beijing", "Asia/Shanghai"),
            Map.entry("tokyo", "Asia/Tokyo"),
            Map.entry("eastern", "America/New_York"),
            Map.entry("washington", "America/New_York"),
            Map.entry("pacific", "America/Los_Angeles"),
            Map.entry("central", "America/Chicago"));
    /**
     * Words that make a weekday or month forward-looking: "meeting ... on Sunday", "will travel on Monday" ("next"
     * counts only right before the day: "over the next four years ... Thursday night" is past).
     */
    private static final Set<String> FUTURE_CUES =
            Tokens.words("will 'll ’ll due scheduled planned plans plan expected upcoming ahead prepares preparing "
                    + "prepare would going set shall hopes intends route");

    private record Day(int first, int last, LocalDate date, String precision, String local) {}

    private final Tokens t;
    private final ZonedDateTime published;

    TimeFinder(Tokens tokens, ZonedDateTime published) {
        this.t = tokens;
        this.published = published;
    }

    List<TimeSuggestion> find() {
        List<Day> days = new ArrayList<>();
        List<TimeSuggestion> out = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            Day d = dayAt(i);
            if (d != null) {
                days.add(d);
                for (int k = d.first; k <= d.last; k++) {
                    used[k] = true;
                }
                i = d.last;
            }
        }
        for (Day d : days) {
            int start = t.get(d.first).start;
            int end = t.get(d.last).end;
            out.add(TimeSuggestion.ofPeriod(
                    start, end, t.text.substring(start, end), d.local, TimePrecision.valueOf(d.precision)));
        }
        for (int i = 0; i < t.size(); i++) {
            if (used[i] || !t.get(i).isNumber()) {
                continue;
            }
            TimeSuggestion clock = clockAt(i, days);
            if (clock != null) {
                out.add(clock);
                i = t.indexAt(clock.end()) - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private LocalDate publishedDate() {
        return published == null ? null : published.toLocalDate();
    }

    // ---- days, parts of days, weeks, months ---------------------------------------------------------------

    private Day dayAt(int i) {
        Token tok = t.get(i);
        if (!tok.isWord()) {
            return null;
        }
        String w = tok.bare;
        if (!TRIGGERS.contains(w)) {
            return null;
        }
        LocalDate today = publishedDate();
        // "overnight", "overnight on Friday", "overnight into Saturday"
        if (w.equals("overnight")) {
            int k = i + 1;
            if (t.lower(k).equals("on")
                    || t.lower(k).equals("into")
                    || t.lower(k).equals("from")) {
                k++;
            }
            DayOfWeek dow = WEEKDAYS.get(t.bare(k));
            if (dow != null) {
                LocalDate date = today == null ? null : weekday(dow, i, false);
                if (date != null && t.lower(k - 1).equals("into")) {
                    date = date.minusDays(1);
                }
                return new Day(i, k, date, "PART_OF_DAY", iso(date));
            }
            LocalDate date = today == null ? null : today.minusDays(1);
            return new Day(i, i, date, "PART_OF_DAY", iso(date));
        }
        DayOfWeek dow = WEEKDAYS.get(w);
        if (dow != null && ABBREVIATIONS.containsKey(t.lower(i - 1))) {
            return null; // "(2345 GMT Sunday)" belongs to the clock time before it
        }
        if (dow != null && tok.capitalised()) {
            String prev = t.lower(i - 1);
            boolean next = prev.equals("next");
            boolean last = prev.equals("last");
            int first = next || last ? i - 1 : i;
            LocalDate date = today == null ? null : weekday(dow, i, next);
            if (date != null && last && date.equals(today)) {
                date = date.minusWeeks(1);
            }
            String part = t.lower(i + 1);
            if (PARTS.contains(part) && !tok.lower.endsWith("s")) {
                return new Day(first, i + 1, date, "PART_OF_DAY", iso(date));
            }
            // "early on Thursday", "late Sunday": a part of the day, not all of it
            int edge = t.lower(i - 1).equals("on") ? i - 2 : i - 1;
            if (!next && !last && EDGES.contains(t.lower(edge))) {
                return new Day(edge, i, date, "PART_OF_DAY", iso(date));
            }
            // "Sunday, December 28": the date is the same day
            return new Day(first, i, date, "DAY", iso(date));
        }
        switch (w) {
            case "today":
                return new Day(i, i, today, "DAY", iso(today));
            case "yesterday":
                return new Day(i, i, shift(today, -1), "DAY", iso(shift(today, -1)));
            case "tomorrow":
                return new Day(i, i, shift(today, 1), "DAY", iso(shift(today, 1)));
            case "tonight":
                return new Day(i, i, today, "PART_OF_DAY", iso(today));
            default:
                break;
        }
        if ((w.equals("this") || w.equals("last") || w.equals("next")) && t.get(i + 1) != null) {
            String unit = t.lower(i + 1);
            int first = i;
            if (t.lower(i - 1).equals("earlier") || t.lower(i - 1).equals("later")) {
                first = i - 1;
            }
            int shift = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
            if (PARTS.contains(unit)) {
                LocalDate date = w.equals("last") ? shift(today, -1) : today;
                if (w.equals("next")) {
                    return null;
                }
                return new Day(first, i + 1, date, "PART_OF_DAY", iso(date));
            }
            if (unit.equals("week")) {
                LocalDate date = today == null ? null : today.plusWeeks(shift);
                String local = date == null
                        ? null
                        : String.format(
                                Locale.ROOT,
                                "%d-W%02d",
                                date.get(IsoFields.WEEK_BASED_YEAR),
                                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return new Day(first, i + 1, date, "WEEK", local);
            }
            if (unit.equals("month")) {
                LocalDate date = today == null ? null : today.plusMonths(shift);
                return new Day(
                        first,
                        i + 1,
                        date,
                        "MONTH",
                        date == null ? null : date.toString().substring(0, 7));
            }
            return null;
        }
        // Dates: "27 December", "December 27", "Dec. 27, 2025", "in December"
        Integer month = MONTHS.get(w);
        if (month != null && (t.joined(i) && t.lower(i + 1).equals("-") || w.length() == 3 && !isDateContext(i))) {
            return null; // "Mar-a-Lago"; "Jan" alone is a name
        }
        if (month != null && tok.capitalised() && !(w.equals("may") || w.equals("march"))
                || month != null && tok.capitalised() && isDateContext(i)) {
            return monthDate(i, month);
        }
        return null;
    }

    private boolean isDateContext(int i) {
        Token next = t.get(i + 1);
        Token prev = t.get(i - 1);
        return (next != null && next.isNumber())
                || (prev != null && prev.isNumber())
                || t.lower(i - 1).equals("in");
    }

    private Day monthDate(int i, int month) {
        LocalDate today = publishedDate();
        int k = i + 1;
        if (t.lower(k).equals(".")) {
            k++;
        }
        Integer day = dayNumber(k);
        int first = i;
        int last = i;
        if (day != null) {
            last = k;
        } else {
            Integer before = dayNumber(i - 1);
            if (before != null) {
                day = before;
                first = i - 1;
            }
        }
        Integer year = null;
        int y = last + 1;
        if (t.lower(y).equals(",")) {
            y++;
        }
        Token yt = t.get(y);
        if (yt != null
                && yt.isNumber()
                && Tokens.digits(yt.text, 4, 4)
                && (yt.text.startsWith("19") || yt.text.startsWith("20"))) {
            year = Integer.parseInt(yt.text);
            last = y;
        }
        if (year == null && today != null) {
            year = today.getYear();
            if (forwardLooking(i)) {
                // "will meet again in June": the coming June
                if (month < today.getMonthValue()) {
                    year++;
                }
            } else if (LocalDate.of(year, month, 1).isAfter(today.plusMonths(2))) {
                year--; // "December 27" read in early January means last year
            }
        }
        if (day == null) {
            if (year == null) {
                return new Day(first, last, null, "MONTH", null);
            }
            return new Day(first, last, null, "MONTH", String.format(Locale.ROOT, "%d-%02d", year, month));
        }
        if (year == null) {
            return new Day(first, last, null, "DAY", null);
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return new Day(first, last, date, "DAY", date.toString());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Integer dayNumber(int k) {
        Token tok = t.get(k);
        if (tok == null || !tok.isNumber() || !Tokens.digits(tok.text, 1, 2)) {
            return null;
        }
        int d = Integer.parseInt(tok.text);
        return d >= 1 && d <= 31 ? d : null;
    }

    /**
     * A weekday is the most recent such day on or before the published date, unless its sentence looks forward
     * (a future cue: "will", "is due", "ahead of", "prepares for", "would") or it says "next": then the next such
     * day on or after the published date.
     */
    private LocalDate weekday(DayOfWeek dow, int i, boolean next) {
        LocalDate today = publishedDate();
        if (next || forwardLooking(i)) {
            return today.with(TemporalAdjusters.nextOrSame(dow));
        }
        return today.with(TemporalAdjusters.previousOrSame(dow));
    }

    private boolean forwardLooking(int i) {
        if (t.lower(i - 1).equals("last") || t.lower(i - 1).equals("since")) {
            return false;
        }
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        for (int k = s; k < e; k++) {
            if (t.quoted(k) != t.quoted(i)) {
                continue; // "We will respond," he said of Sunday's attack: the quote's tense is not the report's
            }
            String w = t.lower(k);
            if (FUTURE_CUES.contains(w)) {
                if (w.equals("set") && !t.lower(k + 1).equals("to")) {
                    continue;
                }
                if (w.equals("going") && !t.lower(k + 1).equals("to")) {
                    continue;
                }
                return true;
            }
            if ((w.equals("is") || w.equals("are")) && t.lower(k + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** "overnight", "Friday night", "last night", "tonight": a night labelled by the evening it starts. */
    private boolean isNight(Day d) {
        if (!"PART_OF_DAY".equals(d.precision)) {
            return false;
        }
        for (int k = d.first; k <= d.last; k++) {
            String w = t.lower(k);
            if (w.equals("overnight") || w.equals("night") || w.equals("tonight")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate shift(LocalDate d, int days) {
        return d == null ? null : d.plusDays(days);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    // ---- clock times --------------------------------------------------------------------------------------

    private record Clock(int first, int last, int hour, int minute, boolean minutes) {}

    /** "11.20am", "2 a.m.", "7:45", "2300 GMT": the time and the tokens it covers. */
    private Clock clockOf(int i) {
        Token tok = t.get(i);
        if (tok == null || !tok.isNumber()) {
            return null;
        }
        String s = tok.text;
        int hour;
        int minute = 0;
        boolean minutes = false;
        boolean explicit = false;
        if (CLOCK.matcher(s).matches()) {
            String[] p = s.split("[.:]");
            hour = Integer.parseInt(p[0]);
            minute = Integer.parseInt(p[1]);
            minutes = true;
            explicit = s.contains(":");
        } else if (Tokens.digits(s, 1, 2)) {
            hour = Integer.parseInt(s);
        } else if (Tokens.digits(s, 4, 4)) {
            hour = Integer.parseInt(s.substring(0, 2));
            minute = Integer.parseInt(s.substring(2));
            minutes = true;
            // "2300 GMT" only with a zone after it
            if (!ABBREVIATIONS.containsKey(t.lower(i + 1)) && !t.lower(i + 1).equals("hrs")) {
                return null;
            }
            explicit = true;
        } else {
            return null;
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        int last = i;
        // am / pm / a.m. / p.m.
        String next = t.lower(i + 1);
        if (next.equals("am") || next.equals("pm")) {
            hour = ampm(hour, next.startsWith("p"));
            last = i + 1;
            explicit = true;
        } else if ((next.equals("a") || next.equals("p"))
                && t.lower(i + 2).equals(".")
                && t.lower(i + 3).equals("m")) {
            hour = ampm(hour, next.equals("p"));
            last = t.lower(i + 4).equals(".") && t.joined(i + 3) ? i + 4 : i + 3;
            explicit = true;
        }
        if (!explicit
                && !(minutes
                        && (ABBREVIATIONS.containsKey(next) || t.lower(i - 1).equals("at")))) {
            return null;
        }
        return new Clock(i, last, hour % 24, minute, minutes);
    }

    private static int ampm(int hour, boolean pm) {
        if (hour == 12) {
            return pm ? 12 : 0;
        }
        return pm ? hour + 12 : hour;
    }

    private TimeSuggestion clockAt(int i, List<Day> days) {
        Clock c = clockOf(i);
        if (c == null) {
            return null;
        }
        int last = c.last;
        Integer offset = null; // minutes east of UTC
        ZoneId zone = null;
        // A zone after the time: "GMT", "local time", "Kyiv time"
        String z = t.lower(last + 1);
        if (ABBREVIATIONS.containsKey(z)) {
            offset = ABBREVIATIONS.get(z);
            last++;
        } else if (z.equals("local") && t.lower(last + 2).equals("time")) {
            last += 2;
        } else if (CITY_ZONES.containsKey(z) && t.lower(last + 2).equals("time")) {
            zone = zone(CITY_ZONES.get(z));
            last += 2;
        }
        // The UTC reading in brackets: "(9.20am GMT)", "(2300 GMT Sunday)"
        Clock utcClock = null;
        DayOfWeek utcDay = null;
        if (t.lower(last + 1).equals("(")) {
            Clock inner = clockOf(last + 2);
            if (inner != null
                    && (t.lower(inner.last + 1).equals("gmt")
                            || t.lower(inner.last + 1).equals("utc"))) {
                int k = inner.last + 2;
                DayOfWeek d = WEEKDAYS.get(t.lower(k));
                if (d != null) {
                    utcDay = d;
                    k++;
                }
                if (t.lower(k).equals(")")) {
                    utcClock = inner;
                    last = k;
                }
            }
        }
        int start = t.get(c.first).start;
        int end = t.get(last).end;
        String text = t.text.substring(start, end);
        TimePrecision precision = c.minutes ? TimePrecision.MINUTE : TimePrecision.HOUR;
        if (published == null) {
            return TimeSuggestion.unresolved(start, end, text, precision);
        }
        LocalTime localTime = LocalTime.of(c.hour, c.minute);
        LocalDateTime local;
        if (utcClock != null) {
            int diff = (c.hour * 60 + c.minute) - (utcClock.hour * 60 + utcClock.minute);
            while (diff > 14 * 60) {
                diff -= 24 * 60;
            }
            while (diff < -12 * 60) {
                diff += 24 * 60;
            }
            offset = diff;
            if (utcDay != null) {
                LocalDate utcDate = published
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(utcDay));
                LocalDateTime utc = LocalDateTime.of(utcDate, LocalTime.of(utcClock.hour, utcClock.minute));
                local = utc.plusMinutes(diff);
                return result(start, end, text, local, offset, zone, precision);
            }
        }
        Day day = dayInSentence(i, days);
        LocalDate date;
        if (day != null && day.date != null && !"WEEK".equals(day.precision) && !"MONTH".equals(day.precision)) {
            date = day.date;
            if (isNight(day) && c.hour < 12) {
                date = date.plusDays(1); // "overnight" ... "at 2 a.m.": the night's second date
            }
        } else {
            ZonedDateTime ref = published;
            if (offset != null) {
                ref = published.withZoneSameInstant(ZoneOffset.ofTotalSeconds(offset * 60));
            } else if (zone != null) {
                ref = published.withZoneSameInstant(zone);
            }
            date = ref.toLocalDate();
            // A time later than publication, with no day given, was the day before.
            LocalDateTime candidate = LocalDateTime.of(date, localTime);
            if (candidate.isAfter(ref.toLocalDateTime().plusMinutes(30))) {
                date = date.minusDays(1);
            }
        }
        local = LocalDateTime.of(date, localTime);
        if (offset == null && zone != null) {
            offset = zone.getRules().getOffset(local).getTotalSeconds() / 60;
        }
        return result(start, end, text, local, offset, zone, precision);
    }

    private static TimeSuggestion result(
            int start,
            int end,
            String text,
            LocalDateTime local,
            Integer offset,
            ZoneId zone,
            TimePrecision precision) {
        return TimeSuggestion.ofClock(
                start,
                end,
                text,
                local,
                offset == null ? null : ZoneOffset.ofTotalSeconds(offset * 60),
                zone,
                precision);
    }

    /**
     * The day a clock time belongs to: the nearest day named in its sentence, else the last one named in the two
     * sentences before it ("... on Saturday. Fourteen officers were injured ... shortly before 4pm.").
     */
    /** Europe/Kyiv is the current name; a server's older time-zone data may only know Europe/Kiev. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of(id.equals("Europe/Kyiv") ? "Europe/Kiev" : "UTC");
        }
    }

    private Day dayInSentence(int i, List<Day> days) {
        Day best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Day d : days) {
            if (t.sentenceOf[d.first] != t.sentenceOf[i]) {
                continue;
            }
            int distance = Math.abs(d.first - i);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        for (Day d : days) {
            int back = t.sentenceOf[i] - t.sentenceOf[d.first];
            if (back > 0 && back <= 2 && "DAY PART_OF_DAY".contains(d.precision)) {
                best = d;
            }
        }
        return best;
    }
}
