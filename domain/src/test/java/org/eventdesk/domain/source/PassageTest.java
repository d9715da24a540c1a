package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassageTest {
    /** The sentence around the first occurrence of {@code quote} in {@code text}. */
    private static Passage around(String text, String quote) {
        int start = text.indexOf(quote);
        assertTrue(start >= 0, quote);
        return Passage.around(text, start, start + quote.length());
    }

    @Test
    void aQuoteSitsInTheSentenceBetweenTheFullStopsAroundIt() {
        Passage p = around(
                "Kyiv was attacked overnight. Two people were killed, authorities said. Power is out.", "Two people");
        assertEquals("", p.before());
        assertEquals("Two people", p.quoted());
        assertEquals(" were killed, authorities said.", p.after());
        assertEquals("Two people were killed, authorities said.", p.sentence());
    }

    @Test
    void titlesAndInitialismsDoNotEndASentence() {
        String text =
                "It was quiet. Mr. Zelensky met U.S. President Donald Trump at Mar-a-Lago on Sunday. Later, talks.";
        assertEquals(
                "Mr. Zelensky met U.S. President Donald Trump at Mar-a-Lago on Sunday.",
                around(text, "Donald Trump").sentence());
        assertEquals(
                "Mr. Zelensky met U.S. President Donald Trump at Mar-a-Lago on Sunday.",
                around(text, "Zelensky").sentence());
    }

    @Test
    void aDecimalPointIsNotAFullStop() {
        String text = "Fighting went on. About 2.5 million people lost power in the region. Repairs began.";
        Passage p = around(text, "2.5 million");
        assertEquals("About ", p.before());
        assertEquals(" people lost power in the region.", p.after());
    }

    @Test
    void aQuotationThatEndsASentenceEndsItAfterTheClosingMark() {
        String text = "Zelensky wrote: “Kinzhals and ‘shaheds’ speak for them.” Russia launched 40 missiles.";
        assertEquals(
                "Zelensky wrote: “Kinzhals and ‘shaheds’ speak for them.”",
                around(text, "speak for them").sentence());
        assertEquals("Russia launched 40 missiles.", around(text, "40 missiles").sentence());
    }

    @Test
    void aQuestionFollowedByALowerCaseWordGoesOn() {
        String text = "Nobody knew. “Will they come back tonight?” she asked the crowd. It was late.";
        assertEquals(
                "“Will they come back tonight?” she asked the crowd.",
                around(text, "she asked").sentence());
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutPunctuation() {
        String text = "Kyiv strikes live\nAt least 46 people were wounded\nMore to follow.";
        Passage p = around(text, "46 people");
        assertEquals("At least ", p.before());
        assertEquals(" were wounded", p.after());
    }

    @Test
    void aQuoteThatRunsOverASentenceEndKeepsBothSentences() {
        String text = "Start. Two were killed. Three were hurt in the blast. End.";
        assertEquals(
                "Two were killed. Three were hurt in the blast.",
                around(text, "killed. Three").sentence());
    }

    @Test
    void aQuoteThatEndsWithTheFullStopEndsThere() {
        String text = "Two were killed. Three were hurt.";
        Passage p = around(text, "Two were killed.");
        assertEquals("", p.after());
    }

    @Test
    void anEndlessSentenceIsCutAtAWordEitherSide() {
        String words = "word ".repeat(200);
        String text = words + "KEY " + words;
        Passage p = around(text, "KEY");
        assertTrue(p.cutBefore() && p.cutAfter());
        assertTrue(p.before().length() <= Passage.MAX_SIDE, "" + p.before().length());
        assertTrue(p.after().length() <= Passage.MAX_SIDE);
        assertTrue(p.before().startsWith("word "), p.before());
        assertTrue(p.after().endsWith("word"), p.after());
        assertFalse(around("One sentence. KEY here.", "KEY").cutBefore());
    }

    @Test
    void theSourceAnswersOnlyForASpanOfItsCleanedText() {
        Source source = Source.receive(
                SourceTest.submission("Title", "Outlet", null, "Calm. Two people were killed overnight. Later, calm."),
                "editor",
                java.time.Instant.parse("2025-12-27T12:00:00Z"));
        assertEquals(
                "Two people were killed overnight.",
                source.sentenceAround(6, 16).orElseThrow().sentence());
        assertTrue(source.sentenceAround(6, 10_000).isEmpty());
        assertTrue(source.sentenceAround(16, 6).isEmpty());
    }
}
