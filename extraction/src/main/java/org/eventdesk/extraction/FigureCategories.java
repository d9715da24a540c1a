package org.eventdesk.extraction;

import java.util.Map;
import java.util.Set;

/**
 * Guesses what a figure counts from the words of its clause. Three looks, in this order, each stopping at a
 * clause break, a conjunction or the next number:
 *
 * <ol>
 *   <li>verbs and phrases after the number ("46 people were wounded", "40,000 homes without power");
 *   <li>verbs before it ("killed two", "police arrested 45 protesters", "air defences shot down 450");
 *   <li>the counted noun itself ("40 missiles", "5,000 troops", "300 protesters").
 * </ol>
 *
 * A drone or missile count with an interception word becomes INTERCEPTED. A figure marked as part of another
 * ("including two children") prefers the group its noun names (CHILDREN, SOLDIERS). Nothing found: null.
 */
final class FigureCategories {
    static final String KILLED = "KILLED";
    static final String INJURED = "INJURED";

    /** Verbs right before a number that say what it counts. */
    static final Map<String, String> VERB_BEFORE = Map.ofEntries(
            Map.entry("killed", KILLED),
            Map.entry("killing", KILLED),
            Map.entry("kills", KILLED),
            Map.entry("kill", KILLED),
            Map.entry("injured", INJURED),
            Map.entry("injuring", INJURED),
            Map.entry("wounded", INJURED),
            Map.entry("wounding", INJURED),
            Map.entry("hurt", INJURED),
            Map.entry("hurting", INJURED),
            Map.entry("arrested", "ARRESTED"),
            Map.entry("arresting", "ARRESTED"),
            Map.entry("detained", "ARRESTED"),
            Map.entry("detaining", "ARRESTED"),
            Map.entry("evacuated", "EVACUATED"),
            Map.entry("evacuating", "EVACUATED"),
            Map.entry("displaced", "DISPLACED"),
            Map.entry("displacing", "DISPLACED"),
            Map.entry("intercepted", "INTERCEPTED"),
            Map.entry("downed", "INTERCEPTED"),
            Map.entry("destroyed", "INTERCEPTED"),
            Map.entry("neutralised", "INTERCEPTED"),
            Map.entry("neutralized", "INTERCEPTED"),
            Map.entry("damaged", "BUILDINGS_DAMAGED"),
            Map.entry("damaging", "BUILDINGS_DAMAGED"),
            Map.entry("affected", "PEOPLE_AFFECTED"),
            Map.entry("affecting", "PEOPLE_AFFECTED"),
            Map.entry("freed", "HOSTAGES"),
            Map.entry("released", "HOSTAGES"),
            Map.entry("abducted", "HOSTAGES"),
            Map.entry("kidnapped", "HOSTAGES"),
            Map.entry("holding", "HOSTAGES"));

    /** Words after the number, strongest evidence first (checked in this order). */
    private static final Map<String, String> AFTER = Map.ofEntries(
            Map.entry("killed", KILLED),
            Map.entry("dead", KILLED),
            Map.entry("died", KILLED),
            Map.entry("dying", KILLED),
            Map.entry("deaths", KILLED),
            Map.entry("fatalities", KILLED),
            Map.entry("perished", KILLED),
            Map.entry("bodies", KILLED),
            Map.entry("slain", KILLED),
            Map.entry("drowned", KILLED),
            Map.entry("injured", INJURED),
            Map.entry("wounded", INJURED),
            Map.entry("hurt", INJURED),
            Map.entry("injuries", INJURED),
            Map.entry("hospitalised", INJURED),
            Map.entry("hospitalized", INJURED),
            Map.entry("hospital", INJURED),
            Map.entry("missing", "MISSING"),
            Map.entry("unaccounted", "MISSING"),
            Map.entry("arrested", "ARRESTED"),
            Map.entry("detained", "ARRESTED"),
            Map.entry("arrests", "ARRESTED"),
            Map.entry("detentions", "ARRESTED"),
            Map.entry("custody", "ARRESTED"),
            Map.entry("evacuated", "EVACUATED"),
            Map.entry("evacuations", "EVACUATED"),
            Map.entry("evacuate", "EVACUATED"),
            Map.entry("charged", "ARRESTED"),
            Map.entry("displaced", "DISPLACED"),
            Map.entry("fled", "DISPLACED"),
            Map.entry("homeless", "DISPLACED"),
            Map.entry("intercepted", "INTERCEPTED"),
            Map.entry("downed", "INTERCEPTED"),
            Map.entry("neutralised", "INTERCEPTED"),
            Map.entry("neutralized", "INTERCEPTED"),
            Map.entry("hostage", "HOSTAGES"),
            Map.entry("hostages", "HOSTAGES"),
            Map.entry("abducted", "HOSTAGES"),
            Map.entry("kidnapped", "HOSTAGES"),
            Map.entry("captive", "HOSTAGES"),
            Map.entry("damaged", "BUILDINGS_DAMAGED"),
            Map.entry("destroyed", "BUILDINGS_DAMAGED"),
            Map.entry("collapsed", "BUILDINGS_DAMAGED"),
            Map.entry("gathered", "CROWD_SIZE"),
            Map.entry("rallied", "CROWD_SIZE"),
            Map.entry("marched", "CROWD_SIZE"),
            Map.entry("protested", "CROWD_SIZE"),
            Map.entry("demonstrated", "CROWD_SIZE"),
            Map.entry("attended", "CROWD_SIZE"),
            Map.entry("affected", "PEOPLE_AFFECTED"));

    /** The counted noun, when no verb said more. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("drones", "DRONES_LAUNCHED"),
            Map.entry("drone", "DRONES_LAUNCHED"),
            Map.entry("uavs", "DRONES_LAUNCHED"),
            Map.entry("shaheds", "DRONES_LAUNCHED"),
            Map.entry("missiles", "MISSILES_LAUNCHED"),
            Map.entry("missile", "MISSILES_LAUNCHED"),
            Map.entry("rockets", "MISSILES_LAUNCHED"),
            Map.entry("rocket", "MISSILES_LAUNCHED"),
            Map.entry("soldiers", "SOLDIERS"),
            Map.entry("soldier", "SOLDIERS"),
            Map.entry("troops", "SOLDIERS"),
            Map.entry("servicemen", "SOLDIERS"),
            Map.entry("personnel", "SOLDIERS"),
            Map.entry("children", "CHILDREN"),
            Map.entry("child", "CHILDREN"),
            Map.entry("kids", "CHILDREN"),
            Map.entry("minors", "CHILDREN"),
            Map.entry("hostages", "HOSTAGES"),
            Map.entry("captives", "HOSTAGES"),
            Map.entry("buildings", "BUILDINGS_DAMAGED"),
            Map.entry("homes", "BUILDINGS_DAMAGED"),
            Map.entry("houses", "BUILDINGS_DAMAGED"),
            Map.entry("protesters", "CROWD_SIZE"),
            Map.entry("protestors", "CROWD_SIZE"),
            Map.entry("demonstrators", "CROWD_SIZE"),
            Map.entry("marchers", "CROWD_SIZE"),
            Map.entry("crowd", "CROWD_SIZE"),
            Map.entry("dead", KILLED),
            Map.entry("wounded", INJURED),
            Map.entry("injured", INJURED),
            Map.entry("detainees", "ARRESTED"),
            Map.entry("evacuees", "EVACUATED"));

    private static final Set<String> CHILD_GROUPS = Tokens.words("CHILDREN SOLDIERS HOSTAGES");
    private static final int WINDOW = 10;

    private final Tokens t;

    FigureCategories(Tokens tokens) {
        this.t = tokens;
    }

    String categorise(int first, int last, boolean child) {
        String noun = nounAfter(last);
        if (child && noun != null && CHILD_GROUPS.contains(noun)) {
            return noun;
        }
        String after = after(last, noun);
        if (after != null) {
            return after;
        }
        String before = before(first, noun);
        if (before != null) {
            return before;
        }
        if (noun != null) {
            return noun;
        }
        // "a crowd of 10,000", "a death toll of 40"
        if (t.lower(first - 1).equals("of")) {
            String head = t.lower(first - 2);
            if (head.equals("crowd")) {
                return "CROWD_SIZE";
            }
            if (head.equals("toll")) {
                return KILLED;
            }
        }
        if (t.lower(first - 1).equals("to")
                && (t.lower(first - 2).equals("rose")
                        || t.lower(first - 2).equals("risen")
                        || t.lower(first - 2).equals("climbed"))
                && t.lower(first - 3).equals("toll")) {
            return KILLED;
        }
        return null;
    }

    private String nounAfter(int last) {
        for (int k = last + 1; k <= last + 4 && k < t.size(); k++) {
            String w = t.lower(k);
            if (stops(k)) {
                return null;
            }
            String c = NOUNS.get(w);
            if (c != null && !w.equals("dead") && !w.equals("wounded") && !w.equals("injured")) {
                return c;
            }
            if (c != null && k == last + 1) {
                return c; // "the 12 dead"
            }
        }
        return null;
    }

    private String after(int last, String noun) {
        for (int k = last + 1; k <= last + WINDOW && k < t.size(); k++) {
            if (stops(k)) {
                break;
            }
            String w = t.lower(k);
            if (w.equals("without") || (w.equals("no") && t.lower(k - 1).equals("with"))) {
                String what = t.lower(k + 1);
                if (what.equals("power") || what.equals("electricity")) {
                    return "WITHOUT_POWER";
                }
                if (what.equals("heat") || what.equals("heating")) {
                    return "WITHOUT_HEAT";
                }
            }
            if (w.equals("shot") && t.lower(k + 1).equals("down")) {
                return "INTERCEPTED";
            }
            if ((w.equals("took") || w.equals("take"))
                    && t.lower(k + 1).equals("to")
                    && t.lower(k + 2).equals("the")
                    && t.lower(k + 3).equals("streets")) {
                return "CROWD_SIZE";
            }
            if (w.equals("lost")
                    && t.lower(k + 1).equals("their")
                    && t.lower(k + 2).equals("lives")) {
                return KILLED;
            }
            if ((w.equals("taken") || w.equals("rushed") || w.equals("admitted"))
                    && t.lower(k + 1).equals("to")
                    && t.lower(k + 2).startsWith("hospital")) {
                return INJURED;
            }
            if (w.equals("took") && t.lower(k + 1).equals("part")) {
                return "CROWD_SIZE";
            }
            if (w.equals("in") && t.lower(k + 1).equals("the") && t.lower(k + 2).equals("dark")) {
                return "WITHOUT_POWER";
            }
            if (w.equals("lost") && t.lower(k + 1).equals("power")) {
                return "WITHOUT_POWER";
            }
            if (w.equals("forced") && t.lower(k + 1).equals("from")) {
                return "DISPLACED";
            }
            String c = AFTER.get(w);
            if (c != null) {
                if ("BUILDINGS_DAMAGED".equals(c)
                        && ("DRONES_LAUNCHED".equals(noun) || "MISSILES_LAUNCHED".equals(noun))) {
                    return "INTERCEPTED";
                }
                if ("BUILDINGS_DAMAGED".equals(c) && noun != null && !noun.equals("BUILDINGS_DAMAGED")) {
                    continue; // "12 soldiers ... destroyed" says nothing about buildings
                }
                return c;
            }
        }
        return null;
    }

    private String before(int first, String noun) {
        for (int k = first - 1; k >= first - 4 && k >= 0; k--) {
            String w = t.lower(k);
            if (stops(k)) {
                return null;
            }
            if (w.equals("down") && t.lower(k - 1).equals("shot")) {
                return "INTERCEPTED";
            }
            if (w.equals("crowd") || w.equals("crowds")) {
                return "CROWD_SIZE"; // "put the crowd at upwards of 100,000", "crowds of about 8,000"
            }
            String c = VERB_BEFORE.get(w);
            if (c != null) {
                if ("INTERCEPTED".equals(c)
                        && !("DRONES_LAUNCHED".equals(noun) || "MISSILES_LAUNCHED".equals(noun) || noun == null)) {
                    return w.equals("destroyed") ? "BUILDINGS_DAMAGED" : null;
                }
                if ("BUILDINGS_DAMAGED".equals(c) && noun != null && !"BUILDINGS_DAMAGED".equals(noun)) {
                    return null;
                }
                return c;
            }
        }
        return null;
    }

    private boolean stops(int k) {
        Tokens.Token tok = t.get(k);
        if (tok == null) {
            return true;
        }
        if (FigureFinder.isClauseBreak(tok.lower)) {
            return true;
        }
        if (tok.is("and") || tok.is("or")) {
            // "homes and businesses without power" goes on; "killed two and injured dozens" stops
            Tokens.Token next = t.get(k + 1);
            return next == null
                    || next.isNumber()
                    || NumberWords.isNumberWord(next.lower)
                    || VERB_BEFORE.containsKey(next.lower)
                    || AFTER.containsKey(next.lower)
                    || NumberWords.VAGUE.containsKey(next.lower);
        }
        if (FigureFinder.isConjunction(tok.lower)) {
            return true;
        }
        return tok.isNumber();
    }
}
