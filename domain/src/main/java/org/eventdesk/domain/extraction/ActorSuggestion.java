package org.eventdesk.domain.extraction;

/**
 * Someone acting or speaking in the article.
 *
 * @param name the normalised name: the full name of a person when it appeared anywhere in the article
 *     ("Mr Zelensky" gives "Volodymyr Zelensky"), the canonical name of a state or organisation
 * @param kind STATE, ARMED_GROUP, GOVERNMENT, ORGANISATION, PERSON or CIVILIANS
 */
public record ActorSuggestion(String name, String kind, int start, int end) {}
