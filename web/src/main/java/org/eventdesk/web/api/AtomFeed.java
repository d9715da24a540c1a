package org.eventdesk.web.api;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;

/**
 * The Atom feed (RFC 4287) of what went out: one entry per publication-log entry, so a first publication, each
 * correction and a retraction are each announced, never silently replaced. An entry's id is its log entry's
 * address, which never changes; a paged feed links to the next (older) page (RFC 5005).
 */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param base the desk's address, without a trailing slash
     * @param self this page's absolute address
     * @param next the older page's address, {@code null} on the last page
     */
    static byte[] write(
            List<PublicCopies.FeedEntry> entries,
            String base,
            String self,
            String next,
            Instant updated,
            String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", self);
            element(xml, "title", title);
            element(xml, "updated", PublicRecordJson.utc(updated));
            link(xml, "self", MEDIA_TYPE, self);
            link(xml, "alternate", "text/html", base + "/events");
            if (next != null) {
                link(xml, "next", MEDIA_TYPE, next);
            }
            xml.writeStartElement("author");
            element(xml, "name", title);
            xml.writeEndElement();
            for (PublicCopies.FeedEntry e : entries) {
                entry(xml, e, base);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, PublicCopies.FeedEntry e, String base) throws XMLStreamException {
        boolean retraction = "RETRACTED".equals(e.kind());
        xml.writeStartElement("entry");
        element(xml, "id", base + "/api/v1/publication-log/" + e.seq());
        element(
                xml,
                "title",
                switch (e.kind()) {
                    case "CORRECTED" -> "Corrected (version " + e.version() + "): " + e.title();
                    case "RETRACTED" -> "Retracted: " + e.title();
                    default -> "Published: " + e.title();
                });
        element(xml, "published", PublicRecordJson.utc(e.at()));
        element(xml, "updated", PublicRecordJson.utc(e.at()));
        link(
                xml,
                "alternate",
                "text/html",
                base + "/events/" + e.recordId() + (retraction ? "" : "?version=" + e.version()));
        link(
                xml,
                "related",
                "application/json",
                base + "/api/v1/events/" + e.recordId() + (retraction ? "" : "?version=" + e.version()));
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", e.kind());
        String summary = summary(e);
        if (summary != null) {
            element(xml, "summary", summary);
        }
        xml.writeEndElement();
    }

    /** What the entry says: the retraction's reason, a correction's note and changes, a record's summary. */
    private static String summary(PublicCopies.FeedEntry e) {
        if ("RETRACTED".equals(e.kind())) {
            return "Retracted: " + e.note();
        }
        if (e.document() == null) {
            return e.note();
        }
        PublicRecord record = PublicRecordJson.parse(e.document());
        if (record.correction() != null) {
            return "Correction: " + record.correction().note()
                    + (record.correction().changes().isEmpty()
                            ? ""
                            : " Changes: "
                                    + String.join("; ", record.correction().changes()) + ".");
        }
        return record.summary();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlCharacters(text));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters at all, escaped or not; they are left out. */
    static String xmlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
