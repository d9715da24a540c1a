package org.eventdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.RecordIndex;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordSearch;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.util.common.SearchException;

/**
 * The records' index through Hibernate Search. A search with words is answered wholly by the index: the words and
 * every other filter of the list are one query, so a common word among a million records costs what a rare one
 * does (restricting a database query to the ids the words matched would need every matching id first).
 */
@ApplicationScoped
public class HibernateRecordSearch implements RecordSearch {
    private static final Logger LOG = Logger.getLogger(HibernateRecordSearch.class.getName());

    /**
     * What the words may use: "quoted phrases", {@code -word} to exclude, {@code a | b} for either, {@code (...)}
     * and {@code word*} for a prefix. Anything else is a plain character, so no input is a syntax error.
     */
    private static final Set<SimpleQueryFlag> SYNTAX = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE);

    private static final Analyzer ENGLISH = EnglishChain.analyzer();

    /**
     * Lucene refuses a query of more than 1,024 clauses by default. The list's word filters are bounded (each at
     * most {@link RecordQuery#MAX_WORDS} characters), and the largest query they can make (every word one letter:
     * about 150 words over seven fields for the words, and over two fields twice for the place and the actor) has
     * about 2,250, so with this limit no input of an allowed length is refused.
     */
    private static final int MAX_CLAUSES = 4096;

    private static final String COORDINATION = "hibernate.search.coordination.strategy";
    private static final String OUTBOX_POLLING = "outbox-polling";

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
    }

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    public HibernateRecordSearch() {}

    /** Outside the server (the full-text benchmark): the same index queries on an entity manager of the caller's. */
    public HibernateRecordSearch(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Long> matching(RecordQuery query, RecordListing.Cursor after, int offset, int limit) {
        boolean ranked = query.ranked();
        if (ranked && offset >= MAX_RANKED || limit <= 0) {
            return List.of();
        }
        int size = ranked ? Math.min(limit, MAX_RANKED - offset) : limit;
        try {
            return page(query, after, ranked, offset, size);
        } catch (SearchException e) {
            if (tooManyClauses(e)) {
                throw new InvalidInputException(FieldError.of("q", "record.search.tooMuch"));
            }
            throw e;
        }
    }

    /**
     * Lucene says so with its exception; OpenSearch (several servers) with an error whose text Hibernate Search
     * passes on ("too_many_clauses", or "too_many_nested_clauses" for one group of words), when its {@code
     * indices.query.bool.max_clause_count} (1,024 unless the node is set up as the README says) is below what the
     * words make.
     */
    private static boolean tooManyClauses(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof IndexSearcher.TooManyClauses
                    || message.contains("too_many_clauses")
                    || message.contains("too_many_nested_clauses")) {
                return true;
            }
        }
        return false;
    }

    private List<Long> page(RecordQuery query, RecordListing.Cursor after, boolean ranked, int offset, int size) {
        return Search.session(em)
                .search(EventRecord.class)
                .select(f -> f.id(Long.class))
                .where((f, all) -> {
                    all.add(words(f, query.text()));
                    filters(f, query).forEach(all::add);
                    if (after != null && !ranked) {
                        all.add(after(f, query.order(), after));
                    }
                })
                .sort(f -> order(f, query))
                .fetchHits(Math.max(0, offset), size);
    }

    /** Title first, then names, summary, claims, and the cited passages least (they also speak of other things). */
    private static PredicateFinalStep words(SearchPredicateFactory f, String words) {
        return f.simpleQueryString()
                .field(RecordIndex.TITLE)
                .boost(4f)
                .fields(RecordIndex.PLACE_NAME, RecordIndex.PLACE_ALIAS, RecordIndex.ACTOR_NAME)
                .boost(2f)
                .field(RecordIndex.SUMMARY)
                .boost(1.5f)
                .fields(RecordIndex.CLAIM_TEXT, RecordIndex.CLAIM_SPEAKER)
                .field(RecordIndex.CITED)
                .boost(0.5f)
                .matching(words)
                .defaultOperator(BooleanOperator.AND)
                .flags(SYNTAX);
    }

    /** The list's other filters, as the database query applies them (see JpaRecordRepository). */
    private static List<PredicateFinalStep> filters(SearchPredicateFactory f, RecordQuery query) {
        List<PredicateFinalStep> filters = new ArrayList<>();
        if (query.type() != null) {
            filters.add(f.match().field(RecordIndex.TYPE_LINEAGE).matching(query.type()));
        }
        if (query.status() != null) {
            filters.add(f.match().field(RecordIndex.STATUS).matching(query.status()));
        }
        if (query.from() != null) {
            filters.add(f.range().field(RecordIndex.START).atLeast(query.from()));
        }
        if (query.before() != null) {
            filters.add(f.range().field(RecordIndex.START).lessThan(query.before()));
        }
        if (query.verification() != null) {
            filters.add(f.match().field(RecordIndex.VERIFICATION).matching(query.verification()));
        }
        if (query.place() != null) {
            filters.add(names(f, query.place(), RecordIndex.PLACE_NAME, RecordIndex.PLACE_ALIAS));
        }
        if (query.country() != null) {
            filters.add(f.match()
                    .field(RecordIndex.PLACE_COUNTRY)
                    .matching(query.country().toUpperCase(Locale.ROOT)));
        }
        if (query.actor() != null) {
            filters.add(names(f, query.actor(), RecordIndex.ACTOR_NAME));
        }
        if (query.figureCategory() != null) {
            filters.add(f.match().field(RecordIndex.FIGURE_CATEGORY).matching(query.figureCategory()));
        }
        if (query.area() != null) {
            filters.add(f.range()
                    .field(RecordIndex.PLACE_LAT)
                    .between(query.area().south(), query.area().north()));
            filters.add(f.range()
                    .field(RecordIndex.PLACE_LON)
                    .between(query.area().west(), query.area().east()));
        }
        return filters;
    }

    /**
     * Every word of a place or actor filter, as a word ("forces" finds "Force") or as the start of one ("kyi" finds
     * "Kyiv", "russia" finds "Russian"), the way an editor types a name they half remember.
     */
    private static PredicateFinalStep names(SearchPredicateFactory f, String words, String... fields) {
        var every = f.and();
        for (String word : words.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            every.add(f.or(
                    f.match().fields(fields).matching(word),
                    f.wildcard().fields(fields).matching(word.replaceAll("([*?\\\\])", "\\\\$1") + "*")));
        }
        return every;
    }

    /** Strictly after the cursor's row in a time order, as the database query's keyset does. */
    private static PredicateFinalStep after(
            SearchPredicateFactory f, RecordQuery.Order order, RecordListing.Cursor after) {
        boolean byEvent = order == RecordQuery.Order.EVENT_TIME;
        String time = byEvent ? RecordIndex.START : RecordIndex.UPDATED_AT;
        if (after.time() == null) {
            return f.and(
                    f.not(f.exists().field(time)),
                    f.range().field(RecordIndex.ID).lessThan(after.id()));
        }
        var later = f.or().add(f.range().field(time).lessThan(after.time()))
                .add(f.and(
                        f.match().field(time).matching(after.time()),
                        f.range().field(RecordIndex.ID).lessThan(after.id())));
        if (byEvent) {
            later.add(f.not(f.exists().field(time)));
        }
        return later;
    }

    private static SortFinalStep order(SearchSortFactory f, RecordQuery query) {
        if (query.ranked()) {
            return f.score()
                    .then()
                    .field(RecordIndex.UPDATED_AT)
                    .desc()
                    .then()
                    .field(RecordIndex.ID)
                    .desc();
        }
        if (query.order() == RecordQuery.Order.EVENT_TIME) {
            return f.field(RecordIndex.START)
                    .desc()
                    .missing()
                    .last()
                    .then()
                    .field(RecordIndex.ID)
                    .desc();
        }
        return f.field(RecordIndex.UPDATED_AT)
                .desc()
                .then()
                .field(RecordIndex.ID)
                .desc();
    }

    @Override
    public List<MarkedText.Span> marks(String words, String text) {
        if (words == null || text == null || text.isEmpty()) {
            return List.of();
        }
        // Excluded words ("-drone") are not what the reader looks for; the rest are, whatever their syntax.
        String wanted = Arrays.stream(words.strip().split("\\s+"))
                .filter(w -> !w.startsWith("-"))
                .collect(Collectors.joining(" "));
        Set<String> terms = new HashSet<>();
        analyse(wanted, (term, start, end) -> terms.add(term));
        List<MarkedText.Span> spans = new ArrayList<>();
        if (!terms.isEmpty()) {
            analyse(text, (term, start, end) -> {
                if (terms.contains(term)) {
                    spans.add(new MarkedText.Span(start, end));
                }
            });
        }
        return spans;
    }

    private interface TokenSink {
        void token(String term, int start, int end);
    }

    private static void analyse(String text, TokenSink sink) {
        try (TokenStream tokens = ENGLISH.tokenStream(RecordIndex.TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.token(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With outbox-polling coordination (several servers) a save only queues an event and never waits for the index,
     * and Hibernate Search refuses a synchronisation strategy outright; alone on Lucene, the session stops waiting.
     */
    @Override
    public void indexWithoutWaiting() {
        Object coordination = em.getEntityManagerFactory().getProperties().get(COORDINATION);
        if (!OUTBOX_POLLING.equals(coordination)) {
            Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        }
    }

    @Override
    public boolean isEmpty() {
        return Search.session(em)
                        .search(EventRecord.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()
                == 0;
    }

    @Override
    public boolean lacksCoordinates() {
        return Search.session(em)
                        .search(EventRecord.class)
                        .where(f -> f.exists().field(RecordIndex.PLACE_LAT))
                        .fetchTotalHitCount()
                == 0;
    }

    @Override
    public void rebuild() {
        long started = System.nanoTime();
        try {
            Search.session(em)
                    .massIndexer(EventRecord.class)
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the re-index was interrupted", e);
        }
        LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
