package org.eventdesk.domain.record;

/**
 * How a reported number relates to the truth, as the report words it. A figure is never just a number:
 * "almost 500 drones" and "500 drones" are different facts.
 */
public enum Qualifier {
    /** "40 missiles": the value as stated. */
    EXACT("exactly"),
    /** "almost 500", "about", "around", "some", "roughly", "nearly". */
    APPROXIMATE("about"),
    /** "at least 46", "no fewer than". */
    AT_LEAST("at least"),
    /** "more than", "over", "upwards of". */
    MORE_THAN("more than"),
    /** "up to", "at most". */
    AT_MOST("at most"),
    /** "fewer than", "less than", "under". */
    FEWER_THAN("fewer than"),
    /** "between 10 and 20", "10 to 20": a low and a high bound. */
    RANGE("between"),
    /** "a third of the capital": a numerator over a denominator. */
    FRACTION("fraction");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** The qualifier as words to put before a value when showing it. */
    public String words() {
        return words;
    }
}
