package org.eventdesk.web.ui.records;

import com.vaadin.flow.component.html.Span;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * Small labels for status and verification, coloured so a reviewer sees at a glance what is corroborated and
 * what is disputed. Styled inline: the desk adds no front-end code, so Vaadin's ready-made bundle serves it.
 */
final class Badges {
    private Badges() {}

    static Span verification(Verification verification) {
        String colour =
                switch (verification) {
                    case CORROBORATED, OFFICIALLY_CONFIRMED -> "var(--lumo-success-color-10pct)";
                    case DISPUTED, FALSE -> "var(--lumo-error-color-10pct)";
                    case SINGLE_SOURCE -> "var(--lumo-primary-color-10pct)";
                    case UNVERIFIED -> "var(--lumo-contrast-10pct)";
                };
        return badge(Texts.of(verification), colour, "verification-badge");
    }

    static Span status(RecordStatus status) {
        return badge(Texts.of(status), "var(--lumo-contrast-10pct)", "status-badge");
    }

    private static Span badge(String text, String background, String className) {
        Span badge = new Span(text);
        badge.addClassName(className);
        badge.getStyle()
                .set("background", background)
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 0.5em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        return badge;
    }
}
