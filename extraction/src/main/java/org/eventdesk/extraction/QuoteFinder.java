package org.eventdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventdesk.extraction.ActorFinder.Mention;
import org.eventdesk.extraction.ActorFinder.Person;
import org.eventdesk.extraction.Tokens.Token;

/**
 * Finds direct quotations and who said them, and where. See {@link Extractor} for the rules in prose.
 */
final class QuoteFinder {
    static final Set<String> SPEECH_VERBS =
            Tokens.words("said says say told tells wrote writes added adds posted tweeted stated explained warned "
                    + "warns insisted insists declared announced noted continued asked replied argued claimed "
                    + "recalled urged vowed stressed according commented described admitted conceded "
                    + "acknowledged predicted promised pledged boasted complained lamented joked shouted "
                    + "screamed wrote posted");
    private static final Set<String> PRONOUNS = Tokens.words("he she they i we");
    private static final Set<String> AUXILIARIES =
            Tokens.words("has had have also later then earlier previously again once further repeatedly reportedly "
                    + "had would will and");
    private static final Set<String> PLATFORMS =
            Tokens.words("X Twitter Telegram Facebook Instagram Truth Social TikTok YouTube Bluesky Threads Weibo "
                    + "WhatsApp LinkedIn");

    private record Speech(int verb, Person person) {}

    private final Tokens t;
    private final ActorFinder actors;
    private final List<Speech> speeches = new ArrayList<>();
    /** Tokens inside quotation marks: the people named there are not the ones speaking. */
    private boolean[] quoted;

    private java.util.Map<Integer, Mention> endingAt;
    private java.util.Map<Integer, Mention> startingAt;

    QuoteFinder(Tokens tokens, ActorFinder actors) {
        this.t = tokens;
        this.actors = actors;
    }

    List<QuoteSuggestion> find() {
        List<int[]> spans = quoteSpans();
        quoted = new boolean[t.size()];
        for (int[] span : spans) {
            for (int k = t.indexAt(span[0]); k < t.size() && t.get(k).start < span[1]; k++) {
                quoted[k] = true;
            }
        }
        findSpeeches();
        List<QuoteSuggestion> out = new ArrayList<>();
        String lastSpeaker = null;
        String lastMedium = null;
        int lastParagraph = -10;
        int lastQuoteEndToken = -1;
        for (int[] span : spans) {
            int first = t.indexAt(span[0]);
            int lastTok = t.indexAt(span[1]) - 1;
            if (first >= t.size() || lastTok < first) {
                continue;
            }
            int closeTok = t.indexAt(span[1]);
            String text = t.text.substring(span[0], span[1]);
            if (text.split("\\s+").length < 2) {
                continue; // a single scare-quoted word is not a quotation
            }
            int paragraph = t.paragraphOf[first];
            int after = closeTok;
            while (after < t.size()
                    && t.get(after).kind == Tokens.Kind.PUNCT
                    && t.paragraphOf[after] == paragraph
                    && !t.get(after).text.equals("“")) {
                after++;
            }
            String[] speaker = after < t.size()
                            && t.paragraphOf[after] == paragraph
                            && t.sentenceOf[after] == t.sentenceOf[Math.max(closeTok - 1, 0)]
                    ? attributionAfter(after, lastTok)
                    : null;
            if (speaker == null) {
                speaker = attributionBefore(first);
            }
            boolean continuation = paragraph - lastParagraph <= 1
                    && lastSpeaker != null
                    && (startsParagraph(first) || sameParagraphAfterQuote(first, lastQuoteEndToken));
            String name;
            String medium;
            if (speaker != null) {
                name = speaker[0];
                medium = speaker[1];
            } else if (continuation) {
                name = lastSpeaker;
                medium = lastMedium;
            } else {
                name = null;
                medium = null;
            }
            out.add(new QuoteSuggestion(text, name, medium, span[0], span[1]));
            if (name != null) {
                lastSpeaker = name;
                lastMedium = medium;
            }
            lastParagraph = paragraph;
            lastQuoteEndToken = closeTok;
        }
        return out;
    }

    private boolean startsParagraph(int first) {
        return first <= 1 || t.paragraphOf[first - 2 < 0 ? 0 : first - 2] != t.paragraphOf[first];
    }

    private boolean sameParagraphAfterQuote(int first, int lastQuoteEnd) {
        if (lastQuoteEnd < 0 || t.paragraphOf[lastQuoteEnd] != t.paragraphOf[first]) {
            return false;
        }
        // Only punctuation or the previous attribution between the two quotes
        return first - lastQuoteEnd < 14;
    }

    // ---- quote marks --------------------------------------------------------------------------------------

    /** Offsets of quoted words, paragraph by paragraph; an unclosed quote runs to its paragraph's end. */
    private List<int[]> quoteSpans() {
        List<int[]> out = new ArrayList<>();
        String text = t.text;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int i = paragraphStart;
            while (i < paragraphEnd) {
                char c = text.charAt(i);
                if (c == '“' || c == '"') {
                    char close = c == '“' ? '”' : '"';
                    int j = text.indexOf(close, i + 1);
                    if (j < 0 || j > paragraphEnd) {
                        j = paragraphEnd;
                    }
                    int s = i + 1;
                    int e = j;
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                        e--;
                    }
                    if (e > s) {
                        out.add(new int[] {s, e});
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    // ---- who spoke ----------------------------------------------------------------------------------------

    /** Every "X said" in the article, with X resolved, in text order (pronouns resolved as they come). */
    private void findSpeeches() {
        Person last = null;
        for (int i = 0; i < t.size(); i++) {
            if (!SPEECH_VERBS.contains(t.lower(i)) || t.lower(i).equals("according")) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && AUXILIARIES.contains(t.lower(k))) {
                k--;
            }
            Mention m = mentionEndingAt(k);
            Person p = null;
            if (m != null && m.person() != null) {
                p = m.person();
            } else if (k >= 0 && PRONOUNS.contains(t.lower(k)) && !t.lower(k).equals("i")) {
                p = last;
            }
            if (p != null) {
                speeches.add(new Speech(i, p));
                last = p;
            }
        }
    }

    private Mention mentionEndingAt(int k) {
        if (endingAt == null) {
            endingAt = new java.util.HashMap<>();
            startingAt = new java.util.HashMap<>();
            for (Mention m : actors.mentions) {
                endingAt.putIfAbsent(m.last(), m);
                startingAt.putIfAbsent(m.first(), m);
            }
        }
        return endingAt.get(k);
    }

    private Mention mentionStartingAt(int k) {
        mentionEndingAt(-1);
        return startingAt.get(k);
    }

    /** The latest speaker before token i, within the three paragraphs before it. */
    private Person speakerBefore(int i) {
        Person subject = subjectBefore(i);
        if (subject != null) {
            return subject;
        }
        Person best = null;
        for (Speech s : speeches) {
            if (s.verb >= i) {
                break;
            }
            if (t.paragraphOf[i] - t.paragraphOf[s.verb] <= 3) {
                best = s.person;
            }
        }
        if (best == null) {
            for (Mention m : actors.personMentions()) {
                if (m.first() < i) {
                    best = m.person();
                }
            }
        }
        return best;
    }

    /**
     * "he"/"she": the first person named (not in a possessive, not inside quotes) in the pronoun's sentence before
     * it, else in the nearest of the three sentences before that names one. The subject of the sentence before is
     * who a reporter's "he" nearly always means ("President Zelensky said ... Putin's 'true attitude'. '...,' he
     * wrote").
     */
    private Person subjectBefore(int i) {
        int sentence = t.sentenceOf[Math.min(i, t.size() - 1)];
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--) {
            for (Mention m : actors.mentions) {
                if (m.person() == null || t.sentenceOf[m.first()] != s || m.first() >= i || quoted[m.first()]) {
                    continue;
                }
                String last = t.get(m.last()).lower;
                if (last.endsWith("'s") || last.endsWith("’s")) {
                    continue;
                }
                return m.person();
            }
        }
        return null;
    }

    /** The first person named in token i's sentence before it, outside quotes. */
    private Person sentenceSubject(int i) {
        int sentence = t.sentenceOf[Math.min(i, t.size() - 1)];
        for (Mention m : actors.mentions) {
            if (m.person() != null && t.sentenceOf[m.first()] == sentence && m.first() < i && !quoted[m.first()]) {
                return m.person();
            }
        }
        return null;
    }

    /** `,” he wrote in a post on X.` or `,” said Mr Smith.`: {speaker, medium} or null. */
    private String[] attributionAfter(int k, int quoteLast) {
        if (k >= t.size()) {
            return null;
        }
        int sentenceEnd = t.sentenceEnd(Math.min(k, t.size() - 1));
        // Speaker then verb: "he wrote", "the US president told", "Mr Smith said"
        int verb = -1;
        for (int j = k; j < Math.min(sentenceEnd, k + 8); j++) {
            if (SPEECH_VERBS.contains(t.lower(j))) {
                verb = j;
                break;
            }
            if (Tokens.isQuoteMark(t.get(j).text)) {
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        String speaker;
        int after;
        if (verb == k || (verb == k + 1 && t.lower(k).equals(","))) {
            // "said Mr Smith", "according to the ministry"
            int s = verb + 1;
            if (t.lower(verb).equals("according") && t.lower(s).equals("to")) {
                s++;
            }
            String[] who = speakerPhraseAt(s, sentenceEnd, k);
            if (who == null) {
                return null;
            }
            speaker = who[0];
            after = Integer.parseInt(who[1]);
        } else {
            speaker = speakerPhraseBefore(k, verb);
            after = verb + 1;
            if (speaker == null) {
                return null;
            }
        }
        return new String[] {speaker, medium(verb, after, sentenceEnd)};
    }

    /** The speaker words between the closing mark and the verb, resolved. */
    private String speakerPhraseBefore(int from, int verb) {
        int s = from;
        while (s < verb && (t.get(s).kind == Tokens.Kind.PUNCT)) {
            s++;
        }
        int e = verb - 1;
        while (e >= s && AUXILIARIES.contains(t.lower(e))) {
            e--;
        }
        if (e < s) {
            // `called the rally “...” and said`: the sentence's own subject
            Person p = sentenceSubject(from);
            return p == null ? null : p.name;
        }
        return resolve(s, e, from);
    }

    /** A speaker phrase starting at s (after the verb): {resolved name, index after it}. */
    private String[] speakerPhraseAt(int s, int sentenceEnd, int before) {
        Mention m = mentionStartingAt(s);
        if (m != null) {
            return new String[] {m.name(), Integer.toString(m.last() + 1)};
        }
        // "said Paiporta's mayor, Lucía Ferrer": a person named in apposition
        for (Mention near : actors.mentions) {
            if (near.person() != null && near.first() > s && near.first() <= s + 6 && near.first() < sentenceEnd) {
                return new String[] {near.name(), Integer.toString(near.last() + 1)};
            }
        }
        int e = s;
        while (e < sentenceEnd
                && e < s + 6
                && !t.get(e).lower.equals(",")
                && !t.get(e).lower.equals(".")) {
            e++;
        }
        if (e == s) {
            return null;
        }
        return new String[] {resolve(s, e - 1, before), Integer.toString(e)};
    }

    /** Resolves speaker words s..e: a pronoun, a mention, a descriptor, else the words themselves. */
    private String resolve(int s, int e, int position) {
        if (s == e && PRONOUNS.contains(t.lower(s))) {
            Person p = speakerBefore(position);
            return p == null ? t.get(s).text : p.name;
        }
        Mention m = mentionStartingAt(s);
        if (m != null && m.last() >= e - 1) {
            return m.name();
        }
        for (Mention mm : actors.mentions) {
            if (mm.first() >= s && mm.last() <= e && mm.person() != null) {
                return mm.name();
            }
        }
        int[] d = actors.descriptor(s);
        if (d != null) {
            Person p = actors.resolveDescriptor(d[0], d[1], position);
            if (p != null) {
                return p.name;
            }
        }
        if (m != null) {
            return m.name();
        }
        return t.text.substring(t.get(s).start, t.get(e).end);
    }

    /** `Mr Zelensky said the country has its “red lines”`: the last "X said" before the quote in its sentence. */
    private String[] attributionBefore(int first) {
        int sentenceStart = t.sentenceStart(first);
        for (int j = first - 1; j >= sentenceStart; j--) {
            if (!SPEECH_VERBS.contains(t.lower(j))) {
                continue;
            }
            if (t.lower(j).equals("according")) {
                String[] who = speakerPhraseAt(j + 2, first, j);
                return who == null ? null : new String[] {who[0], null};
            }
            int k = j - 1;
            while (k >= sentenceStart && AUXILIARIES.contains(t.lower(k))) {
                k--;
            }
            if (k < sentenceStart) {
                return null;
            }
            Mention m = mentionEndingAt(k);
            String name;
            Person subject = sentenceSubject(j);
            if (m != null) {
                name = m.name();
            } else if (PRONOUNS.contains(t.lower(k))) {
                Person p = speakerBefore(k);
                name = p == null ? t.get(k).text : p.name;
            } else if (subject != null) {
                name = subject.name; // "Fiona Marsh condemned ... on Sunday morning and said"
            } else {
                int s = k;
                while (s > sentenceStart
                        && s > k - 4
                        && t.get(s - 1).isWord()
                        && !Tokens.isQuoteMark(t.get(s - 1).text)) {
                    s--;
                }
                name = resolve(s, k, s);
            }
            return new String[] {name, medium(j, j + 1, first)};
        }
        return null;
    }

    // ---- where it was said --------------------------------------------------------------------------------

    private String medium(int verb, int from, int until) {
        String v = t.lower(verb);
        until = Math.min(until, t.sentenceEnd(verb));
        // "told Politico", "told reporters", "told the BBC"
        if (v.equals("told") || v.equals("tells")) {
            int k = from;
            if (t.lower(k).equals("the")) {
                k++;
            }
            Token obj = t.get(k);
            if (obj != null && (obj.is("reporters") || obj.is("journalists"))) {
                return "remarks to reporters";
            }
            if (obj != null && obj.capitalised() && mentionStartingAt(k) == null) {
                int e = k;
                while (t.get(e + 1) != null && t.get(e + 1).capitalised() && e < k + 3) {
                    e++;
                }
                return "interview with " + t.text.substring(t.get(from).start, t.get(e).end);
            }
        }
        for (int k = from; k < until; k++) {
            String w = t.lower(k);
            if (w.equals("on") || w.equals("via")) {
                String platform = platformAt(k + 1);
                if (platform != null) {
                    return "post on " + platform;
                }
            }
            if (w.equals("interview") && t.lower(k + 1).equals("with") && t.get(k + 2) != null) {
                int s = t.lower(k + 2).equals("the") ? k + 3 : k + 2;
                int e = s;
                while (t.get(e + 1) != null && t.get(e + 1).capitalised() && e < s + 3) {
                    e++;
                }
                return "interview with " + t.text.substring(t.get(k + 2).start, t.get(e).end);
            }
            if (w.equals("statement")) {
                return "statement";
            }
            if (w.equals("address")
                    && (t.lower(k - 1).equals("video")
                            || t.lower(k - 1).equals("nightly")
                            || t.lower(k - 1).equals("televised")
                            || t.lower(k - 1).equals("evening"))) {
                return t.lower(k - 1) + " address";
            }
            if (w.equals("conference")
                    && (t.lower(k - 1).equals("press") || t.lower(k - 1).equals("news"))) {
                return t.lower(k - 1) + " conference";
            }
            if (w.equals("speech")) {
                return "speech";
            }
            if (w.equals("briefing")) {
                return "briefing";
            }
        }
        return null;
    }

    private String platformAt(int k) {
        Token tok = t.get(k);
        if (tok == null) {
            return null;
        }
        if (tok.text.equals("Truth")
                && t.get(k + 1) != null
                && t.get(k + 1).text.equals("Social")) {
            return "Truth Social";
        }
        return PLATFORMS.contains(tok.text) ? tok.text : null;
    }
}
