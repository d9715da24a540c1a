package org.eventdesk.domain.shared;

/**
 * One thing wrong with one field of some input, worded for the person who typed it.
 *
 * @param field the field's name as the caller knows it (API JSON name, form field)
 * @param message what is wrong and, where possible, what would be right
 */
public record FieldError(String field, String message) {}
