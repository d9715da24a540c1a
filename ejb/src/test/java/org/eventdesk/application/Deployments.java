package org.eventdesk.application;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The application services as a test deployment: the model and the EJBs with their real persistence unit,
 * migrations and demo data, plus the third-party jars the EAR carries in lib/. One deployment for every test
 * class, built the same way, so a test never runs against a hand-picked subset of the application.
 */
public final class Deployments {
    private Deployments() {}

    public static WebArchive services() {
        JavaArchive model =
                ShrinkWrap.create(JavaArchive.class, "eventdesk-domain.jar").addPackages(true, "org.eventdesk.domain");
        addResources(model, "db/migration");
        addResources(model, "org/eventdesk/domain/wording"); // the templates of the services' sentences
        JavaArchive assistant = ShrinkWrap.create(JavaArchive.class, "eventdesk-extraction.jar")
                .addPackages(true, "org.eventdesk.extraction");
        addResources(assistant, "org/eventdesk/extraction"); // the gazetteer and the assistant's word lists

        File[] libraries = Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve(
                        "org.flywaydb:flyway-core",
                        "org.flywaydb:flyway-database-postgresql",
                        "org.jsoup:jsoup",
                        "io.github.erdtman:java-json-canonicalization",
                        "com.ibm.icu:icu4j")
                .withTransitivity()
                .asFile();

        return ShrinkWrap.create(WebArchive.class, "eventdesk-services.war")
                .addPackages(true, "org.eventdesk.application", "org.eventdesk.infrastructure")
                .addAsLibraries(model, assistant)
                .addAsLibraries(libraries)
                .addAsResource("META-INF/persistence.xml")
                // Hibernate finds the integrator that lists the names of saved facts on H2 by this file, and the
                // dialect that writes page sizes into PostgreSQL's statements by the next.
                .addAsResource("META-INF/services/org.hibernate.integrator.spi.Integrator")
                .addAsResource("META-INF/services/org.hibernate.engine.jdbc.dialect.spi.DialectResolver")
                .addAsResource("demo/inkl-kyiv-strikes.txt")
                .addAsWebInfResource("META-INF/ejb-jar.xml", "ejb-jar.xml")
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>other</security-domain></jboss-web>"),
                        "jboss-web.xml")
                // Callers uses Elytron's API to run a test step as a given user with given roles.
                .addAsManifestResource(
                        new StringAsset(
                                "Dependencies: org.wildfly.security.elytron, com.github.ben-manes.caffeine, org.apache.lucene\n"),
                        "MANIFEST.MF");
    }

    /** Adds every file (but classes) directly under a classpath folder, whether the folder is a directory (reactor build) or in a jar. */
    private static void addResources(JavaArchive archive, String folder) {
        try {
            Enumeration<URL> roots = Deployments.class.getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(f ->
                                        Files.isRegularFile(f) && !f.toString().endsWith(".class"))
                                .forEach(f -> archive.addAsResource(f.toFile(), folder + "/" + f.getFileName()));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    String jar = root.getPath()
                            .substring("file:".length(), root.getPath().indexOf('!'));
                    try (JarFile file = new JarFile(jar)) {
                        for (JarEntry entry : file.stream().toList()) {
                            if (entry.getName().startsWith(folder + "/")
                                    && !entry.isDirectory()
                                    && !entry.getName().endsWith(".class")) {
                                archive.addAsResource(entry.getName());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
