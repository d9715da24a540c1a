package org.eventdesk.e2e;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an Atom document against RFC 4287: the grammar ({@code schemas/atom.rnc}, RELAX NG compact, validated
 * with Jing) and the RFC's rules that a grammar cannot say (section 4.1.1: a feed without an author needs one in
 * every entry, and at most one alternate link per type and language).
 */
final class AtomFeeds {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {}

    /** Every way the document breaks RFC 4287; empty when it is a valid Atom document. */
    static List<String> violations(byte[] document) {
        List<String> violations = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are not violations.
            }

            @Override
            public void error(SAXParseException e) {
                violations.add("line " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            if (!driver.loadSchema(
                    new InputSource(Objects.requireNonNull(AtomFeeds.class.getResource("/schemas/atom.rnc"))
                            .toString()))) {
                throw new AssertionError("the Atom schema does not load: " + violations);
            }
            driver.validate(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            violations.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (violations.isEmpty()) {
            violations.addAll(rulesBeyondTheGrammar(parse(document)));
        }
        return violations;
    }

    static Document parse(byte[] document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Atom children of an element with a local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of the only Atom child of that name, or {@code null}. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The href of the link with that rel ("alternate" when a link names none), or {@code null}. */
    static String link(Element parent, String rel) {
        for (Element link : children(parent, "link")) {
            String linkRel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
            if (linkRel.equals(rel)) {
                return link.getAttribute("href");
            }
        }
        return null;
    }

    private static List<String> rulesBeyondTheGrammar(Document document) {
        List<String> violations = new ArrayList<>();
        Element root = document.getDocumentElement();
        List<Element> entries = root.getLocalName().equals("feed") ? children(root, "entry") : List.of(root);
        if (root.getLocalName().equals("feed") && children(root, "author").isEmpty()) {
            for (Element entry : entries) {
                if (children(entry, "author").isEmpty() && !sourceHasAuthor(entry)) {
                    violations.add("4.1.1: the feed has no author and entry " + text(entry, "id") + " has none either");
                }
            }
        }
        List<Element> holders = new ArrayList<>(entries);
        holders.add(root);
        for (Element holder : holders) {
            Set<String> alternates = new HashSet<>();
            for (Element link : children(holder, "link")) {
                String rel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
                if (rel.equals("alternate")
                        && !alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
                    violations.add("4.1.1/4.1.2: two alternate links of type " + link.getAttribute("type") + " in "
                            + holder.getLocalName() + " " + text(holder, "id"));
                }
            }
        }
        return violations;
    }

    private static boolean sourceHasAuthor(Element entry) {
        return children(entry, "source").stream()
                .anyMatch(source -> !children(source, "author").isEmpty());
    }
}
