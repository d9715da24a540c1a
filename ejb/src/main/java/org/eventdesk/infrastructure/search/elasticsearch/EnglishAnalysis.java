package org.eventdesk.infrastructure.search.elasticsearch;

import org.eventdesk.domain.record.RecordIndex;
import org.eventdesk.infrastructure.search.EnglishChain;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The index's English analysis on OpenSearch (or Elasticsearch), for several servers sharing one index:
 * {@link EnglishChain} filter for filter (standard tokenizer, possessives dropped, lower case, accents folded, English
 * stop words, Porter stemming), so that a record is found by the same words on either backend, and the words the
 * desk marks in the records grid (analysed locally with the Lucene chain) are the ones the index matched. Only the
 * possessive filter needs a definition; the others are built in under these names.
 */
public class EnglishAnalysis implements ElasticsearchAnalysisConfigurer {
    private static final String POSSESSIVE = "english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(RecordIndex.ENGLISH)
                .custom()
                .tokenizer(EnglishChain.TOKENIZER)
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "stop", "porter_stem");
    }
}
