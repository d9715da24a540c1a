package org.eventdesk.application.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eventdesk.application.Callers;
import org.eventdesk.application.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every business method of every application service, called by every kind of caller: each cell must be
 * allowed or denied as designed. The services are found in the container (every {@code @Stateless} bean of
 * the application), so a new service or method without a line here fails the test rather than going
 * unchecked. "Allowed" means the call got past the security check (it may then fail on its made-up
 * arguments, which is fine); "denied" means the container refused it with {@link EJBAccessException}.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {
    private static final Map<String, Set<String>> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("partner", Set.of("PARTNER"));
        CALLERS.put("editor", Set.of("EDITOR"));
        CALLERS.put("reviewer", Set.of("REVIEWER", "EDITOR"));
        CALLERS.put("admin", Set.of("ADMIN"));
    }

    private static final Set<String> EVERYONE = Set.of("anonymous", "partner", "editor", "reviewer", "admin");
    private static final Set<String> EDITORS = Set.of("editor", "reviewer");
    private static final Set<String> REVIEWERS = Set.of("reviewer");
    private static final Set<String> ADMINS = Set.of("admin");
    /** Everyone who logs in as a person: a partner system has no login of its own to manage. */
    private static final Set<String> PEOPLE = Set.of("editor", "reviewer", "admin");

    /** Who may call what: a class's default, then the methods that differ. */
    private static Set<String> expected(String service, String method) {
        return switch (service + "." + method) {
            case "SourceIngestService.ingest", "SourceCatalog.duplicateOf" -> Set.of("editor", "reviewer", "partner");
            case "WorkflowService.approve", "WorkflowService.sendBack", "WorkflowService.retract" -> REVIEWERS;
            case "PresenceService.editing" -> Set.of("editor", "reviewer", "admin");
            case "PresenceService.takeOver" -> ADMINS;
            case "FactReviewService.check", "FactReviewService.uncheck", "FactReviewService.comment" -> REVIEWERS;
            default ->
                switch (service) {
                    // What anyone may read without logging in: published records, the feed, the log and its audit.
                    case "Authenticator", "PublicCatalog" -> EVERYONE;
                    case "SourceIngestService",
                            "SourceCatalog",
                            "RecordService",
                            "RecordCatalog",
                            "WorkflowService",
                            "PresenceService",
                            "FactReviewService",
                            "SuggestionService",
                            "DeskDashboard",
                            "RecordMap",
                            "DeskTimeline" -> EDITORS;
                    case "UserAdministration",
                            "TokenAdministration",
                            "TaxonomyAdministration",
                            "SecurityLogReader",
                            "SearchIndexAdministration",
                            "ArchiveImportService" -> ADMINS;
                    case "PersonalTokens" -> PEOPLE;
                    default -> null;
                };
        };
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private BeanManager beans;

    @Test
    void everyServiceMethodIsOpenToExactlyTheRolesDesigned() throws Exception {
        Map<String, Map<String, Boolean>> matrix = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<Bean<?>> services = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(b -> b.getBeanClass().isAnnotationPresent(Stateless.class))
                .filter(b -> b.getBeanClass().getPackageName().startsWith("org.eventdesk.application"))
                .sorted(Comparator.comparing(b -> b.getBeanClass().getSimpleName()))
                .toList();
        assertTrue(services.size() >= 7, "found the services: " + services);

        for (Bean<?> bean : services) {
            Class<?> type = bean.getBeanClass();
            Object service = beans.getReference(bean, type, beans.createCreationalContext(bean));
            List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .sorted(Comparator.comparing(Method::getName))
                    .toList();
            for (Method method : methods) {
                String cell = type.getSimpleName() + "." + method.getName();
                Set<String> allowed = expected(type.getSimpleName(), method.getName());
                if (allowed == null) {
                    wrong.add(cell + ": no expectation in the matrix; add one");
                    continue;
                }
                Map<String, Boolean> row = new LinkedHashMap<>();
                for (Map.Entry<String, Set<String>> caller : CALLERS.entrySet()) {
                    boolean passed = call(service, method, caller.getKey(), caller.getValue());
                    row.put(caller.getKey(), passed);
                    if (passed != allowed.contains(caller.getKey())) {
                        wrong.add(cell + " for " + caller.getKey() + ": " + (passed ? "allowed" : "denied"));
                    }
                }
                matrix.put(cell, row);
            }
        }

        print(matrix);
        assertEquals(List.of(), wrong);
    }

    /** Calls the method with harmless arguments (ids that do not exist, empty values); true unless denied. */
    private static boolean call(Object service, Method method, String user, Set<String> roles) throws Exception {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(RoleMatrixIT::harmless)
                .toArray();
        try {
            if (roles == null) {
                method.invoke(service, arguments);
            } else {
                Callers.as("matrix-" + user, roles, () -> method.invoke(service, arguments));
            }
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof EJBAccessException);
        }
    }

    private static Object harmless(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return -1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == double.class || type == Double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        if (type == java.time.Instant.class) {
            return java.time.Instant.now().plusSeconds(3600);
        }
        return null;
    }

    private static void print(Map<String, Map<String, Boolean>> matrix) {
        StringBuilder table = new StringBuilder("\nRole x operation matrix (Y = allowed, - = denied)\n");
        table.append(String.format("%-48s", "operation"));
        CALLERS.keySet().forEach(c -> table.append(String.format("%-10s", c)));
        table.append('\n');
        matrix.forEach((cell, row) -> {
            table.append(String.format("%-48s", cell));
            row.values().forEach(allowed -> table.append(String.format("%-10s", allowed ? "Y" : "-")));
            table.append('\n');
        });
        System.out.println(table);
    }
}
