package org.eventdesk.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eventdesk.domain.record.Claim;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.Figure;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationHead;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordComment;
import org.eventdesk.domain.record.RecordLink;
import org.eventdesk.domain.record.RecordPlace;
import org.eventdesk.domain.record.RecordPresence;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.shared.SchemaDialect;
import org.eventdesk.domain.source.RejectedSuggestion;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Boots the model the way the server does, without a server: a fresh in-memory H2, the real Flyway
 * migrations, and Hibernate told to validate the mappings against the tables the migrations made. A mapping
 * that drifts from the schema fails here, in seconds.
 */
public final class JpaTestSupport implements AutoCloseable {
    /** Every entity of the model; the EJB module's persistence unit finds the same ones by scanning. */
    public static final List<Class<?>> ENTITIES = List.of(
            DeskUser.class,
            ApiToken.class,
            Source.class,
            EventType.class,
            FigureCategory.class,
            EventRecord.class,
            RecordPlace.class,
            RecordActor.class,
            Figure.class,
            Claim.class,
            RecordLink.class,
            RecordChange.class,
            RecordComment.class,
            org.eventdesk.domain.record.FactCheck.class,
            org.eventdesk.domain.record.FactComment.class,
            RecordPresence.class,
            Publication.class,
            PublicationHead.class,
            org.eventdesk.domain.publishing.PublicCopy.class,
            RejectedSuggestion.class,
            SecurityEvent.class,
            org.eventdesk.domain.interchange.ArchiveImport.class,
            org.eventdesk.domain.interchange.ImportProblem.class);

    private final SessionFactory sessionFactory;

    public JpaTestSupport() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .placeholders(SchemaDialect.H2.placeholders())
                .load()
                .migrate();
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa");
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        sessionFactory = configuration.buildSessionFactory();
    }

    public void inTransaction(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    public <T> T fromTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
