package org.eventdesk.application.record;

import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.shared.Wording;

/**
 * A record's facts as the reviewer works through them: each in readers' words, marked with what changed since the
 * published version, each quote inside its sentence, the reviewer's tick and the comments on it.
 *
 * @param publishedVersion the version readers see now; 0 when never published (then nothing is marked)
 * @param checked how many of the working copy's facts carry a tick that holds
 * @param total how many facts the working copy has (removed ones are shown, not counted)
 * @param refusal why the caller may not tick or comment now (not a reviewer, not in review, four eyes), to be worded
 *     in the reader's language; null when they may
 * @param formerComments comments on facts the record no longer has (the editor removed them)
 */
public record FactReview(
        long recordId,
        long version,
        int publishedVersion,
        List<Fact> facts,
        int checked,
        int total,
        Wording refusal,
        List<Comment> formerComments) {
    public FactReview {
        facts = List.copyOf(facts);
        formerComments = List.copyOf(formerComments);
    }

    /**
     * @param before the published words of a changed fact
     * @param check the tick that holds for the fact as it is, or null
     * @param lapsedCheck a tick given to an earlier state of the fact (it changed since, or a new revision began),
     *     or null
     */
    public record Fact(
            String ref,
            ReviewFacts.Kind kind,
            String words,
            ReviewFacts.Change change,
            String before,
            List<Quote> quotes,
            Check check,
            Check lapsedCheck,
            List<Comment> comments) {
        public Fact {
            quotes = List.copyOf(quotes);
            comments = List.copyOf(comments);
        }

        public boolean isCurrent() {
            return change != ReviewFacts.Change.REMOVED;
        }
    }

    /**
     * A quote inside its sentence: {@code before}/{@code after} are empty when the sentence is not known (a removed
     * fact's quote, or a source no longer readable).
     */
    public record Quote(
            long sourceId,
            String outlet,
            String before,
            String quoted,
            String after,
            boolean cutBefore,
            boolean cutAfter) {}

    public record Check(String by, Instant at) {}

    /** @param factWords what the fact said when the comment was written */
    public record Comment(
            long id, String factRef, String factWords, int revision, String by, Instant at, String text) {}
}
