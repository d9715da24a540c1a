package org.eventdesk.domain.source;

import java.util.regex.Pattern;

/** How the raw input of a source was written. */
public enum InputFormat {
    PLAIN_TEXT,
    HTML;

    private static final Pattern HTML_MARKUP = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\\s>])|</(p|div|article|body)>");

    /** Pasted input carries no type, so markup decides: a page or a paragraph tag means HTML. */
    public static InputFormat detect(String raw) {
        return raw != null && HTML_MARKUP.matcher(raw).find() ? HTML : PLAIN_TEXT;
    }
}
