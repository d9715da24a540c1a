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
 * Hibernate's PostgreSQL dialect, except that a query's page size and offset are written into the statement
 * ({@code fetch first 50 rows only}) instead of being bound ({@code fetch first ? rows only}).
 *
 * <p>Why: PostgreSQL does not know a bound page size when it makes a generic plan, and then assumes a tenth of the
 * rows will be read. Every generic plan of a page so looked dearer than planning the statement afresh with the size
 * given, so PostgreSQL planned it again at every execution: {@code pg_stat_statements} counted 20,202 plans for
 * 20,201 runs of the records list's opening page, against 5 for the same statement written with {@code limit 50}. On
 * the fastest pages of the list (0.4–0.6 ms) that planning was what kept them over the benchmark's ratio. With the
 * size written, PostgreSQL plans a page once per connection and size, as it does a hand-written one.
 *
 * <p>This is the way Hibernate renders pages for databases that cannot bind them (its DB2 and Derby translators):
 * the value is read from the query's options, and the statement Hibernate keeps for the query is reused only for
 * the same page size and offset; a query run with another size is translated again. The records list uses one size
 * (50) and reads deep pages by cursor, so that happens rarely.
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
        /** Set by a pattern that is not in the statement's text; the page comes last, after every condition. */
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
        protected void renderOffsetExpression(Expression offset) {
            if (boundPattern) {
                super.renderOffsetExpression(offset);
            } else {
                renderExpressionAsLiteral(offset, getJdbcParameterBindings());
            }
        }

        @Override
        protected void renderFetchExpression(Expression fetch) {
            if (boundPattern) {
                super.renderFetchExpression(fetch);
            } else {
                renderExpressionAsLiteral(fetch, getJdbcParameterBindings());
            }
        }
    }
}
