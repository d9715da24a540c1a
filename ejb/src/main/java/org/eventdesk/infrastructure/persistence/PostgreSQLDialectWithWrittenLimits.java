package org.eventdesk.infrastructure.persistence;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.PostgreSQLSqlAstTranslator;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.predicate.LikePredicate;
import org.hibernate.sql.exec.spi.JdbcOperation;

/**
 * Hibernate's PostgreSQL dialect, except that a query's page size is written into the statement
 * ({@code fetch first 51 rows only}) instead of being bound ({@code fetch first ? rows only}). Every JPQL query of the
 * persistence unit that sets a maximum of rows gets it; native queries are paged by Hibernate's limit handler and stay
 * bound.
 *
 * <p>Why: PostgreSQL does not know a bound page size when it makes a generic plan, and then assumes a tenth of the
 * rows will be read. Every generic plan of a page so looked dearer than planning the statement afresh with the size
 * given, so PostgreSQL planned it again at every execution: {@code pg_stat_statements} counted 20,202 plans for
 * 20,201 runs of the records list's opening page, against 5 for the same statement written with {@code limit 50}. On
 * the fastest pages of the list (0.4–0.6 ms) that planning was what kept them over the benchmark's ratio. With the
 * size written, PostgreSQL plans a page once per connection and size, as it does a hand-written one.
 *
 * <p>This is the way Hibernate renders pages for databases that cannot bind them (its DB2 and Derby translators):
 * the value is read from the query's options, and the statement Hibernate keeps for a query is reused only for the
 * same size; a query run with another size is translated again, and replaces the one kept for the whole server. So
 * a query run often is best asked with one size: the records list's pages, the grid's and the API's, first or by
 * cursor, all ask one row more than a page (see the README, "Page sizes written into PostgreSQL's statements").
 *
 * <p>The offset stays bound. A bound offset makes PostgreSQL assume a tenth of the rows again, so a page read by
 * offset is planned at every run either way, and writing it in would only add a translation for every offset. The
 * records list asks for its first pages without an offset and reads deep pages by cursor.
 *
 * <p>Except where words are matched against a bound pattern ({@code lower(name) like ?}, the filters by name): there
 * the size stays bound, so that PostgreSQL keeps planning the statement for the words it is given. With the size
 * written in, a few runs for a name nobody holds (each an expensive scan of the names) made PostgreSQL switch to a
 * generic plan that looked cheaper, a walk of all the records, which then took 1.5 s a page on a desk of a million
 * without the trigram indexes (V20) instead of 0.25 s. With a bound size PostgreSQL never chose a generic plan there.
 */
public class PostgreSQLDialectWithWrittenLimits extends PostgreSQLDialect {

    public PostgreSQLDialectWithWrittenLimits(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
        return new StandardSqlAstTranslatorFactory() {
            @Override
            protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(
                    SessionFactoryImplementor sessionFactory, Statement statement) {
                return new WrittenLimitsTranslator<>(sessionFactory, statement);
            }
        };
    }

    private static final class WrittenLimitsTranslator<T extends JdbcOperation> extends PostgreSQLSqlAstTranslator<T> {
        /** Set by a pattern not in the statement's text; the statement's own page is rendered after its conditions. */
        private boolean boundPattern;

        WrittenLimitsTranslator(SessionFactoryImplementor sessionFactory, Statement statement) {
            super(sessionFactory, statement);
        }

        @Override
        public void visitLikePredicate(LikePredicate like) {
            boundPattern |= !(like.getPattern() instanceof Literal);
            super.visitLikePredicate(like);
        }

        @Override
        protected void renderFetchExpression(Expression fetch) {
            // Hibernate's literal rendering refuses a statement translated without bindings (one Hibernate makes for
            // itself, such as an insert from a select); none of the desk's pages is one, and such a statement keeps
            // its size bound, as Hibernate's own translator renders it.
            if (boundPattern || getJdbcParameterBindings() == null) {
                super.renderFetchExpression(fetch);
            } else {
                renderExpressionAsLiteral(fetch, getJdbcParameterBindings());
            }
        }
    }
}
