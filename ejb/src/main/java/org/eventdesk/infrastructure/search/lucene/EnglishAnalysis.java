package org.eventdesk.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.eventdesk.domain.record.RecordIndex;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's English analysis, defined once: Lucene's standard tokenizer, then possessives dropped ("Russia's"),
 * lower case, accents folded ("Kýiv" finds "Kyiv"), English stop words dropped and Porter stemming ("drones",
 * "droned" and "drone" are one word). The same chain as Elasticsearch's built-in {@code english} analyser plus the
 * accent folding. The Lucene backend takes it through {@code hibernate.search.backend.analysis.configurer}; the
 * search marks matched words with the very same chain ({@link #analyzer()}).
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {
    private static final String TOKENIZER = "standard";
    private static final List<String> FILTERS =
            List.of("englishPossessive", "lowercase", "asciiFolding", "stop", "porterStem");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var chain = context.analyzer(RecordIndex.ENGLISH).custom().tokenizer(TOKENIZER);
        for (String filter : FILTERS) {
            chain.tokenFilter(filter);
        }
    }

    /** The chain as a Lucene analyser of its own, for analysing words outside the index. */
    static Analyzer analyzer() {
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
