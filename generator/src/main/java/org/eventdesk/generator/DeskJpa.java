package org.eventdesk.generator;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The desk's own persistence unit outside the server: the entities and settings of the EJB module's persistence.xml
 * (read from it, so they cannot drift from what the server runs), on a plain JDBC connection instead of the
 * server's JTA data source. Hibernate only validates the mappings against the schema the migrations made.
 */
public final class DeskJpa {
    private DeskJpa() {}

    public static EntityManagerFactory open(String url, String user, String password) {
        return open(url, user, password, null);
    }

    /**
     * The same with the desk's full-text index switched on: its Lucene backend and English analysis, the index in
     * {@code indexDirectory} (for the full-text benchmark). Without a directory Hibernate Search stays off, as the
     * generator and the grid benchmark want it.
     */
    public static EntityManagerFactory open(String url, String user, String password, Path indexDirectory) {
        Configuration configuration = new Configuration();
        try (InputStream xml = DeskJpa.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document unit = factory.newDocumentBuilder().parse(xml);
            NodeList classes = unit.getElementsByTagNameNS("*", "class");
            for (int i = 0; i < classes.getLength(); i++) {
                configuration.addAnnotatedClass(
                        Class.forName(classes.item(i).getTextContent().strip()));
            }
            NodeList properties = unit.getElementsByTagNameNS("*", "property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                // ${...} is the server's to resolve (its backend switches); the search settings are set below.
                if (!property.getAttribute("value").contains("${")) {
                    configuration.setProperty(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the desk's persistence unit", e);
        }
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, user);
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, password);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        // Connections in auto-commit mode, as the server's data source hands them out: a read outside a transaction
        // then sends no BEGIN and no COMMIT (Hibernate's own pool otherwise turns auto-commit off, and every query
        // without a transaction opened one on PostgreSQL). Writes still run in the transactions their callers begin.
        configuration.setProperty(AvailableSettings.AUTOCOMMIT, "true");
        // WildFly boots the unit with hibernate.jpa.compliance=true unless it says otherwise (its JPA subsystem puts
        // the property in), so the queries run here as strictly as they run in the server.
        configuration.setProperty(AvailableSettings.JPA_COMPLIANCE, "true");
        if (indexDirectory == null) {
            configuration.setProperty("hibernate.search.enabled", "false");
        } else {
            configuration.setProperty("hibernate.search.backend.type", "lucene");
            configuration.setProperty(
                    "hibernate.search.backend.analysis.configurer",
                    "class:" + org.eventdesk.infrastructure.search.lucene.EnglishAnalysis.class.getName());
            configuration.setProperty("hibernate.search.backend.directory.root", indexDirectory.toString());
            configuration.setProperty("hibernate.search.coordination.strategy", "none");
        }
        return configuration.buildSessionFactory();
    }
}
