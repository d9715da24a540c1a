package org.eventdesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How H2 finds the records with an actor or a place whose name contains some words, which no index of its own can
 * answer (PostgreSQL's trigram indexes do, V20). The words are matched against every name the desk has known (V21,
 * kept whole by {@link KnownNamesIntegrator}); the whole names then lead to their records by an index. Few records:
 * the list reads those by id. None: there is nothing to read. Many: the list walks the records in its order and stops
 * after a page, which finds a common name soon.
 */
final class KnownNames {
    /** The facts that have names: their table, their known names' table, their entity and its alias in JPQL. */
    enum Fact {
        ACTOR("record_actor", "known_actor_name", "RecordActor", "a"),
        PLACE("record_place", "known_place_name", "RecordPlace", "p");

        final String table;
        final String knownNamesTable;
        final String entity;
        final String alias;

        Fact(String table, String knownNamesTable, String entity, String alias) {
            this.table = table;
            this.knownNamesTable = knownNamesTable;
            this.entity = entity;
            this.alias = alias;
        }
    }

    /**
     * At most this many facts (actors or places, so a record with two such names counts twice) lead to records read by
     * id, which H2 then sorts for the page. A name more facts hold is found by the walk, which at a million records
     * meets fifty of them within some ten thousand records.
     */
    static final int FEW_HOLDERS = 5_000;

    /**
     * Words matching more names than this are taken as common without counting their records: so many names make a
     * long statement, and are rarely held by few records.
     */
    static final int MANY_NAMES = 1_000;

    /** Where the words led: no record, these few records, or more than the list should read by id. */
    sealed interface Holders {}

    record NoHolder() implements Holders {}

    record FewHolders(List<Long> recordIds) implements Holders {}

    record ManyHolders() implements Holders {}

    private final int fewHolders;

    /**
     * Words once found common, by database (its persistence unit) and by the number read by id, so that their records
     * are not counted again on every page. Records are never deleted, and an edit that drops a name from one of them
     * leaves the rest; were a name to become rare, the walk would still find its records, only slower. Kept apart
     * from any one repository, which the tools outside the server make for each page. A database's words are
     * forgotten if they ever number more than {@link #REMEMBERED}.
     */
    private static final Map<EntityManagerFactory, Set<String>> COMMON =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final int REMEMBERED = 10_000;

    KnownNames(int fewHolders) {
        this.fewHolders = fewHolders;
    }

    /** @param pattern the words as the list's LIKE pattern: lower case, {@code \} escaping */
    Holders holders(EntityManager em, Fact fact, String pattern) {
        Set<String> common =
                COMMON.computeIfAbsent(em.getEntityManagerFactory(), unit -> ConcurrentHashMap.newKeySet());
        String key = fewHolders + "\n" + fact + "\n" + pattern;
        if (common.contains(key)) {
            return new ManyHolders();
        }
        @SuppressWarnings("unchecked")
        List<String> matching = em.createNativeQuery(
                        "select name from " + fact.knownNamesTable + " where lower(name) like ?1 escape '\\'",
                        String.class)
                .setParameter(1, pattern)
                .setMaxResults(MANY_NAMES + 1)
                .getResultList();
        if (matching.isEmpty()) {
            return new NoHolder();
        }
        if (matching.size() <= MANY_NAMES) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select record_id from " + fact.table + " where name in (?1)")
                    .setParameter(1, matching)
                    .setMaxResults(fewHolders + 1)
                    .getResultList();
            if (ids.isEmpty()) {
                return new NoHolder(); // names that records held once
            }
            if (ids.size() <= fewHolders) {
                return new FewHolders(
                        ids.stream().map(Number::longValue).distinct().toList());
            }
        }
        if (common.size() >= REMEMBERED) {
            common.clear();
        }
        common.add(key);
        return new ManyHolders();
    }
}
