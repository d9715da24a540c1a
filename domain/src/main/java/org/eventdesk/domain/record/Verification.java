package org.eventdesk.domain.record;

/**
 * How far a fact (or a whole record) is verified. Three states follow from the evidence and are never typed:
 * no evidence is UNVERIFIED, one outlet is SINGLE_SOURCE, two or more independent outlets are CORROBORATED.
 * The other three are an editor's judgement and, once set, take precedence.
 */
public enum Verification {
    UNVERIFIED("Unverified", false),
    SINGLE_SOURCE("Single source", false),
    CORROBORATED("Corroborated", false),
    OFFICIALLY_CONFIRMED("Officially confirmed", true),
    DISPUTED("Disputed", true),
    FALSE("False", true);

    private final String label;
    private final boolean judgement;

    Verification(String label, boolean judgement) {
        this.label = label;
        this.judgement = judgement;
    }

    public String label() {
        return label;
    }

    /** Whether an editor sets this (true) or the evidence decides it (false). */
    public boolean isJudgement() {
        return judgement;
    }

    /** What the evidence says: the number of independent outlets among it. */
    public static Verification fromOutlets(long independentOutlets) {
        if (independentOutlets >= 2) {
            return CORROBORATED;
        }
        return independentOutlets == 1 ? SINGLE_SOURCE : UNVERIFIED;
    }
}
