package org.eventdesk.extraction;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.TimePrecision;

/**
 * Proposes the events an article reports, each a complete draft ({@link ProposedEvent}), from the article's text,
 * its published time and what the {@link Extractor} suggested for it. Rule-based and deterministic like the
 * extractor; it holds no state and may be shared by all threads. Nothing it proposes is saved: an editor picks
 * the events to create and prunes their facts.
 *
 * <h2>Clauses</h2>
 *
 * The text is read sentence by sentence (the extractor's sentences), each cut into clauses before "after", "as",
 * "while", "but" and "when" that follow a comma (and before "after" and "as" followed by a capitalised word or an
 * article even without a comma: "The intense bombardments come after Mr Zelensky said"), and at semicolons and
 * dashes. A clause is <b>background</b>, and gives no event and no facts, when it names a year before the
 * published one ("in 2023", "since April 2023", "which killed more than 1,100 people in 2013") and no time within
 * 30 days of publication; times more than 30 days before publication are ignored everywhere. A paragraph that
 * ends with a bracketed photo credit ("(Ukrainian Emergency Service/AFP/Getty)") is a caption and is skipped.
 *
 * <h2>Triggers and types</h2>
 *
 * Words outside quotation marks name the kind of event (its <em>family</em>):
 *
 * <ul>
 *   <li>political violence: drone(s), airstrike, air strike, bombardment, bombing, missile(s), shelling,
 *       artillery, mortar(s), and "strike(s)" in a clause that does not speak of workers, unions or trains. The
 *       sub-type comes from the event's first clause: drones, air strikes and bombardments make
 *       {@code EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE}, shelling, artillery and missiles alone
 *       {@code EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK}. "attack(s)", "attacked",
 *       "attacking" are weak: they continue the latest violent event, or start one of its type, or, with none
 *       yet, {@code VIOLENCE_AGAINST_CIVILIANS.ATTACK}.
 *   <li>demonstrations: protest(s), protesters, demonstration(s), demonstrators, march(es), marched, rally,
 *       rallies, walkout, and a labour "strike". People killed where police or soldiers fired, and no violence by
 *       the demonstrators told (stones, bottles, looting, torching), makes
 *       {@code PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS}; the demonstrators' violence, "violence", "riots" or
 *       "turned violent" {@code RIOTS.VIOLENT_DEMONSTRATION}; arrests, detentions, tear gas, water cannon,
 *       dispersal or clashes {@code PROTESTS.PROTEST_WITH_INTERVENTION}; else {@code PROTESTS.PEACEFUL_PROTEST}.
 *   <li>drones, missiles or rockets shot down, intercepted, downed or destroyed: part of the violent event touched
 *       last when it used that weapon, else an event of their own,
 *       {@code STRATEGIC_DEVELOPMENTS.DISRUPTED_WEAPONS_USE}.
 *   <li>calamities: earthquake, quake, flood(s), flooding, wildfire, storm, hurricane, typhoon, cyclone,
 *       tornado, landslide, tsunami, eruption ({@code DISASTER}); crash(ed), collision, collided, derailed,
 *       capsized, sank, plunged, collapse(d) ({@code ACCIDENT}). "fire" and "blaze" are weak (a fire continues
 *       the latest event; with none it is an {@code ACCIDENT}); not in "opened fire", "caught fire", "fire
 *       officials/service/department".
 *   <li>talks: meeting, meet, met, summit ({@code MEETING}); talks, negotiations, discuss ({@code NEGOTIATION});
 *       agreed, signed ({@code AGREEMENT}; "a deal", "an agreement" are mostly what talks are about). The event's
 *       type is its most frequent of the three (ties: agreement, then meeting).
 *   <li>"released" or "freed" with hostages, prisoners or detainees in the clause:
 *       {@code STRATEGIC_DEVELOPMENTS.OTHER}.
 *   <li>a statement ("warned", "urged", "appealed") only in the article's first sentence and only when it has no
 *       other trigger: {@code STATEMENT}. Elsewhere statements are claims of the events they speak about.
 * </ul>
 *
 * <h2>Events</h2>
 *
 * A clause with a trigger joins an event of its family whose date is within a day of the clause's own (or
 * either has none, or the clause tells when the event already named took place: "The collapse happened at ..."),
 * else starts a new event: of several, the talks sharing most of the people its sentence names,
 * else the one touched last. A meeting clause whose sentence names a person the candidate meeting does not include
 * starts a new meeting (the stop-over to meet Mark Carney is not the meeting with Donald Trump). A clause without
 * a trigger belongs to the event of the nearest trigger clause of its sentence (before it, else after it); in a
 * sentence without one, to the event touched last when in the same paragraph as that event's latest trigger, or
 * when it holds a quote with a speaker; to the violent, calamity or demonstration event touched last when it holds
 * figures with a category; else to none.
 *
 * <h2>Facts</h2>
 *
 * <ul>
 *   <li><b>Time</b>: only times that say when something happened count (a time up to three words after
 *       "said", "told" or a similar verb is when it was reported; one after "ended", "until" or "by" is an end).
 *       A time after "started", "began", "broke (out)", "erupted", "happened" or "occurred" in a trigger clause
 *       is the start. Else the first trigger clause with a time gives it (its most precise, the earliest of
 *       equals), refined by a more precise time in a later trigger clause that names the event again before it
 *       ("The quake hit at 4:17 am") and falls within the first (the same day; for "overnight" the night); a part
 *       of a day ("early on Thursday") is refined by a clock time in any of the event's clauses within its hours
 *       ("a loud crack at around 3am"). Else a time of the other clauses
 *       of the trigger clauses' sentences; else the day it was reported (DAY). Its zone is that of the event's own
 *       places (cities and regions named most, then countries) when the zone agrees with an offset the text gave,
 *       else the article's zone the extractor gave, else the published time's zone.
 *   <li><b>Places</b>: a statement's is where it was made ("said in a statement from Geneva"). Else the places
 *       named in the event's trigger clauses and in its clauses that count victims,
 *       once each, with every mention in the event's clauses as evidence. An actor's mention is no location
 *       ("Moscow launched", "the US military said"), unless after "on", "at", "against", "targeting" ("an airstrike
 *       on Ukraine"); nor is a dateline ("WASHINGTON (AP) —"). With none, the places of the trigger clauses'
 *       sentences outside other kinds of events; with none, those of the event of its family before it ("the
 *       previous attack on the city"); with none, when a trigger clause says "the city" or "the region", those of
 *       the event before it. When the event names cities or regions, only the places in the country of
 *       those named most are kept ("talks in Geneva on a ceasefire in Sudan" are in Geneva).
 *   <li><b>Actors</b>: each actor named in the event's clauses. In violent events the first state, armed group,
 *       government or organisation named is the INITIATOR and other states are TARGETs; the speaker of a quote is
 *       a SPEAKER; everyone else is a PARTICIPANT.
 *   <li><b>Figures</b>: those with a category whose words are in the event's clauses; a part of a figure outside
 *       the event keeps no parent.
 *   <li><b>Claims</b>: quotes starting in the event's clauses that have a speaker.
 *   <li><b>Planned events</b>: an event whose time is after the published time's date, or whose trigger clause
 *       looks forward ("will", "would", "to meet", "prepares for", "ahead of", "is due", "scheduled", "set to",
 *       "next") and whose time is not before the published date, is {@link Occurrence#SCHEDULED}.
 * </ul>
 */
public final class EventDrafter {

    /** The families of events: clauses of one family may be one event; different families never are. */
    enum Family {
        VIOLENCE,
        DEMONSTRATION,
        CALAMITY,
        TALKS,
        RELEASE,
        INTERCEPTION,
        STATEMENT
    }

    private static final String AIR = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";
    private static final String SHELLING = "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK";
    private static final String ATTACK = "VIOLENCE_AGAINST_CIVILIANS.ATTACK";
    private static final String INTERCEPTED = "STRATEGIC_DEVELOPMENTS.DISRUPTED_WEAPONS_USE";

    private static final Set<String> AIR_WORDS =
            Tokens.words("drone drones airstrike airstrikes bombardment bombardments bombing bombings bombarded");
    private static final Set<String> SHELLING_WORDS =
            Tokens.words("missile missiles shelling shelled artillery mortar mortars");
    private static final Set<String> ATTACK_WORDS = Tokens.words("attack attacks attacked attacking");
    private static final Set<String> INTERCEPTION_WORDS = Tokens.words("intercepted downed destroyed repelled");
    private static final Set<String> WEAPON_WORDS = Tokens.words("drone drones missile missiles rocket rockets");
    private static final Set<String> LABOUR_WORDS =
            Tokens.words("workers worker union unions trains train walkout pension pensions transport nationwide");
    private static final Set<String> PROTEST_WORDS = Tokens.words(
            "protest protests protesters protestors protested demonstration demonstrations demonstrators march marches"
                    + " marched rally rallies walkout");
    private static final Set<String> RIOT_CUES = Tokens.words("violence rioters riots rioting");
    /** What demonstrators themselves do when a demonstration is violent. */
    private static final Set<String> DEMONSTRATOR_VIOLENCE = Tokens.words(
            "bottles stones rocks looted looting torched vandalised vandalized smashed firebombs rioters rioting");

    private static final Set<String> INTERVENTION_CUES =
            Tokens.words("arrested arrests arrest detained detaining tear dispersed cannon clashes clashed");
    private static final Set<String> FORCES = Tokens.words("police soldiers troops security officers forces");
    private static final Set<String> FIRING = Tokens.words("fired shot shooting gunfire live");
    private static final Set<String> DISASTER_WORDS = Tokens.words(
            "earthquake earthquakes quake flood floods flooding wildfire wildfires storm storms hurricane typhoon"
                    + " cyclone tornado landslide landslides tsunami eruption");
    private static final Set<String> ACCIDENT_WORDS = Tokens.words(
            "crash crashed collision collided derailed derailment capsized sank plunged collapse collapsed");
    private static final Set<String> FIRE_WORDS = Tokens.words("fire blaze");
    private static final Set<String> NOT_FIRE_BEFORE = Tokens.words("opened open caught set under");
    private static final Set<String> NOT_FIRE_AFTER =
            Tokens.words("officials official service services department brigade crews crew chief fighters");
    private static final Set<String> MEETING_WORDS = Tokens.words("meeting meetings meet met summit");
    private static final Set<String> NEGOTIATION_WORDS = Tokens.words("talks negotiations negotiation discuss");
    private static final Set<String> AGREEMENT_WORDS = Tokens.words("agreed signed");
    private static final Set<String> RELEASE_WORDS = Tokens.words("released freed");
    private static final Set<String> RELEASED_WORDS = Tokens.words("hostages hostage prisoners detainees");
    private static final Set<String> STATEMENT_WORDS = Tokens.words("warned urged appealed");

    private static final Set<String> CLAUSE_WORDS = Tokens.words("after as while but when");
    private static final Set<String> NOT_CLAUSE_AS = Tokens.words("such known same many much well soon as just");
    private static final Set<String> REPORTING =
            Tokens.words("said says told announced reported confirmed added stated wrote warned tweeted posted");
    private static final Set<String> END_WORDS = Tokens.words("ended until by");
    private static final Set<String> FORWARD = Tokens.words("will would due scheduled planned next upcoming");
    private static final Set<String> FORWARD_AFTER_TO = Tokens.words("meet hold attend travel visit");

    /** How far before publication a time may lie and still be part of what the article reports. */
    private static final int RECENT_DAYS = 30;

    /** A piece of a sentence: tokens [first, last) and characters [start, end). */
    private record Clause(int first, int last, int start, int end, int sentence, int paragraph) {
        boolean holds(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** What a trigger in a clause says. */
    private record Trigger(Family family, String type, boolean weak, String word) {}

    private static final class Draft {
        final Family family;
        final List<Clause> clauses = new ArrayList<>();
        final List<Clause> triggerClauses = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final Set<String> persons = new LinkedHashSet<>();
        LocalDate date;
        int lastTriggerParagraph;
        int touched;
        /** The latest event of the same family when this one began (an "attack on the city" is where that was). */
        Draft previous;

        Draft(Family family) {
            this.family = family;
        }
    }

    public List<ProposedEvent> draft(String text, ZonedDateTime publishedAt, Suggestions suggestions) {
        Objects.requireNonNull(text, "text");
        Tokens tokens = new Tokens(text);
        List<Clause> clauses = clauses(tokens);
        LocalDate published = publishedAt == null ? null : publishedAt.toLocalDate();
        Set<Integer> captions = captions(tokens);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        int touch = 0;
        int i = 0;
        while (i < clauses.size()) {
            int sentence = clauses.get(i).sentence();
            List<Clause> inSentence = new ArrayList<>();
            while (i < clauses.size() && clauses.get(i).sentence() == sentence) {
                inSentence.add(clauses.get(i++));
            }
            if (captions.contains(inSentence.get(0).paragraph())) {
                continue;
            }
            Draft[] owners = new Draft[inSentence.size()];
            boolean[] skipped = new boolean[inSentence.size()];
            for (int c = 0; c < inSentence.size(); c++) {
                Clause clause = inSentence.get(c);
                List<TimeSuggestion> times = anchors(clause, suggestions, tokens, published);
                if (background(tokens, clause, times, published)) {
                    skipped[c] = true;
                    continue;
                }
                List<Trigger> triggers = triggers(tokens, clause, drafts);
                if (triggers.isEmpty()) {
                    continue;
                }
                Trigger trigger = triggers.get(0);
                LocalDate date = times.isEmpty() ? null : dateOf(earliestMostPrecise(times));
                Set<String> persons = persons(inSentence, suggestions);
                Draft target = join(drafts, trigger, definite(tokens, clause, trigger) ? null : date, persons);
                if (target == null) {
                    target = new Draft(trigger.family());
                    target.previous = latest(drafts, trigger.family());
                    drafts.add(target);
                }
                Family family = target.family;
                target.clauses.add(clause);
                target.triggerClauses.add(clause);
                target.triggers.addAll(
                        triggers.stream().filter(t -> t.family() == family).toList());
                target.persons.addAll(persons);
                target.lastTriggerParagraph = clause.paragraph();
                target.touched = ++touch;
                if (target.date == null) {
                    target.date = date;
                }
                owners[c] = target;
                current = target;
            }
            // A clause without a trigger belongs to the event of its sentence's nearest trigger before it, else after.
            for (int c = 0; c < inSentence.size(); c++) {
                if (owners[c] != null || skipped[c]) {
                    continue;
                }
                Draft owner = null;
                for (int b = c - 1; b >= 0 && owner == null; b--) {
                    owner = owners[b];
                }
                for (int a = c + 1; a < inSentence.size() && owner == null; a++) {
                    owner = owners[a];
                }
                if (owner == null) {
                    owner = ownerOfPlainClause(inSentence.get(c), current, drafts, suggestions);
                }
                if (owner != null) {
                    owner.clauses.add(inSentence.get(c));
                }
            }
        }
        List<ProposedEvent> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(propose(d, drafts, tokens, publishedAt, suggestions));
        }
        return out;
    }

    // ---- clauses ------------------------------------------------------------------------------------------

    private static List<Clause> clauses(Tokens t) {
        List<Clause> out = new ArrayList<>();
        for (int s = 0; s + 1 < t.sentenceStarts.length; s++) {
            int from = t.sentenceStarts[s];
            int to = t.sentenceStarts[s + 1];
            if (from >= to) {
                continue;
            }
            int first = from;
            for (int k = from + 1; k < to; k++) {
                if (t.quoted(k)) {
                    continue;
                }
                String w = t.lower(k);
                boolean cut = w.equals(";") || w.equals("—") || w.equals("–");
                if (!cut
                        && t.lower(k - 1).equals(",")
                        && w.endsWith("ing")
                        && w.length() > 5
                        && !t.get(k).capitalised()
                        && !w.equals("including")) {
                    cut = true;
                }
                if (!cut && CLAUSE_WORDS.contains(w)) {
                    boolean afterComma = t.lower(k - 1).equals(",");
                    Tokens.Token next = t.get(k + 1);
                    boolean openingNext = next != null
                            && k + 1 < to
                            && (next.capitalised() || next.is("the") || next.is("a") || next.is("an"));
                    cut = afterComma
                            || ((w.equals("after") || w.equals("as"))
                                    && openingNext
                                    && !NOT_CLAUSE_AS.contains(t.lower(k - 1)));
                }
                if (cut && k > first) {
                    out.add(clause(t, first, k, s));
                    first = k;
                }
            }
            out.add(clause(t, first, to, s));
        }
        return out;
    }

    private static Clause clause(Tokens t, int first, int last, int sentence) {
        return new Clause(first, last, t.get(first).start, t.get(last - 1).end, sentence, t.paragraphOf[first]);
    }

    // ---- times --------------------------------------------------------------------------------------------

    /** The times in a clause that say when something happened (not when it was reported, not an end). */
    private static List<TimeSuggestion> anchors(Clause c, Suggestions s, Tokens t, LocalDate published) {
        List<TimeSuggestion> out = new ArrayList<>();
        for (TimeSuggestion time : s.times()) {
            if (!c.holds(time.start()) || time.localStart() == null || !recent(time, published)) {
                continue;
            }
            int k = tokenAt(t, time.start());
            if (reportingTime(t, k) || END_WORDS.contains(t.lower(k - 1)) || END_WORDS.contains(t.lower(k - 2))) {
                continue;
            }
            out.add(time);
        }
        return out;
    }

    /** The times right after a reporting verb ("said on Friday", "told reporters on Saturday afternoon"). */
    private static List<TimeSuggestion> reportTimes(Clause c, Suggestions s, Tokens t, LocalDate published) {
        List<TimeSuggestion> out = new ArrayList<>();
        for (TimeSuggestion time : s.times()) {
            if (c.holds(time.start())
                    && time.localStart() != null
                    && recent(time, published)
                    && reportingTime(t, tokenAt(t, time.start()))) {
                out.add(time);
            }
        }
        return out;
    }

    private static boolean reportingTime(Tokens t, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (REPORTING.contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean recent(TimeSuggestion time, LocalDate published) {
        return published == null || !time.localStart().toLocalDate().isBefore(published.minusDays(RECENT_DAYS));
    }

    private static int tokenAt(Tokens t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start >= offset) {
                return i;
            }
        }
        return t.size() - 1;
    }

    private static TimeSuggestion earliestMostPrecise(List<TimeSuggestion> times) {
        return times.stream()
                .min(Comparator.comparing(TimeSuggestion::precision).thenComparing(TimeSuggestion::localStart))
                .orElseThrow();
    }

    private static LocalDate dateOf(TimeSuggestion time) {
        return time.localStart().toLocalDate();
    }

    private static boolean compatible(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= 1;
    }

    /** A clause about the past before this story: a year before the published one, and no recent time. */
    private static boolean background(Tokens t, Clause c, List<TimeSuggestion> times, LocalDate published) {
        if (published == null || !times.isEmpty()) {
            return false;
        }
        for (int k = c.first(); k < c.last(); k++) {
            Tokens.Token tok = t.get(k);
            if (tok.isNumber() && Tokens.digits(tok.text, 4, 4)) {
                int year = Integer.parseInt(tok.text);
                if (year >= 1900 && year < published.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- triggers -----------------------------------------------------------------------------------------

    private static List<Trigger> triggers(Tokens t, Clause c, List<Draft> drafts) {
        List<Trigger> strong = new ArrayList<>();
        List<Trigger> weak = new ArrayList<>();
        boolean labour = false;
        boolean released = false;
        for (int k = c.first(); k < c.last(); k++) {
            labour |= LABOUR_WORDS.contains(t.lower(k));
            released |= RELEASED_WORDS.contains(t.lower(k));
        }
        for (int k = c.first(); k < c.last(); k++) {
            if (t.quoted(k) || !t.get(k).isWord()) {
                continue;
            }
            String w = t.bare(k);
            if (AIR_WORDS.contains(w) || w.equals("air") && t.lower(k + 1).startsWith("strike")) {
                strong.add(new Trigger(Family.VIOLENCE, AIR, false, w));
            } else if (SHELLING_WORDS.contains(w)) {
                strong.add(new Trigger(Family.VIOLENCE, SHELLING, false, w));
            } else if (w.equals("strike") || w.equals("strikes")) {
                strong.add(
                        labour
                                ? new Trigger(Family.DEMONSTRATION, "PROTESTS.PEACEFUL_PROTEST", false, w)
                                : new Trigger(Family.VIOLENCE, AIR, false, w));
            } else if (ATTACK_WORDS.contains(w)) {
                weak.add(new Trigger(Family.VIOLENCE, ATTACK, true, w));
            } else if (PROTEST_WORDS.contains(w)) {
                strong.add(new Trigger(Family.DEMONSTRATION, "PROTESTS.PEACEFUL_PROTEST", false, w));
            } else if (DISASTER_WORDS.contains(w)) {
                strong.add(new Trigger(Family.CALAMITY, "DISASTER", false, w));
            } else if (ACCIDENT_WORDS.contains(w)) {
                strong.add(new Trigger(Family.CALAMITY, "ACCIDENT", false, w));
            } else if (FIRE_WORDS.contains(w)
                    && !NOT_FIRE_BEFORE.contains(t.lower(k - 1))
                    && !NOT_FIRE_AFTER.contains(t.lower(k + 1))) {
                weak.add(new Trigger(Family.CALAMITY, "ACCIDENT", true, w));
            } else if (MEETING_WORDS.contains(w)) {
                strong.add(new Trigger(Family.TALKS, "MEETING", false, w));
            } else if (NEGOTIATION_WORDS.contains(w)) {
                strong.add(new Trigger(Family.TALKS, "NEGOTIATION", false, w));
            } else if (AGREEMENT_WORDS.contains(w)) {
                strong.add(new Trigger(Family.TALKS, "AGREEMENT", false, w));
            } else if (RELEASE_WORDS.contains(w) && released) {
                strong.add(new Trigger(Family.RELEASE, "STRATEGIC_DEVELOPMENTS.OTHER", false, w));
            } else if (STATEMENT_WORDS.contains(w) && c.sentence() == 0 && drafts.isEmpty()) {
                weak.add(new Trigger(Family.STATEMENT, "STATEMENT", false, w));
            }
        }
        Trigger interception = interception(t, c, drafts);
        if (interception != null) {
            return List.of(interception);
        }
        if (!strong.isEmpty()) {
            // One clause, one event: the family of its first strong trigger, with its other triggers of that family.
            Family family = strong.get(0).family();
            List<Trigger> out = new ArrayList<>(
                    strong.stream().filter(tr -> tr.family() == family).toList());
            return out;
        }
        for (Trigger w : weak) {
            if (w.family() == Family.STATEMENT) {
                return List.of(w);
            }
            Draft latest = latest(drafts, null);
            if (w.family() == Family.VIOLENCE) {
                latest = latest(drafts, Family.VIOLENCE);
                return List.of(latest == null ? w : new Trigger(Family.VIOLENCE, typeOf(latest), true, w.word()));
            }
            if (latest != null) {
                return List.of(new Trigger(latest.family, typeOf(latest), true, w.word()));
            }
            return List.of(w);
        }
        return List.of();
    }

    /**
     * Whether the clause tells when an event already named took place: the definite article, the event's word and
     * a verb of happening ("The collapse happened at 11:40 pm" after "trapped by a collapse ... on Saturday"). It
     * continues that event whatever the dates (the lead's date was when the story was, not when the event was).
     */
    private static boolean definite(Tokens t, Clause c, Trigger trigger) {
        for (int k = c.first() + 1; k + 1 < c.last(); k++) {
            if (!t.quoted(k)
                    && t.bare(k).equals(trigger.word())
                    && t.lower(k - 1).equals("the")
                    && START_VERBS.contains(t.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drones or missiles shot down, intercepted or destroyed: part of the attack that launched them when the
     * violent event touched last used such weapons ("Air defences destroyed 41 of the drones"), else an event of
     * its own, a disrupted weapons use ("The army said it had shot down five drones launched towards the city",
     * in a story of shelling). Null when the clause tells no interception.
     */
    private static Trigger interception(Tokens t, Clause c, List<Draft> drafts) {
        String weapon = null;
        boolean intercepted = false;
        for (int k = c.first(); k < c.last(); k++) {
            if (t.quoted(k)) {
                continue;
            }
            String w = t.bare(k);
            intercepted |= INTERCEPTION_WORDS.contains(w)
                    || w.equals("shot") && t.lower(k + 1).equals("down");
            if (WEAPON_WORDS.contains(w) && weapon == null) {
                weapon = w;
            }
        }
        if (!intercepted || weapon == null) {
            return null;
        }
        Draft attack = latest(drafts, Family.VIOLENCE);
        String kind = weapon.startsWith("drone") ? "drone" : weapon.startsWith("missile") ? "missile" : "rocket";
        if (attack != null && attack.triggers.stream().anyMatch(tr -> tr.word().startsWith(kind))) {
            return null;
        }
        return new Trigger(Family.INTERCEPTION, INTERCEPTED, false, weapon);
    }

    /** The event touched last, of this family (or of any, for null). */
    private static Draft latest(List<Draft> drafts, Family family) {
        Draft out = null;
        for (Draft d : drafts) {
            if ((family == null || d.family == family) && (out == null || d.touched > out.touched)) {
                out = d;
            }
        }
        return out;
    }

    /**
     * The event a trigger clause continues: of its family, its date within a day, no new counterpart for a
     * meeting; of several, the one sharing most of the clause's people (a meeting), else the latest touched.
     */
    private static Draft join(List<Draft> drafts, Trigger trigger, LocalDate date, Set<String> persons) {
        Draft best = null;
        double bestShare = -1;
        for (Draft d : drafts) {
            if (d.family != trigger.family() || !compatible(d.date, date) || newCounterpart(d, trigger, persons)) {
                continue;
            }
            double share = 0;
            if (d.family == Family.TALKS && !persons.isEmpty()) {
                Set<String> union = new LinkedHashSet<>(d.persons);
                union.addAll(persons);
                share = (double) persons.stream().filter(d.persons::contains).count() / union.size();
            }
            if (best == null || share > bestShare || share == bestShare && d.touched > best.touched) {
                best = d;
                bestShare = share;
            }
        }
        return best;
    }

    /** Paragraphs that are photo captions: they end with a bracketed credit ("(Ukrainian Emergency Service/AFP/Getty)"). */
    private static Set<Integer> captions(Tokens t) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int k = 0; k < t.size(); k++) {
            boolean lastOfParagraph = k + 1 >= t.size() || t.paragraphOf[k + 1] != t.paragraphOf[k];
            if (!lastOfParagraph || !t.get(k).is(")")) {
                continue;
            }
            int open = k - 1;
            while (open >= 0
                    && t.paragraphOf[open] == t.paragraphOf[k]
                    && !t.get(open).is("(")) {
                open--;
            }
            String inside = open < 0 ? "" : t.text.substring(t.get(open).end, t.get(k).start);
            if (inside.contains("/")
                    || inside.contains("Getty")
                    || inside.contains("Reuters")
                    || inside.contains("AP Photo")) {
                out.add(t.paragraphOf[k]);
            }
        }
        return out;
    }

    /** The people a sentence names ("he" is no one: a meeting is told apart by names). */
    private static Set<String> persons(List<Clause> sentence, Suggestions s) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorSuggestion a : s.actors()) {
            if (a.kind() == ActorKind.PERSON
                    && a.mentions().stream().anyMatch(m -> sentence.stream().anyMatch(c -> c.holds(m.start())))) {
                out.add(a.name());
            }
        }
        return out;
    }

    /** A meeting clause naming someone the meeting does not include is another meeting. */
    private static boolean newCounterpart(Draft d, Trigger trigger, Set<String> persons) {
        if (!trigger.type().equals("MEETING") || d.persons.isEmpty()) {
            return false;
        }
        return persons.stream().anyMatch(p -> !d.persons.contains(p));
    }

    private static Draft ownerOfPlainClause(Clause c, Draft current, List<Draft> drafts, Suggestions s) {
        if (current == null) {
            return null;
        }
        if (current.lastTriggerParagraph == c.paragraph()) {
            return current;
        }
        boolean quote = s.quotes().stream().anyMatch(q -> q.speaker() != null && c.holds(q.start()));
        if (quote) {
            return current;
        }
        boolean figures = s.figures().stream().anyMatch(f -> f.category() != null && c.holds(f.start()));
        Draft owner = null;
        if (figures) {
            for (Draft d : drafts) {
                boolean counts =
                        d.family == Family.VIOLENCE || d.family == Family.CALAMITY || d.family == Family.DEMONSTRATION;
                if (counts && (owner == null || d.touched > owner.touched)) {
                    owner = d;
                }
            }
        }
        return owner;
    }

    // ---- the proposal -------------------------------------------------------------------------------------

    private ProposedEvent propose(Draft d, List<Draft> drafts, Tokens t, ZonedDateTime publishedAt, Suggestions s) {
        LocalDate published = publishedAt == null ? null : publishedAt.toLocalDate();
        String type = typeOf(d);
        List<FigureSuggestion> figures = figures(d, s);
        if (d.family == Family.DEMONSTRATION) {
            type = demonstrationType(d, t, figures);
        }
        List<PlaceSuggestion> places = places(d, drafts, t, s);
        TimeSuggestion time = time(d, t, s, published);
        if (time != null) {
            time = inEventZone(time, zoneOf(places), publishedAt);
        }
        Occurrence occurrence = planned(d, t, time, published) ? Occurrence.SCHEDULED : null;
        List<QuoteSuggestion> claims = s.quotes().stream()
                .filter(q -> q.speaker() != null && within(d, q.start()))
                .toList();
        Set<String> speakers = new LinkedHashSet<>();
        claims.forEach(q -> speakers.add(q.speaker()));
        List<ProposedEvent.ProposedActor> actors = actors(d, t, s, speakers);
        Clause lead = d.triggerClauses.get(0);
        int sentenceFirst = t.sentenceStarts[lead.sentence()];
        int sentenceLast = t.sentenceStarts[lead.sentence() + 1] - 1;
        TextSpan leadSpan = new TextSpan(t.get(sentenceFirst).start, t.get(sentenceLast).end);
        return new ProposedEvent(
                type, title(d, type, places, occurrence), occurrence, leadSpan, time, places, actors, figures, claims);
    }

    /**
     * When the event happened: the first trigger clause with a time gives it (its most precise, earliest of
     * equals); a later trigger clause that names the event again before a more precise time within that one
     * refines it ("early on Tuesday", then "The quake hit at 4:17 am"). Without one, a time of the other clauses
     * in the trigger clauses' sentences; without one, the day it was reported.
     */
    private static TimeSuggestion time(Draft d, Tokens t, Suggestions s, LocalDate published) {
        TimeSuggestion base = null;
        int baseClause = -1;
        for (int c = 0; c < d.triggerClauses.size() && base == null; c++) {
            List<TimeSuggestion> anchors = anchors(d.triggerClauses.get(c), s, t, published);
            if (!anchors.isEmpty()) {
                base = earliestMostPrecise(anchors);
                baseClause = c;
            }
        }
        for (Clause clause : d.triggerClauses) {
            for (TimeSuggestion started : anchors(clause, s, t, published)) {
                if (startedBefore(t, clause, started.start())) {
                    return started;
                }
            }
        }
        if (base != null) {
            for (int c = baseClause + 1; c < d.triggerClauses.size(); c++) {
                Clause clause = d.triggerClauses.get(c);
                for (TimeSuggestion refined : anchors(clause, s, t, published)) {
                    if (refined.precision().compareTo(base.precision()) < 0
                            && namesEventBefore(t, clause, refined.start())
                            && inside(refined, base)) {
                        base = refined;
                    }
                }
            }
            if (base.precision() == TimePrecision.PART_OF_DAY) {
                // "collapsed early on Thursday" ... "a loud crack at around 3am": a clock time of the event that
                // falls within the part of the day it was given is that moment.
                for (Clause clause : d.clauses) {
                    for (TimeSuggestion refined : anchors(clause, s, t, published)) {
                        if (refined.precision().compareTo(TimePrecision.HOUR) <= 0 && inside(refined, base)) {
                            return refined;
                        }
                    }
                }
            }
            return base;
        }
        Set<Integer> sentences = new LinkedHashSet<>();
        d.triggerClauses.forEach(c -> sentences.add(c.sentence()));
        for (Clause c : d.clauses) {
            if (sentences.contains(c.sentence())) {
                List<TimeSuggestion> anchors = anchors(c, s, t, published);
                if (!anchors.isEmpty()) {
                    return earliestMostPrecise(anchors);
                }
            }
        }
        for (Clause c : d.clauses) {
            if (sentences.contains(c.sentence())) {
                for (TimeSuggestion r : reportTimes(c, s, t, published)) {
                    return new TimeSuggestion(
                            r.start(),
                            r.end(),
                            r.text(),
                            r.localStart().toLocalDate().toString(),
                            null,
                            TimePrecision.DAY,
                            r.localStart().toLocalDate().atStartOfDay(),
                            r.zone());
                }
            }
        }
        return null;
    }

    private static final Set<String> EVENT_NOUNS = Tokens.words(
            "attack strike airstrike bombardment quake earthquake fire blaze wildfire flood floods storm crash collision"
                    + " collapse meeting summit talks protest march rally demonstration");

    private static final Set<String> START_VERBS = Tokens.words("started began begun broke erupted happened occurred");

    /**
     * "since it started on Monday afternoon", "The attack began at about 2 a.m.", "broke out ... after 9am", "The
     * collapse happened at 11:40 pm": the text says outright when the event itself took place.
     */
    private static boolean startedBefore(Tokens t, Clause c, int offset) {
        for (int k = c.first(); k < c.last() && t.get(k).start < offset; k++) {
            if (START_VERBS.contains(t.lower(k)) && !t.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesEventBefore(Tokens t, Clause c, int offset) {
        for (int k = c.first(); k < c.last() && t.get(k).start < offset; k++) {
            if (EVENT_NOUNS.contains(t.bare(k)) && !t.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reading falls within another: the same day; for a part of a day, within its hours (the night an
     * "overnight" covers, noon to noon; "early" before 9 am, "late" after 8 pm, "morning" 5 am to noon,
     * "afternoon" noon to 6 pm, "evening" 5 pm to midnight).
     */
    private static boolean inside(TimeSuggestion inner, TimeSuggestion outer) {
        java.time.LocalDateTime at = inner.localStart();
        java.time.LocalDateTime from = outer.localStart();
        String words = outer.text().toLowerCase(Locale.ROOT);
        if (outer.precision() == TimePrecision.PART_OF_DAY
                && (words.contains("night") || words.contains("overnight"))) {
            return !at.isBefore(from.toLocalDate().atTime(12, 0))
                    && at.isBefore(from.toLocalDate().plusDays(1).atTime(12, 0));
        }
        if (outer.precision() == TimePrecision.PART_OF_DAY) {
            if (!at.toLocalDate().equals(from.toLocalDate())) {
                return false;
            }
            int hour = at.getHour();
            if (words.startsWith("early")) {
                return hour < 9;
            }
            if (words.startsWith("late")) {
                return hour >= 20;
            }
            if (words.contains("morning")) {
                return hour >= 5 && hour < 12;
            }
            if (words.contains("afternoon")) {
                return hour >= 12 && hour < 18;
            }
            if (words.contains("evening")) {
                return hour >= 17;
            }
        }
        return switch (outer.precision()) {
            case WEEK -> !at.isBefore(from) && at.isBefore(from.plusDays(7));
            case MONTH -> at.getYear() == from.getYear() && at.getMonth() == from.getMonth();
            default -> at.toLocalDate().equals(from.toLocalDate());
        };
    }

    /**
     * The time in the zone of the event's places; a reading whose instant the text fixed ("11.20am (9.20am GMT)")
     * moves only to a zone with that offset then, so the instant stays what the text says.
     */
    private static TimeSuggestion inEventZone(TimeSuggestion time, ZoneId placesZone, ZonedDateTime publishedAt) {
        ZoneId zone = placesZone != null
                ? placesZone
                : time.zone() != null ? time.zone() : publishedAt == null ? null : publishedAt.getZone();
        if (zone == null || zone.equals(time.zone())) {
            return time;
        }
        if (time.utc() != null) {
            ZoneOffset given = ZoneOffset.ofTotalSeconds((int)
                    java.time.Duration.between(time.utc(), time.localStart().toInstant(ZoneOffset.UTC))
                            .getSeconds());
            if (!zone.getRules().getOffset(time.utc()).equals(given)) {
                return time;
            }
        }
        return new TimeSuggestion(
                time.start(),
                time.end(),
                time.text(),
                time.local(),
                time.utc(),
                time.precision(),
                time.localStart(),
                zone);
    }

    private static String typeOf(Draft d) {
        if (d.family == Family.TALKS) {
            Map<String, Integer> counts = new HashMap<>();
            d.triggers.forEach(tr -> counts.merge(tr.type(), 1, Integer::sum));
            String best = "AGREEMENT";
            for (String candidate : List.of("MEETING", "NEGOTIATION")) {
                if (counts.getOrDefault(candidate, 0) > counts.getOrDefault(best, 0)) {
                    best = candidate;
                }
            }
            return best;
        }
        if (d.family == Family.VIOLENCE) {
            return d.triggers.stream()
                    .filter(tr -> !tr.weak())
                    .findFirst()
                    .or(() -> d.triggers.stream().findFirst())
                    .map(Trigger::type)
                    .orElse(ATTACK);
        }
        if (d.family == Family.CALAMITY) {
            return d.triggers.stream().anyMatch(tr -> tr.type().equals("DISASTER") && !tr.weak())
                    ? "DISASTER"
                    : "ACCIDENT";
        }
        return d.triggers.isEmpty() ? "OTHER" : d.triggers.get(0).type();
    }

    /**
     * A demonstration's type, after ACLED's codebook: protesters killed where the police or soldiers fired is
     * excessive force against protesters (unless the demonstrators' own violence is told: stones, looting,
     * torching); the demonstrators' violence, or a demonstration said to turn violent, a violent demonstration;
     * arrests, tear gas, dispersal or clashes with the police, a protest with intervention; else a peaceful
     * protest.
     */
    private static String demonstrationType(Draft d, Tokens t, List<FigureSuggestion> figures) {
        boolean demonstratorsViolent = false;
        boolean violent = false;
        boolean intervention = false;
        boolean forcesFired = false;
        for (Clause c : d.clauses) {
            boolean forces = false;
            boolean fired = false;
            for (int k = c.first(); k < c.last(); k++) {
                if (t.quoted(k)) {
                    continue;
                }
                String w = t.lower(k);
                boolean riotOfficers = w.equals("riot")
                        && Set.of("officers", "police", "squad").contains(t.lower(k + 1));
                demonstratorsViolent |= DEMONSTRATOR_VIOLENCE.contains(w);
                violent |= RIOT_CUES.contains(w)
                        || w.equals("violent") && t.lower(k - 1).equals("turned");
                intervention |= INTERVENTION_CUES.contains(w) || riotOfficers;
                forces |= FORCES.contains(w);
                fired |= FIRING.contains(w);
            }
            forcesFired |= forces && fired;
        }
        boolean killed = figures.stream()
                .anyMatch(f -> "KILLED".equals(f.category())
                        && f.amount().value() != null
                        && f.amount().value().signum() > 0);
        if (killed && forcesFired && !demonstratorsViolent) {
            return "PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS";
        }
        if (demonstratorsViolent || violent) {
            return "RIOTS.VIOLENT_DEMONSTRATION";
        }
        return intervention ? "PROTESTS.PROTEST_WITH_INTERVENTION" : "PROTESTS.PEACEFUL_PROTEST";
    }

    private static boolean within(Draft d, int offset) {
        return d.clauses.stream().anyMatch(c -> c.holds(offset));
    }

    private static List<PlaceSuggestion> places(Draft d, List<Draft> drafts, Tokens t, Suggestions s) {
        Set<Integer> notLocations = notLocations(t, s);
        if (d.family == Family.STATEMENT) {
            // A statement is where it was made ("said in a statement from Geneva"), not where it speaks of.
            List<PlaceSuggestion> madeIn = placesWhere(s, m -> within(d, m.start()) && madeFrom(t, m.start()));
            if (!madeIn.isEmpty()) {
                return madeIn;
            }
        }
        List<Clause> telling = new ArrayList<>(d.triggerClauses);
        for (Clause c : d.clauses) {
            if (s.figures().stream().anyMatch(f -> f.category() != null && c.holds(f.start()))) {
                telling.add(c);
            }
        }
        List<PlaceSuggestion> named = placesWhere(
                s, m -> telling.stream().anyMatch(c -> c.holds(m.start())) && !notLocations.contains(m.start()));
        Set<String> where = new LinkedHashSet<>();
        named.forEach(p -> where.add(p.gazetteerName() + "|" + p.country()));
        List<PlaceSuggestion> out =
                placesWhere(s, m -> within(d, m.start()) && !notLocations.contains(m.start())).stream()
                        .filter(p -> where.contains(p.gazetteerName() + "|" + p.country()))
                        .toList();
        if (out.isEmpty()) {
            // The trigger clauses name no place: the places of their sentences, outside other kinds of events.
            Set<Integer> sentences = new LinkedHashSet<>();
            d.triggerClauses.forEach(c -> sentences.add(c.sentence()));
            List<Clause> foreign = new ArrayList<>();
            drafts.stream().filter(o -> o.family != d.family).forEach(o -> foreign.addAll(o.triggerClauses));
            out = placesWhere(s, m -> {
                int k = tokenAt(t, m.start());
                return sentences.contains(t.sentenceOf[k])
                        && !notLocations.contains(m.start())
                        && foreign.stream().noneMatch(c -> c.holds(m.start()));
            });
        }
        if (out.isEmpty() && d.previous != null) {
            return places(d.previous, drafts, t, s);
        }
        int index = drafts.indexOf(d);
        if (out.isEmpty() && index > 0 && refersBack(d, t)) {
            return places(drafts.get(index - 1), drafts, t, s);
        }
        String country = mainCountry(out);
        if (country == null) {
            return out;
        }
        return out.stream().filter(p -> country.equals(p.country())).toList();
    }

    private static final Set<String> MADE_FROM = Tokens.words("from in at");

    /** A place named as where something was said: "said in a statement from Geneva", "told reporters in Kyiv". */
    private static boolean madeFrom(Tokens t, int offset) {
        int k = tokenAt(t, offset);
        if (t.quoted(k) || !MADE_FROM.contains(t.lower(k - 1))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 6 && t.sentenceOf[j] == t.sentenceOf[k]; j--) {
            if (REPORTING.contains(t.lower(j)) || t.lower(j).equals("statement")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_NOUNS = Tokens.words("city town capital region area village");

    /** A trigger clause naming its place as one already told: "towards the city", "in the capital". */
    private static boolean refersBack(Draft d, Tokens t) {
        for (Clause c : d.triggerClauses) {
            for (int k = c.first() + 1; k < c.last(); k++) {
                if (!t.quoted(k)
                        && PLACE_NOUNS.contains(t.lower(k))
                        && t.lower(k - 1).equals("the")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> TARGETED = Tokens.words("on at against targeting across over");

    /**
     * Mentions of places that are not where something happened: an actor's ("Moscow launched", "the US military
     * said"; but "an airstrike on Ukraine" is where), and a dateline ("WASHINGTON (AP) —", where it was filed).
     */
    private static Set<Integer> notLocations(Tokens t, Suggestions s) {
        Set<Integer> out = new java.util.HashSet<>();
        for (ActorSuggestion a : s.actors()) {
            for (TextSpan m : a.mentions()) {
                int k = tokenAt(t, m.start());
                if (!TARGETED.contains(t.lower(k - 1)) && !TARGETED.contains(t.lower(k - 2))) {
                    out.add(m.start());
                }
            }
        }
        for (PlaceSuggestion p : s.places()) {
            for (TextSpan m : p.mentions()) {
                int k = tokenAt(t, m.start());
                String surface = t.get(k).text;
                boolean capitals = surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT));
                boolean firstWords = k < 4 && t.paragraphOf[k] == t.paragraphOf[0];
                boolean credit = t.lower(k + 1).equals("(")
                        || t.lower(k + 1).equals("—")
                        || t.lower(k + 1).equals(",");
                if (capitals
                        && firstWords
                        && credit
                        && surface.chars().anyMatch(Character::isLetter)
                        && surface.length() > 3) {
                    out.add(m.start());
                }
            }
        }
        return out;
    }

    /** The country of the event's cities and regions named most often, or null when it names none. */
    private static String mainCountry(List<PlaceSuggestion> places) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (PlaceSuggestion p : places) {
            if (p.precision() != org.eventdesk.domain.record.GeoPrecision.COUNTRY && p.country() != null) {
                count.merge(p.country(), p.mentions().size(), Integer::sum);
            }
        }
        return count.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static List<PlaceSuggestion> placesWhere(Suggestions s, java.util.function.Predicate<TextSpan> keep) {
        List<PlaceSuggestion> out = new ArrayList<>();
        for (PlaceSuggestion p : s.places()) {
            List<TextSpan> kept = p.mentions().stream().filter(keep).toList();
            if (!kept.isEmpty()) {
                out.add(p.withMentions(kept));
            }
        }
        return out;
    }

    /** The zone of the event's cities and regions named most, else of its countries. */
    private static ZoneId zoneOf(List<PlaceSuggestion> places) {
        for (boolean countries : new boolean[] {false, true}) {
            Map<ZoneId, Integer> count = new LinkedHashMap<>();
            for (PlaceSuggestion p : places) {
                boolean country = p.precision() == org.eventdesk.domain.record.GeoPrecision.COUNTRY;
                if (country == countries && p.zone() != null) {
                    count.merge(p.zone(), p.mentions().size(), Integer::sum);
                }
            }
            ZoneId best = null;
            int most = 0;
            for (Map.Entry<ZoneId, Integer> e : count.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static boolean planned(Draft d, Tokens t, TimeSuggestion time, LocalDate published) {
        if (published == null) {
            return false;
        }
        if (time != null && time.localStart().toLocalDate().isAfter(published)) {
            return true;
        }
        if (time != null && time.localStart().toLocalDate().isBefore(published)) {
            return false;
        }
        for (Clause c : d.triggerClauses) {
            for (int k = c.first(); k < c.last(); k++) {
                String w = t.lower(k);
                boolean forward = FORWARD.contains(w)
                        || w.equals("to") && FORWARD_AFTER_TO.contains(t.lower(k + 1))
                        || w.equals("prepares") && t.lower(k + 1).equals("for")
                        || w.equals("ahead") && t.lower(k + 1).equals("of")
                        || w.equals("set") && t.lower(k + 1).equals("to");
                if (forward && !t.quoted(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<FigureSuggestion> figures(Draft d, Suggestions s) {
        Map<Integer, Integer> moved = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < s.figures().size(); i++) {
            FigureSuggestion f = s.figures().get(i);
            if (f.category() != null && within(d, f.start())) {
                moved.put(i, kept.size());
                kept.add(i);
            }
        }
        List<FigureSuggestion> out = new ArrayList<>();
        for (int i : kept) {
            FigureSuggestion f = s.figures().get(i);
            out.add(new FigureSuggestion(
                    f.category(),
                    f.amount(),
                    f.parentIndex() == null ? null : moved.get(f.parentIndex()),
                    f.start(),
                    f.end(),
                    f.text()));
        }
        return out;
    }

    private static List<ProposedEvent.ProposedActor> actors(Draft d, Tokens t, Suggestions s, Set<String> speakers) {
        List<ProposedEvent.ProposedActor> out = new ArrayList<>();
        boolean initiatorTaken = false;
        for (ActorSuggestion a : s.actors()) {
            List<TextSpan> kept =
                    a.mentions().stream().filter(m -> within(d, m.start())).toList();
            if (kept.isEmpty()) {
                continue;
            }
            ActorRole role = ActorRole.PARTICIPANT;
            if (speakers.contains(a.name())) {
                role = ActorRole.SPEAKER;
            } else if (d.family == Family.VIOLENCE && a.kind() != ActorKind.PERSON && a.kind() != ActorKind.CIVILIANS) {
                if (!initiatorTaken) {
                    role = ActorRole.INITIATOR;
                    initiatorTaken = true;
                } else if (a.kind() == ActorKind.STATE) {
                    role = ActorRole.TARGET;
                }
            } else if (d.family == Family.VIOLENCE && a.kind() == ActorKind.CIVILIANS) {
                role = ActorRole.TARGET;
            }
            out.add(new ProposedEvent.ProposedActor(a.withMentions(kept), role));
        }
        return out;
    }

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry(AIR, "Air/drone strike"),
            Map.entry(SHELLING, "Shelling/missile attack"),
            Map.entry(ATTACK, "Attack"),
            Map.entry("PROTESTS.PEACEFUL_PROTEST", "Protest"),
            Map.entry("PROTESTS.PROTEST_WITH_INTERVENTION", "Protest"),
            Map.entry("PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS", "Protest"),
            Map.entry("RIOTS.VIOLENT_DEMONSTRATION", "Violent demonstration"),
            Map.entry("MEETING", "Meeting"),
            Map.entry("NEGOTIATION", "Talks"),
            Map.entry("AGREEMENT", "Agreement"),
            Map.entry("STATEMENT", "Statement"),
            Map.entry("STRATEGIC_DEVELOPMENTS.OTHER", "Release"),
            Map.entry(INTERCEPTED, "Interception"));

    private static String title(Draft d, String type, List<PlaceSuggestion> places, Occurrence occurrence) {
        String noun = NOUNS.get(type);
        if (noun == null) {
            // A calamity is named by its own word: "Earthquake", "Wildfire", "Crash".
            String word = d.triggers.stream()
                    .filter(tr -> !tr.weak())
                    .map(Trigger::word)
                    .findFirst()
                    .orElse(
                            d.triggers.isEmpty()
                                    ? type.toLowerCase(Locale.ROOT)
                                    : d.triggers.get(0).word());
            noun = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        StringBuilder title = new StringBuilder(noun);
        if (d.family == Family.TALKS && !d.persons.isEmpty()) {
            title.append(": ").append(String.join(", ", d.persons));
        }
        if (!places.isEmpty()) {
            PlaceSuggestion main = places.stream()
                    .filter(p -> p.precision() != org.eventdesk.domain.record.GeoPrecision.COUNTRY)
                    .findFirst()
                    .orElse(places.get(0));
            title.append(" in ").append(main.name());
        }
        if (occurrence == Occurrence.SCHEDULED) {
            title.append(" (planned)");
        }
        String out = title.toString();
        return out.length() > 300 ? out.substring(0, 300) : out;
    }
}
