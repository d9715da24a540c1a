package org.eventdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.extraction.Tokens.Token;

/**
 * Finds reported numbers, their qualifiers and what they count. The rules are documented on {@link Extractor};
 * this class is their implementation, token by token.
 */
final class FigureFinder {

    /** A number as read, before its qualifier is known. */
    private record NumberRead(
            int first,
            int last,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            boolean word,
            Qualifier impliedQualifier) {
        boolean fraction() {
            return numerator != null;
        }
    }

    private record Draft(
            Qualifier qualifier,
            BigDecimal value,
            BigDecimal low,
            BigDecimal high,
            BigDecimal numerator,
            BigDecimal denominator,
            int first,
            int last,
            int numberFirst,
            int numberLast,
            boolean child) {}

    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final java.util.regex.Pattern GROUPED_INTEGER =
            java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern CLOCK_DOT = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{2}");

    /** Words other than number words that can start an amount: "a dozen", "half of", "tens of thousands". */
    private static final Set<String> WORD_STARTS = Tokens.words("a an half tens hundreds dozens thousands millions "
            + String.join(" ", NumberWords.UNITS.keySet()) + " " + String.join(" ", NumberWords.TENS.keySet()));

    private static final Set<String> MONTHS =
            Tokens.words("january february march april may june july august september october november december "
                    + "jan feb mar apr jun jul aug sep sept oct nov dec");

    /** Units after a number that make it a measure, not a count of people or things. */
    private static final Set<String> UNITS =
            Tokens.words("hour hours hrs day days week weeks month months year years minute minutes mins second "
                    + "seconds decade decades century centuries km kilometres kilometers kilometre kilometer "
                    + "mile miles metre metres meter meters m ft feet foot cm mm kg kilograms kilos tonnes tons "
                    + "tonne ton degrees degree ° mph kph dollars dollar euros euro pounds pound hryvnias "
                    + "roubles rubles yuan yen shekels cents pence gw mw kw kwh litres liters barrels acres "
                    + "hectares gigawatts megawatts kilowatts terawatts bcm am pm gmt utc bst cet cest eet eest msk est edt pst pdt cst cdt hrs o'clock bc "
                    + "ad magnitude points point knots storeys stories floors inches inch mm gallons");

    /** Compound adjectives after "N-" that still count things: "a 5,000-strong crowd". */
    private static final Set<String> COUNTING_COMPOUNDS = Tokens.words("strong");

    /** Capitalised words after which a number is part of a name: "Group of 20", "Flight 370", "Article 5". */
    private static final Set<String> NAME_WORDS =
            Tokens.words("article resolution flight route highway channel chapter section phase apollo boeing "
                    + "airbus category level number no platform terminal gate unit block room ward page vol act "
                    + "session grade stage round season episode match game day week year class type model "
                    + "version line bus road street avenue building house district brigade battalion regiment "
                    + "division corps squadron fleet army formula windows iphone covid mh g su tu mig f kh s t "
                    + "bill rule protocol directive law cop vision agenda pillar stanag mk ak m");

    /** Quantity words that make a bare number word a count: "two people", "three drones". */
    private static final Set<String> COUNT_NOUNS =
            Tokens.words("people persons person civilians civilian residents resident children child kids minors "
                    + "teenagers women woman men man soldiers soldier troops servicemen serviceman fighters "
                    + "militants police officers officer policemen protesters protestors demonstrators marchers "
                    + "migrants refugees passengers workers students patients hostages hostage prisoners "
                    + "detainees journalists firefighters rescuers drones drone uavs missiles missile rockets "
                    + "rocket shells bombs airstrikes strikes attacks homes houses buildings building "
                    + "apartments flats schools hospitals vehicles cars tanks aircraft planes jets helicopters "
                    + "ships boats villages towns households families customers dead wounded injured casualties "
                    + "victims bodies deaths fatalities lives suspects members inmates crew sailors pilots "
                    + "doctors nurses staff employees volunteers tourists climbers miners shaheds others more "
                    + "individuals adults babies infants girls boys pupils voters supporters settlers guards "
                    + "attackers gunmen ministers leaders delegates countries nations states survivors evacuees "
                    + "centres centers shelters flights trucks lorries containers rescued personnel");

    private static final Set<String> WEEKDAYS =
            Tokens.words("monday tuesday wednesday thursday friday saturday sunday");

    private static final Set<String> CLAUSE_BREAKS =
            Set.of(",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "“", "”", "\"");
    private static final Set<String> CONJUNCTIONS = Tokens.words("and or but while whereas as after before when with");
    private static final Set<String> CHILD_CUES_1 = Tokens.words("including includes include");
    private static final Set<String> DETERMINERS =
            Tokens.words("the these those both his her their its our my your all every each which first last");

    private static final List<Map.Entry<String[], Qualifier>> PREFIXES = List.of(
            Map.entry(new String[] {"no", "fewer", "than"}, Qualifier.AT_LEAST),
            Map.entry(new String[] {"no", "less", "than"}, Qualifier.AT_LEAST),
            Map.entry(new String[] {"not", "less", "than"}, Qualifier.AT_LEAST),
            Map.entry(new String[] {"a", "minimum", "of"}, Qualifier.AT_LEAST),
            Map.entry(new String[] {"at", "least"}, Qualifier.AT_LEAST),
            Map.entry(new String[] {"no", "more", "than"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"not", "more", "than"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"a", "maximum", "of"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"as", "many", "as"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"up", "to"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"at", "most"}, Qualifier.AT_MOST),
            Map.entry(new String[] {"more", "than"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"upwards", "of"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"in", "excess", "of"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"well", "over"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"over"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"exceeding"}, Qualifier.MORE_THAN),
            Map.entry(new String[] {"fewer", "than"}, Qualifier.FEWER_THAN),
            Map.entry(new String[] {"less", "than"}, Qualifier.FEWER_THAN),
            Map.entry(new String[] {"under"}, Qualifier.FEWER_THAN),
            Map.entry(new String[] {"below"}, Qualifier.FEWER_THAN),
            Map.entry(new String[] {"an", "estimated"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"close", "to"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"almost"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"nearly"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"about"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"around"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"some"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"roughly"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"approximately"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"estimated"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"circa"}, Qualifier.APPROXIMATE),
            Map.entry(new String[] {"perhaps"}, Qualifier.APPROXIMATE));

    private final Tokens t;

    /** Last token of the figure found before the one being read, or -1. */
    private int lastFigureLast = -1;

    FigureFinder(Tokens tokens) {
        this.t = tokens;
    }

    List<FigureSuggestion> find() {
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            NumberRead a = amountAt(i);
            if (a == null) {
                i++;
                continue;
            }
            Draft d = qualify(a);
            if (d == null) {
                i = a.last + 1;
                continue;
            }
            drafts.add(d);
            lastFigureLast = d.last;
            i = d.numberLast + 1;
        }
        List<FigureSuggestion> out = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            Integer parent = null;
            String category;
            if (d.child) {
                parent = parentOf(drafts, k);
            }
            category = new FigureCategories(t).categorise(d.numberFirst, d.numberLast, parent != null);
            if (category == null && parent != null) {
                category = out.get(parent).category(); // "four of them seriously" counts the same thing
            }
            if (category == null && k > 0 && coordinated(drafts.get(k - 1), d)) {
                category = out.get(k - 1).category(); // "crowds of about 8,000 and 3,000"
            }
            int start = t.get(d.first).start;
            int end = t.get(d.last).end;
            out.add(new FigureSuggestion(
                    category,
                    new org.eventdesk.domain.record.Amount(
                            d.qualifier, d.value, d.low, d.high, d.numerator, d.denominator),
                    parent,
                    start,
                    end,
                    t.text.substring(start, end)));
        }
        return out;
    }

    private boolean coordinated(Draft before, Draft d) {
        int gap = d.first - before.last;
        String between = t.lower(before.last + 1);
        return gap == 2 && (between.equals("and") || between.equals("or") || between.equals(","));
    }

    /** The nearest figure before draft k in the same sentence. */
    private Integer parentOf(List<Draft> drafts, int k) {
        int sentence = t.sentenceOf[drafts.get(k).first];
        for (int j = k - 1; j >= 0; j--) {
            if (t.sentenceOf[drafts.get(j).first] != sentence) {
                return null;
            }
            if (!drafts.get(j).child) {
                return j;
            }
        }
        return null;
    }

    // ---- reading the number -------------------------------------------------------------------------------

    private NumberRead amountAt(int i) {
        Token tok = t.get(i);
        if (tok.isNumber()) {
            return digitsAt(i);
        }
        if (!tok.isWord()) {
            return null;
        }
        return wordsAt(i);
    }

    private NumberRead digitsAt(int i) {
        Token tok = t.get(i);
        String s = tok.text;
        if (s.contains(":")) {
            return null; // a clock time
        }
        BigDecimal v;
        if (GROUPED.matcher(s).matches()) {
            v = new BigDecimal(s.replace(",", ""));
        } else if (PLAIN.matcher(s).matches()) {
            v = new BigDecimal(s);
        } else {
            return null;
        }
        int last = i;
        // "2.5 million", "1.2bn"
        Long scale = NumberWords.SCALES.get(t.lower(i + 1));
        if (scale != null && scale >= 1000) {
            v = v.multiply(BigDecimal.valueOf(scale)).stripTrailingZeros();
            last = i + 1;
        }
        // "90%", "90 per cent", "90 percent"
        if (t.lower(last + 1).equals("%") && t.joined(last)) {
            return new NumberRead(i, last + 1, null, v, BigDecimal.valueOf(100), false, Qualifier.FRACTION);
        }
        if (t.matches(last + 1, "per", "cent") || t.matches(last + 1, "percent")) {
            int end = t.lower(last + 1).equals("percent") ? last + 1 : last + 2;
            return new NumberRead(i, end, null, v, BigDecimal.valueOf(100), false, Qualifier.FRACTION);
        }
        // "1 in 5"
        if (t.lower(last + 1).equals("in")
                && t.get(last + 2) != null
                && t.get(last + 2).isNumber()) {
            BigDecimal d = parsePlain(t.get(last + 2).text);
            if (d != null) {
                return new NumberRead(i, last + 2, null, v, d, false, Qualifier.FRACTION);
            }
        }
        return new NumberRead(
                i,
                last,
                v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(),
                null,
                null,
                false,
                null);
    }

    private static BigDecimal parsePlain(String s) {
        if (GROUPED_INTEGER.matcher(s).matches() || Tokens.digits(s, 1, 12)) {
            return new BigDecimal(s.replace(",", ""));
        }
        return null;
    }

    private NumberRead wordsAt(int i) {
        String w = t.lower(i);
        if (!WORD_STARTS.contains(w)) {
            return null;
        }
        // Vague plurals: "dozens", "hundreds of", "tens of thousands"
        if (w.equals("tens") && t.matches(i + 1, "of", "thousands")) {
            return new NumberRead(i, i + 2, BigDecimal.valueOf(20_000), null, null, true, Qualifier.AT_LEAST);
        }
        if (w.equals("hundreds") && t.matches(i + 1, "of", "thousands")) {
            return new NumberRead(i, i + 2, BigDecimal.valueOf(200_000), null, null, true, Qualifier.AT_LEAST);
        }
        if (NumberWords.VAGUE.containsKey(w)) {
            return new NumberRead(
                    i, i, BigDecimal.valueOf(NumberWords.VAGUE.get(w)), null, null, true, Qualifier.AT_LEAST);
        }
        // Fractions: "a third of", "two-thirds of", "half of", "one in five"
        NumberRead fraction = fractionAt(i);
        if (fraction != null) {
            return fraction;
        }
        // "a dozen", "a hundred", "a thousand"
        if ((w.equals("a") || w.equals("an")) && t.get(i + 1) != null) {
            String next = t.lower(i + 1);
            if (next.equals("dozen")) {
                return new NumberRead(i, i + 1, BigDecimal.valueOf(12), null, null, true, Qualifier.APPROXIMATE);
            }
            Long scale = NumberWords.SCALES.get(next);
            if (scale != null && !next.equals("bn")) {
                long[] rest = wordValue(i + 2, scale);
                return new NumberRead(
                        i,
                        rest == null ? i + 1 : (int) rest[1],
                        BigDecimal.valueOf(rest == null ? scale : rest[0]),
                        null,
                        null,
                        true,
                        null);
            }
            return null;
        }
        if (!NumberWords.isNumberWord(w)) {
            return null;
        }
        long[] v = wordValue(i, 0);
        if (v == null) {
            return null;
        }
        int last = (int) v[1];
        long value = v[0];
        if (t.lower(last + 1).equals("dozen")) {
            value *= 12;
            last++;
        }
        // "one in five"
        if (t.lower(last + 1).equals("in") && NumberWords.isNumberWord(t.lower(last + 2))) {
            long[] d = wordValue(last + 2, 0);
            if (d != null) {
                return new NumberRead(
                        i,
                        (int) d[1],
                        null,
                        BigDecimal.valueOf(value),
                        BigDecimal.valueOf(d[0]),
                        true,
                        Qualifier.FRACTION);
            }
        }
        // "2 million" written as words: "two million"
        return new NumberRead(i, last, BigDecimal.valueOf(value), null, null, true, null);
    }

    /**
     * Reads number words from token i ("twenty-five", "one hundred and twenty", "three million"). Returns {value,
     * last token index} or null. {@code start} seeds the value for "a hundred and ...".
     */
    private long[] wordValue(int i, long start) {
        long total = 0;
        long current = start;
        int last = i - 1;
        int k = i;
        boolean any = start > 0;
        while (k < t.size()) {
            String w = t.lower(k);
            if (NumberWords.UNITS.containsKey(w)) {
                current += NumberWords.UNITS.get(w);
            } else if (NumberWords.TENS.containsKey(w)) {
                current += NumberWords.TENS.get(w);
                // "twenty-five"
                if (t.lower(k + 1).equals("-")
                        && t.joined(k)
                        && t.joined(k + 1)
                        && NumberWords.UNITS.containsKey(t.lower(k + 2))
                        && NumberWords.UNITS.get(t.lower(k + 2)) < 10) {
                    current += NumberWords.UNITS.get(t.lower(k + 2));
                    k += 2;
                }
            } else if (NumberWords.SCALES.containsKey(w) && any && !w.equals("bn")) {
                long scale = NumberWords.SCALES.get(w);
                if (scale == 100) {
                    current *= 100;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
            } else if (w.equals("and")
                    && any
                    && (NumberWords.isNumberWord(t.lower(k + 1)))
                    && (t.lower(k - 1).equals("hundred") || t.lower(k - 1).equals("thousand"))) {
                k++;
                continue;
            } else {
                break;
            }
            any = true;
            last = k;
            k++;
        }
        if (!any || last < i && start == 0) {
            return null;
        }
        return new long[] {total + current, Math.max(last, i - 1)};
    }

    private NumberRead fractionAt(int i) {
        String w = t.lower(i);
        // "half of", "half the"
        if (w.equals("half") && (t.lower(i + 1).equals("of") || t.lower(i + 1).equals("the"))) {
            int first = t.lower(i - 1).equals("a") || t.lower(i - 1).equals("one") ? i - 1 : i;
            if (first != i) {
                return null; // handled when the loop reaches "a"/"one"
            }
            return new NumberRead(i, i, null, BigDecimal.ONE, BigDecimal.valueOf(2), true, Qualifier.FRACTION);
        }
        long numerator;
        int denomIndex;
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
            numerator = 1;
            denomIndex = i + 1;
        } else if (NumberWords.UNITS.containsKey(w) && NumberWords.UNITS.get(w) < 10) {
            numerator = NumberWords.UNITS.get(w);
            denomIndex = t.lower(i + 1).equals("-") ? i + 2 : i + 1;
        } else {
            return null;
        }
        Integer denominator = NumberWords.FRACTIONS.get(t.lower(denomIndex));
        if (denominator == null) {
            return null;
        }
        // Only "of" makes it a share: "a third of the capital"; "a third strike" is an ordinal.
        if (!t.lower(denomIndex + 1).equals("of")
                && !(denominator == 2 && t.lower(denomIndex + 1).equals("the"))) {
            return null;
        }
        return new NumberRead(
                i,
                denomIndex,
                null,
                BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator),
                true,
                Qualifier.FRACTION);
    }

    // ---- deciding whether it is a figure, and its qualifier --------------------------------------------------

    private Draft qualify(NumberRead a) {
        if (a.fraction()) {
            int first = a.first;
            return new Draft(
                    Qualifier.FRACTION,
                    null,
                    null,
                    null,
                    a.numerator,
                    a.denominator,
                    first,
                    a.last,
                    a.first,
                    a.last,
                    childCue(first));
        }
        if (!isCount(a)) {
            return null;
        }
        // Ranges: "between 10 and 20", "10 to 20", "10-20", "two or three"
        Draft range = rangeFrom(a);
        if (range != null) {
            return range;
        }
        Qualifier q = a.impliedQualifier == null ? Qualifier.EXACT : a.impliedQualifier;
        int first = a.first;
        int last = a.last;
        Map.Entry<Integer, Qualifier> prefix = prefixQualifier(a.first);
        if (prefix != null) {
            q = prefix.getValue();
            first = prefix.getKey();
        }
        // Suffixes: "40 or more", "40 or so", "40-odd", "40-plus"
        if (t.matches(last + 1, "or", "more")) {
            q = Qualifier.AT_LEAST;
            last += 2;
        } else if (t.matches(last + 1, "or", "so")) {
            q = Qualifier.APPROXIMATE;
            last += 2;
        } else if (t.lower(last + 1).equals("-")
                && t.joined(last)
                && t.lower(last + 2).equals("odd")) {
            q = Qualifier.APPROXIMATE;
            last += 2;
        } else if ((t.lower(last + 1).equals("-") && t.lower(last + 2).equals("plus"))
                || t.lower(last + 1).equals("+") && t.joined(last)) {
            q = Qualifier.MORE_THAN;
            last += t.lower(last + 1).equals("+") ? 1 : 2;
        }
        return new Draft(
                q,
                a.value,
                null,
                null,
                null,
                null,
                first,
                last,
                a.first,
                a.last,
                childCue(first) || childCueAfter(last));
    }

    private Map.Entry<Integer, Qualifier> prefixQualifier(int numberFirst) {
        for (Map.Entry<String[], Qualifier> p : PREFIXES) {
            String[] words = p.getKey();
            if (t.precededBy(numberFirst, words)) {
                int first = numberFirst - words.length;
                // "some of the 40" is not "some 40"; "over" must not be "taken over"
                if (words[0].equals("over")
                        && t.get(first - 1) != null
                        && Set.of("taken", "took", "take", "handed", "hand", "all", "spread")
                                .contains(t.lower(first - 1))) {
                    continue;
                }
                return Map.entry(first, p.getValue());
            }
        }
        return null;
    }

    /** "four of them seriously": the part follows the number. */
    private boolean childCueAfter(int last) {
        return t.matches(last + 1, "of", "them")
                || t.matches(last + 1, "of", "whom")
                || t.matches(last + 1, "of", "those");
    }

    private boolean childCue(int first) {
        String p1 = t.lower(first - 1);
        return CHILD_CUES_1.contains(p1)
                || t.precededBy(first, "among", "them")
                || t.precededBy(first, "among", "whom")
                || t.precededBy(first, "of", "whom")
                || t.precededBy(first, "of", "them")
                || t.precededBy(first, "of", "which")
                || t.precededBy(first, "among", "those");
    }

    private Draft rangeFrom(NumberRead a) {
        // "between X and Y"
        if (t.lower(a.first - 1).equals("between") && t.lower(a.last + 1).equals("and")) {
            NumberRead b = amountAt(a.last + 2);
            if (b != null && !b.fraction() && b.value.compareTo(a.value) > 0) {
                BigDecimal low = scaleLike(a, b);
                return new Draft(
                        Qualifier.RANGE,
                        null,
                        low,
                        b.value,
                        null,
                        null,
                        a.first - 1,
                        b.last,
                        a.first,
                        b.last,
                        childCue(a.first - 1));
            }
        }
        String sep = t.lower(a.last + 1);
        boolean dash = (sep.equals("-") || sep.equals("–")) && t.joined(a.last) && t.joined(a.last + 1);
        boolean to = sep.equals("to") && !t.lower(a.first - 1).equals("from");
        boolean or = sep.equals("or") && a.word;
        if (dash || to || or) {
            NumberRead b = amountAt(a.last + 2);
            if (b != null && !b.fraction() && b.value.compareTo(a.value) > 0 && isCount(b)) {
                BigDecimal low = scaleLike(a, b);
                int first = a.first;
                Map.Entry<Integer, Qualifier> prefix = prefixQualifier(a.first);
                if (prefix != null && prefix.getValue() == Qualifier.APPROXIMATE) {
                    first = prefix.getKey();
                }
                return new Draft(
                        Qualifier.RANGE,
                        null,
                        low,
                        b.value,
                        null,
                        null,
                        first,
                        b.last,
                        a.first,
                        b.last,
                        childCue(first));
            }
        }
        return null;
    }

    /** "2 to 3 million": the low end shares the high end's scale word. */
    private BigDecimal scaleLike(NumberRead a, NumberRead b) {
        if (a.first == a.last && b.last > b.first && NumberWords.SCALES.containsKey(t.lower(b.last))) {
            long scale = NumberWords.SCALES.get(t.lower(b.last));
            if (a.value.compareTo(BigDecimal.valueOf(1000)) < 0) {
                return a.value
                        .multiply(BigDecimal.valueOf(scale))
                        .stripTrailingZeros()
                        .setScale(0);
            }
        }
        return a.value;
    }

    /** The non-figure rules: years, clock times, dates, ages, magnitudes, measures, names with numbers. */
    private boolean isCount(NumberRead a) {
        Token first = t.get(a.first);
        Token last = t.get(a.last);
        String next = t.lower(a.last + 1);
        String next2 = t.lower(a.last + 2);
        String prev = t.lower(a.first - 1);
        Token prevTok = t.get(a.first - 1);
        boolean nextJoined = t.joined(a.last);
        boolean prevJoined = a.first > 0 && t.joined(a.first - 1);

        if (first.isNumber()) {
            String s = first.text;
            // Clock times: "11.20am", "9.20", "2300 GMT", "7 am"
            if (CLOCK_DOT.matcher(s).matches()
                    && (next.equals("am")
                            || next.equals("pm")
                            || next.equals("a")
                            || next.equals("p")
                            || prev.equals("at")
                            || prev.equals("(")
                            || next.equals("gmt")
                            || next.equals("local"))) {
                return false;
            }
            if (a.first == a.last
                    && Tokens.digits(s, 1, 2)
                    && (next.equals("am")
                            || next.equals("pm")
                            || ((next.equals("a") || next.equals("p")) && next2.equals(".")))) {
                return false;
            }
            if (Tokens.digits(s, 4, 4)
                    && (next.equals("gmt")
                            || next.equals("utc")
                            || next.equals("hrs")
                            || next.equals("local")
                            || next.equals("hours") && prev.equals("at"))) {
                return false;
            }
            // Years
            if (a.first == a.last && Tokens.digits(s, 4, 4)) {
                int year = Integer.parseInt(s);
                if (year >= 1800 && year <= 2100 && !COUNT_NOUNS.contains(next)) {
                    return false;
                }
            }
            // Ordinals and names glued to letters: "27th", "G7", "5G", "F-16", "COVID-19", "Su-34"
            if (nextJoined && t.get(a.last + 1).isWord() && !next.equals("bn") && !next.equals("m")) {
                return false;
            }
            if (prevJoined
                    && (prevTok.isWord()
                            || prev.equals("$")
                            || prev.equals("£")
                            || prev.equals("€")
                            || prev.equals("#"))) {
                return false;
            }
            if (prevJoined
                    && (prev.equals("-") || prev.equals("/"))
                    && t.get(a.first - 2) != null
                    && t.joined(a.first - 2)
                    && t.get(a.first - 2).isWord()) {
                return false;
            }
            if (prevJoined
                    && prev.equals("-")
                    && t.get(a.first - 2) != null
                    && t.get(a.first - 2).isNumber()) {
                return false; // the high end of a range or a score, read with the low end
            }
            // Money: "$5", "£3bn", "US$2 million"
            if (prev.equals("$") || prev.equals("£") || prev.equals("€")) {
                return false;
            }
            // Dates: "27 December", "December 27", "Dec. 27"
            if (MONTHS.contains(next)
                    || MONTHS.contains(prev)
                    || (prev.equals(".") && MONTHS.contains(t.lower(a.first - 2)))) {
                return false;
            }
            // Decimals other than scaled ones ("2.5 million") are measures: "6.1", "3.5 metres"
            if (s.contains(".") && a.first == a.last) {
                return false;
            }
        }
        // Names with numbers: "Group of 20", "Flight 370", "Article 5", "Interstate 5", "Lady Mindanao 3"
        if (prevTok != null && prevTok.capitalised() && NAME_WORDS.contains(prev)) {
            return false;
        }
        if (first.isNumber()
                && prevTok != null
                && prevTok.capitalised()
                && !MONTHS.contains(prev)
                && !WEEKDAYS.contains(t.bare(a.first - 1))
                && t.sentenceStart(a.first) != a.first - 1
                && !COUNT_NOUNS.contains(next)
                && !UNITS.contains(next)
                && !next.equals("%")
                && !(next.equals("per") && next2.equals("cent"))
                && !NumberWords.SCALES.containsKey(next)) {
            return false;
        }
        if (prev.equals("of") && t.lower(a.first - 2).equals("group")) {
            return false;
        }
        // Ages: "aged 60", "a 34-year-old", "60 years old", "John Smith, 34,"
        if (prev.equals("aged") || prev.equals("age") || prev.equals("ages")) {
            return false;
        }
        if (UNITS.contains(next) && (next2.equals("old") || next2.equals("-"))) {
            return false;
        }
        // Magnitudes: "magnitude 6.1", "6.1-magnitude"
        if (prev.equals("magnitude")
                || (prev.equals("-") && t.lower(a.first - 2).equals("magnitude"))) {
            return false;
        }
        // Compound adjectives "10-hour", "20-point", "15-year", "34-year-old"; "5,000-strong" still counts.
        if (next.equals("-")
                && nextJoined
                && t.get(a.last + 2) != null
                && t.get(a.last + 2).isWord()
                && t.joined(a.last + 1)) {
            if (!COUNTING_COMPOUNDS.contains(next2) && !next2.equals("odd") && !next2.equals("plus")) {
                return false;
            }
        }
        // Measures: "10 hours", "3 km", "5 million dollars"
        if (UNITS.contains(next) && !(next.equals("m") && !first.isNumber())) {
            return false;
        }
        if ((next.equals("per") && !next2.equals("cent")) || next.equals("°")) {
            return false;
        }
        // Age in apposition: "Olena Koval, 34, said"
        if (prev.equals(",")
                && next.equals(",")
                && first.isNumber()
                && a.first == a.last
                && t.get(a.first - 2) != null
                && t.get(a.first - 2).capitalised()) {
            int v = a.value.intValue();
            if (v > 0 && v < 120) {
                return false;
            }
        }
        if (a.word) {
            return wordIsCount(a);
        }
        return true;
    }

    /**
     * A number written as a word is a figure only in a counting context: a count noun follows, a casualty verb is
     * next to it, a qualifier or "including" comes before it. That keeps "one of the", "the two leaders" and "two
     * years" out.
     */
    private boolean wordIsCount(NumberRead a) {
        String prev = t.lower(a.first - 1);
        String w = t.lower(a.first);
        if (a.impliedQualifier == Qualifier.AT_LEAST || a.impliedQualifier == Qualifier.APPROXIMATE) {
            // "dozens", "hundreds", "a dozen": still need a countable context
            return countContext(a) || FigureCategories.VERB_BEFORE.containsKey(prev);
        }
        if (DETERMINERS.contains(prev)
                || prev.equals("no")
                || (w.equals("one")
                        && (t.lower(a.last + 1).equals("of")
                                || t.lower(a.last + 1).equals("another")
                                || prev.equals("no")
                                || prev.equals("at")))) {
            return false;
        }
        if (prefixQualifier(a.first) != null || childCue(a.first)) {
            return true; // "at least two", "including three"
        }
        if ((prev.equals("and") || prev.equals("or"))
                && lastFigureLast >= 0
                && t.sentenceOf[lastFigureLast] == t.sentenceOf[a.first]
                && a.first - lastFigureLast <= 12) {
            return true; // "57 were charged ... and nine with assault": the count goes on
        }
        return countContext(a) || FigureCategories.VERB_BEFORE.containsKey(prev);
    }

    private boolean countContext(NumberRead a) {
        for (int k = a.last + 1; k <= a.last + 3 && k < t.size(); k++) {
            String w = t.lower(k);
            if (COUNT_NOUNS.contains(w)) {
                return true;
            }
            // "two managers", "three ambulances": a plural noun counts what it names (units were ruled out before)
            if (k <= a.last + 2
                    && a.impliedQualifier == null
                    && a.value != null
                    && a.value.compareTo(java.math.BigDecimal.ONE) > 0
                    && t.get(k).isWord()
                    && !t.get(k).capitalised()
                    && w.length() > 3
                    && w.endsWith("s")
                    && !w.endsWith("ss")
                    && !w.endsWith("us")
                    && !UNITS.contains(w)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (k == a.last + 1
                    && (w.equals("were")
                            || w.equals("was")
                            || w.equals("died")
                            || w.equals("are")
                            || w.equals("have")
                            || w.equals("had")
                            || w.equals("remain"))) {
                return true;
            }
            if (k == a.last + 1
                    && w.equals("of")
                    && (t.lower(k + 1).equals("them")
                            || t.lower(k + 1).equals("those")
                            || t.lower(k + 1).equals("the"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isClauseBreak(String lower) {
        return CLAUSE_BREAKS.contains(lower);
    }

    static boolean isConjunction(String lower) {
        return CONJUNCTIONS.contains(lower);
    }
}
