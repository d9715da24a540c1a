package org.eventdesk.infrastructure.search.lucene;

import org.eventdesk.domain.record.RecordIndex;
import org.eventdesk.infrastructure.search.EnglishChain;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's English analysis ({@link EnglishChain}) on the Lucene backend of a server alone, through {@code
 * hibernate.search.backend.analysis.configurer} (the package is the backend's name, see persistence.xml).
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var chain = context.analyzer(RecordIndex.ENGLISH).custom().tokenizer(EnglishChain.TOKENIZER);
        for (String filter : EnglishChain.FILTERS) {
            chain.tokenFilter(filter);
        }
    }
}
