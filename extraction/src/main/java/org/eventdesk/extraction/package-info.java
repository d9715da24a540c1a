/**
 * The extraction assistant: rule-based suggestions of the figures, times, places, actors and quotes in an
 * article's cleaned text, each with the span it came from. {@link org.eventdesk.extraction.Extractor} is the
 * entry point and documents every rule; the records it returns are the contract with the UI and API.
 *
 * <p>The place gazetteer is generated at build time from GeoLite2 City, taken from Maven Central (see {@code
 * GAZETTEER-ATTRIBUTION.md} next to it in the resources); the organisation and alias lists are the project's own.
 * Nothing is fetched at run time.
 *
 * <p>Commands (from the repository root):
 *
 * <ul>
 *   <li>{@code mvn -q -pl extraction test-compile exec:java@evaluate-extraction}: precision and recall per kind on the
 *       annotated articles in {@code extraction/src/test/resources/extraction} ({@code -Dextraction.verbose=true}
 *       lists each miss);
 *   <li>{@code mvn -q -pl extraction test-compile exec:java@benchmark-extraction}: articles per second on one core;
 *   <li>{@code mvn -q -pl extraction test}: the rule tests and the quality gate.
 * </ul>
 */
package org.eventdesk.extraction;
