package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventdesk.domain.record.MarkedText.Piece;
import org.eventdesk.domain.record.MarkedText.Span;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    @Test
    void piecesCutTheTextWhereMarksStartAndEnd() {
        MarkedText text = new MarkedText("Drones struck the port at night", List.of(new Span(0, 6), new Span(18, 22)));

        assertEquals(
                List.of(
                        new Piece("Drones", true),
                        new Piece(" struck the ", false),
                        new Piece("port", true),
                        new Piece(" at night", false)),
                text.pieces());
    }

    @Test
    void piecesOfMarksSideBySideAndAtTheEnd() {
        MarkedText text = new MarkedText("a drone drones", List.of(new Span(2, 7), new Span(8, 14)));

        assertEquals(
                List.of(
                        new Piece("a ", false),
                        new Piece("drone", true),
                        new Piece(" ", false),
                        new Piece("drones", true)),
                text.pieces());
    }

    @Test
    void aPlainTextIsOnePieceAndAnEmptyOneNone() {
        assertEquals(
                List.of(new Piece("<b>as typed</b>", false)),
                MarkedText.plain("<b>as typed</b>").pieces());
        assertEquals(List.of(), MarkedText.plain(null).pieces());
    }

    @Test
    void anExcerptKeepsItsMarksWhereTheyMoved() {
        String words = "word ".repeat(40) + "drone " + "word ".repeat(40);
        MarkedText excerpt = new MarkedText(words, List.of(new Span(200, 205))).excerpt(60);

        assertEquals(1, excerpt.marks().size());
        Span mark = excerpt.marks().get(0);
        assertEquals("drone", excerpt.text().substring(mark.start(), mark.end()));
        assertTrue(excerpt.text().length() <= 60, excerpt.text());
    }
}
