package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRulesTest {

    private static List<QuoteSuggestion> quotes(String text) {
        return Shared.extract(text, null).quotes();
    }

    @Test
    void aPronounAfterTheQuoteIsTheSubjectOfTheSentenceBefore() {
        String text = "President Volodymyr Zelensky said the strikes showed Putin's \"true attitude\".\n\n"
                + "“Kinzhals speak for them,” he wrote in a post on X.";
        List<QuoteSuggestion> q = quotes(text);
        assertEquals(2, q.size());
        assertEquals("Kinzhals speak for them", q.get(1).text());
        assertEquals("Volodymyr Zelensky", q.get(1).speaker());
        assertEquals("post on X", q.get(1).medium());
        assertEquals(q.get(1).text(), text.substring(q.get(1).start(), q.get(1).end()));
    }

    @Test
    void aDescriptorAfterTheQuoteAndTheOutletHeToldMakeAnInterview() {
        List<QuoteSuggestion> q = quotes("US president Donald Trump spoke on Friday.\n\n"
                + "“He doesn’t have anything until I approve it,” the US president told Politico. “So we’ll see.”");
        assertEquals("Donald Trump", q.get(0).speaker());
        assertEquals("interview with Politico", q.get(0).medium());
        assertEquals("Donald Trump", q.get(1).speaker()); // a second quote in the paragraph continues
    }

    @Test
    void saidBeforeTheNameAndAccordingTo() {
        assertEquals(
                "Rosa Quispe",
                quotes("\"The road was wet,\" said Rosa Quispe, who survived.")
                        .get(0)
                        .speaker());
        assertEquals(
                "the ministry",
                quotes("\"Ten trucks were hit,\" according to the ministry.")
                        .get(0)
                        .speaker());
    }

    @Test
    void aSpeakerNamedBeforeThePartialQuoteInItsSentence() {
        List<QuoteSuggestion> q = quotes("Mr Selim Kaya said the country has its “red lines” and would hold them.");
        assertEquals("red lines", q.get(0).text());
        assertEquals("Selim Kaya", q.get(0).speaker());
    }

    @Test
    void aQuoteRunningOverParagraphsContinuesTheSpeaker() {
        List<QuoteSuggestion> q = quotes("“We will rebuild every house,” Mayor Ihor Lytvyn told reporters.\n\n"
                + "“This is the first paragraph of a long statement.\n\n"
                + "“And this is the second, which closes it.”");
        assertEquals(3, q.size());
        assertEquals("remarks to reporters", q.get(0).medium());
        assertEquals("Ihor Lytvyn", q.get(1).speaker());
        assertEquals(
                "This is the first paragraph of a long statement.", q.get(1).text());
        assertEquals("Ihor Lytvyn", q.get(2).speaker());
    }

    @Test
    void singleScareQuotedWordsAreNotQuotesAndUnattributedQuotesHaveNoSpeaker() {
        List<QuoteSuggestion> q = quotes("The so-called “shaheds” flew low.\n\nA sign read “No war here”.");
        assertEquals(1, q.size());
        assertEquals("No war here", q.get(0).text());
        assertNull(q.get(0).speaker());
    }
}
