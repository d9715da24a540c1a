package org.eventdesk.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The index's English analysis in Lucene's terms, defined once: Lucene's standard tokenizer, then possessives
 * dropped ("Russia's"), lower case, accents folded ("Kýiv" finds "Kyiv"), English stop words dropped and Porter
 * stemming ("drones", "droned" and "drone" are one word). The same chain as Elasticsearch's built-in {@code english}
 * analyser plus the accent folding. The Lucene backend builds the index's analyser from it ({@code
 * lucene.EnglishAnalysis}); the OpenSearch backend of several servers is given the same filters under its own names
 * ({@code elasticsearch.EnglishAnalysis}); and the search marks matched words with it ({@link #analyzer()}) on
 * either. Plain Lucene, so that it loads whichever backend the server gave the deployment.
 */
public final class EnglishChain {
    public static final String TOKENIZER = "standard";
    public static final List<String> FILTERS =
            List.of("englishPossessive", "lowercase", "asciiFolding", "stop", "porterStem");

    private EnglishChain() {}

    /** The chain as a Lucene analyser of its own, for analysing words outside the index. */
    public static Analyzer analyzer() {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(TOKENIZER);
            for (String filter : FILTERS) {
                builder.addTokenFilter(filter);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
