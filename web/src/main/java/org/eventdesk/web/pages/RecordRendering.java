package org.eventdesk.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.publishing.PublicRecord;

/**
 * The public pages' templates, compiled at build time, and the one piece of them the desk shows too: a record's
 * facts as readers read them (labels, times in words, each fact beside its quoted words). The reviewer's screen
 * renders the working copy with the same template the public page renders a sealed version with, so what a
 * reviewer approves is what readers will see.
 */
public final class RecordRendering {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
            null, ContentType.Html, RecordRendering.class.getClassLoader(), "org.eventdesk.web.pages.templates");

    private RecordRendering() {}

    /**
     * The record as readers read it: its heading (type, title, time in words, verification) and its facts, as HTML
     * escaped by the templates, in one {@code <div>}.
     */
    public static String facts(PublicRecord record) {
        EventPage page = new EventPage(record, record.version(), List.of(), 0, "", "");
        StringOutput output = new StringOutput();
        TEMPLATES.render("heading.jte", Map.of("page", page), output);
        TEMPLATES.render("facts.jte", Map.of("page", page), output);
        return "<div class=\"readers-view\">" + output + "</div>";
    }
}
