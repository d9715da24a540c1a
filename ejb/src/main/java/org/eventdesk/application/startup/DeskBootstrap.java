package org.eventdesk.application.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.source.ArticleCleaner;
import org.eventdesk.domain.source.ContentHash;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.source.SourceSubmission;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.UserRepository;

/**
 * Gives a new desk its first people. Outside demo mode that is one admin whose password comes from the
 * configuration, created only while there are no users; there is no default password anywhere. In demo mode
 * it adds the demo users, their API tokens and the sample article, each only if missing, so restarts change
 * nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DeskBootstrap {
    /** The demo users' password, documented in the README. Only ever set in demo mode. */
    public static final String DEMO_PASSWORD = "eventdesk-demo";

    private static final Logger LOG = Logger.getLogger(DeskBootstrap.class.getName());

    @Inject
    private DeskSettings settings;

    @Inject
    private UserRepository users;

    @Inject
    private SourceRepository sources;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHasher hasher;

    @PostConstruct
    void bootstrap() {
        int iterations = settings.passwordIterations();
        if (iterations < PasswordHasher.ITERATIONS) {
            LOG.warning("New passwords are hashed with " + iterations + " PBKDF2 iterations, fewer than the "
                    + PasswordHasher.ITERATIONS + " OWASP recommends (eventdesk.password.iterations): a test desk's"
                    + " setting, never a production one.");
        }
        if (settings.demoMode()) {
            seedDemo();
        } else if (users.count() == 0) {
            createFirstAdmin();
        }
    }

    private void createFirstAdmin() {
        String username = settings.firstAdminUsername();
        var password = settings.firstAdminPassword();
        if (password.isEmpty()) {
            LOG.severe("The desk has no users and no first admin is configured: set EVENTDESK_ADMIN_PASSWORD (or"
                    + " -Deventdesk.admin.password) and restart to create the admin '" + username + "'.");
            return;
        }
        DeskUser admin = DeskUser.create(username, "Administrator", EnumSet.of(Role.ADMIN), clock.instant());
        try {
            admin.changePassword(password.get(), hasher);
        } catch (InvalidInputException refused) {
            // The desk still starts (a failed deployment would say less); the log says what to change.
            LOG.severe("The configured first admin password is refused ("
                    + refused.errors().get(0).message() + "): set another EVENTDESK_ADMIN_PASSWORD (or"
                    + " -Deventdesk.admin.password) and restart to create the admin '" + username + "'.");
            return;
        }
        users.store(admin);
        // Every account's creation is in the security log; this one has no admin to name as its creator.
        securityLog.append(SecurityEvent.of(SecurityEventKind.USER_CREATED, clock.instant())
                .subjectUser(username)
                .detail("the first admin, from the configuration (roles ADMIN)")
                .build());
        LOG.info(() -> "Created the first admin '" + username + "' from the configuration.");
    }

    private void seedDemo() {
        LOG.warning(
                "DEMO MODE: demo users, demo API tokens and the sample article are present. Never use in production.");
        DeskUser editor = demoUser("editor", "Erin Editor", EnumSet.of(Role.EDITOR), "demo-editor-token");
        demoUser("editor2", "Eddie Second", EnumSet.of(Role.EDITOR), "demo-editor2-token");
        demoUser("reviewer", "Rita Reviewer", EnumSet.of(Role.REVIEWER, Role.EDITOR), "demo-reviewer-token");
        demoUser("admin", "Ada Admin", EnumSet.of(Role.ADMIN), "demo-admin-token");
        demoUser("partner", "Partner wire feed", EnumSet.of(Role.PARTNER), "demo-partner-token");
        seedSampleArticle(editor);
    }

    private DeskUser demoUser(String username, String displayName, Set<Role> roles, String tokenSecret) {
        Instant now = clock.instant();
        DeskUser user = users.findByUsername(username).orElseGet(() -> {
            DeskUser created = DeskUser.create(username, displayName, roles, now);
            // The partner is a system: it has a token and no password, so it cannot log in to the UI.
            if (!roles.equals(EnumSet.of(Role.PARTNER))) {
                created.changePassword(DEMO_PASSWORD, hasher);
            }
            return users.store(created);
        });
        if (users.findTokenByHash(ApiToken.hashOf(tokenSecret)).isEmpty()) {
            users.store(ApiToken.withSecret(user, "Demo token", tokenSecret, now));
        }
        return user;
    }

    /**
     * The article from the product brief, as an editor pasted it (aggregator chrome included). The page gave
     * no publication time; the date is that of the events it reports (Saturday 27 December 2025).
     */
    private void seedSampleArticle(DeskUser editor) {
        String raw = resource("/demo/inkl-kyiv-strikes.txt");
        String cleaned = new ArticleCleaner().clean(raw, InputFormat.PLAIN_TEXT).text();
        if (sources.findByContentHash(ContentHash.of(cleaned)).isPresent()) {
            return;
        }
        sources.store(Source.receive(
                new SourceSubmission(
                        SourceKind.NEWS_ARTICLE,
                        "Zelensky prepares for crucial peace talks with Trump after Putin pounds Kyiv with drones and missiles",
                        "The Independent UK",
                        "Bryony Gooch",
                        null,
                        ZonedDateTime.of(2025, 12, 27, 15, 0, 0, 0, ZoneId.of("Europe/London")),
                        null,
                        "en",
                        raw,
                        InputFormat.PLAIN_TEXT,
                        cleaned),
                editor.getUsername(),
                clock.instant()));
    }

    private static String resource(String path) {
        try (InputStream in = DeskBootstrap.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
