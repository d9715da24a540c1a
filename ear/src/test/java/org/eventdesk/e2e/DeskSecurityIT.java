package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The smaller holes of the hardening issue, each tried against the deployed desk: the session cookie's attributes,
 * login posts from other sites, API paths dressed up with path parameters, user-name probing by the lockout, user
 * names that would forge server log lines, and what a partner's duplicate tells. Clients come from loopback
 * addresses of their own (127.0.20.x) where they fail logins, so that no address other tests use gets locked.
 */
@ExtendWith(BrowserExtension.class)
class DeskSecurityIT {
    private static final String PASSWORD = "an e2e security passphrase";

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse(null);
    }

    private static List<String> attributes(String setCookie) {
        List<String> attributes = new ArrayList<>();
        for (String part : setCookie.split(";")) {
            attributes.add(part.strip().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    @Test
    void aRefusedTokenIsAProblemAndNoStackTraceInTheServerLog() throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("test.e2e.base.dir"), "log", "server.log");
        long before = java.nio.file.Files.size(log);

        for (int i = 0; i < 3; i++) {
            Api.Answer refused = Api.get("/api/v1/records", "no-such-token-" + marker());
            Problems.assertProblem(refused, 401);
        }

        String written;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(before);
            byte[] tail = new byte[(int) (file.length() - before)];
            file.readFully(tail);
            written = new String(tail, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(written.contains("UT010019") || written.contains("Exception handling request"), written);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() throws Exception {
        String overHttp = sessionCookie(Api.get("/login", null).headers().allValues("Set-Cookie"));
        assertNotNull(overHttp, "the login screen opens a session");
        assertTrue(attributes(overHttp).contains("httponly"), overHttp);
        assertTrue(attributes(overHttp).contains("samesite=lax"), overHttp);
        assertFalse(attributes(overHttp).contains("secure"), "not over plain HTTP unless configured: " + overHttp);

        String afterLogin = sessionCookie(
                LoopbackClient.logIn("127.0.20.1", "editor", Desk.DEMO_PASSWORD).all("Set-Cookie"));
        assertNotNull(afterLogin, "a login opens a new session");
        assertTrue(attributes(afterLogin).containsAll(List.of("httponly", "samesite=lax")), afterLogin);

        HttpsURLConnection https = (HttpsURLConnection)
                new URL(System.getProperty("test.https.base.url", "https://localhost:8543") + "/login")
                        .openConnection();
        https.setSSLSocketFactory(trustingTheSelfSignedCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> host.equals("localhost"));
        assertEquals(200, https.getResponseCode());
        String overHttps = https.getHeaderFields().entrySet().stream()
                .filter(e -> "set-cookie".equalsIgnoreCase(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        https.disconnect();
        assertTrue(
                attributes(overHttps).containsAll(List.of("secure", "httponly", "samesite=lax")),
                "over HTTPS the cookie is Secure: " + overHttps);
    }

    /** WildFly's HTTPS listener serves a certificate it made itself on first use; the test trusts it as it is. */
    private static SSLContext trustingTheSelfSignedCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedAndCountsForNothing() {
        String from = "127.0.20.2";
        List<Map<String, String>> crossSite = List.of(
                Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Origin", "http://localhost:1"),
                Map.of("Referer", "http://evil.example/login.html"),
                Map.of("Origin", Desk.BASE_URL, "Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", Desk.BASE_URL, "Sec-Fetch-Site", "same-site"));
        for (Map<String, String> headers : crossSite) {
            LoopbackClient.Answer answer = LoopbackClient.postForm(
                    from, "/login", Map.of("username", "editor", "password", Desk.DEMO_PASSWORD), headers);

            assertEquals(403, answer.status(), headers + ": " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith(Problems.PROBLEM), answer.header("Content-Type"));
            assertTrue(answer.body().contains("\"type\":\"/api/problems/cross-site-login\""), answer.body());
            assertEquals(null, sessionCookie(answer.all("Set-Cookie")), "no session for " + headers);
        }
        assertEquals(
                0,
                SecurityLogApi.count("address", from),
                "a post from another site is nobody's login attempt: it counts against no account and no address");

        LoopbackClient.Answer own = LoopbackClient.logIn(from, "editor", Desk.DEMO_PASSWORD);
        assertEquals("/", own.redirectTarget(), "the same post from the desk's own page logs in");
        assertEquals(1, SecurityLogApi.count("kind", "LOGIN_SUCCEEDED", "address", from));
    }

    @Test
    void aRealCrossSiteFormInTheBrowserIsRefusedAndTheLoginFormStillWorks(BrowserSession browser) {
        // The desk under another name is another origin: a page there posts to the desk, as an attacker's would.
        String otherOrigin = Desk.BASE_URL.replace("localhost", "127.0.0.1");
        browser.openUrl(otherOrigin + "/login");
        browser.script(
                "const f = document.createElement('form'); f.method = 'POST'; f.action = arguments[0];"
                        + "for (const [n, v] of [['username', 'editor'], ['password', arguments[1]]]) {"
                        + "  const i = document.createElement('input'); i.name = n; i.value = v; f.appendChild(i); }"
                        + "document.body.appendChild(f); f.submit();",
                Desk.url("/login"),
                Desk.DEMO_PASSWORD);

        browser.waiting().until(d -> d.getPageSource().contains("Cross-site login refused"));
        browser.open("/records");
        browser.waitForPath("/login.*");

        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.waitForPath("/records");
    }

    @Test
    void anApiPathWithPathParametersIsStillTheApiWhereASessionCookieNeverActs() {
        String cookie = sessionCookie(
                LoopbackClient.logIn("127.0.20.3", "editor", Desk.DEMO_PASSWORD).all("Set-Cookie"));
        assertNotNull(cookie);
        Map<String, String> withSession = Map.of("Cookie", cookie.split(";")[0], "Accept", "application/json");

        for (String path : List.of(
                "/api;x=1/v1/records?limit=1",
                "/api/v1;x=1/records?limit=1",
                "/api/v1/records?limit=1",
                "/foo/../api/v1/records?limit=1")) {
            LoopbackClient.Answer answer = LoopbackClient.get("127.0.20.3", path, withSession);

            assertEquals(401, answer.status(), path + ": " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith(Problems.PROBLEM), path + ": not the UI");
            assertTrue(answer.body().contains("\"type\":\"/api/problems/not-authenticated\""), answer.body());
            assertFalse(answer.body().contains("\"items\""), path + " acted on the session");
        }
        LoopbackClient.Answer withToken = LoopbackClient.get(
                "127.0.20.3", "/api;x=1/v1/records?limit=1", Map.of("Authorization", "Bearer demo-editor-token"));
        assertEquals(200, withToken.status(), "the same path is the same API: " + withToken.body());
        assertTrue(withToken.body().contains("\"items\""), withToken.body());
    }

    @Test
    void wrongPasswordsAnswerTheSameForAnAccountThatExistsAndForOneThatDoesNot(BrowserSession admin) {
        String name = "e2e-probe-" + marker();
        admin.logIn("admin", Desk.DEMO_PASSWORD);
        AdminScreens.createUser(admin, name, PASSWORD, "Editor");

        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // The seventh try on the real account is its right password, five failures after the lock began.
            String password = i == 6 ? PASSWORD : "guess " + i;
            known.add(answer(LoopbackClient.logIn("127.0.20.4", name, password)));
            unknown.add(answer(LoopbackClient.logIn("127.0.20.5", "e2e-nobody-" + marker(), password)));
        }

        System.out.println("Probing answers, real account: " + known + "; unknown name: " + unknown);
        assertEquals(unknown, known, "nothing tells the names apart");
        assertTrue(known.stream().allMatch("302 /login?error"::equals), known.toString());
        assertEquals(
                1,
                SecurityLogApi.count("kind", "ACCOUNT_LOCKED", "user", name),
                "the account did lock; only the log says so");
    }

    private static String answer(LoopbackClient.Answer answer) {
        return answer.status() + " " + answer.redirectTarget();
    }

    @Test
    void aUserNameWithLineBreaksReachesTheServerLogEscaped() throws Exception {
        String forged = "12:00:00,000 INFO  [org.eventdesk.application.security.Authenticator] Login SUCCESS for"
                + " 'admin' " + marker();
        LoopbackClient.Answer answer = LoopbackClient.logIn("127.0.20.6", "e2e-x\r\n" + forged, "whatever");
        assertEquals("/login?error", answer.redirectTarget());

        Path log = Path.of(System.getProperty("test.e2e.base.dir"), "log", "server.log");
        // Read byte for byte: the check is about ASCII, and the log holds other text in whatever the server wrote.
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        assertTrue(lines.stream().noneMatch(line -> line.startsWith(forged)), "a forged line stands in the server log");
        assertTrue(
                lines.stream().anyMatch(line -> line.contains("'e2e-x\\r\\n" + forged.replace("'", "\\'") + "'")),
                "the name is logged, escaped, on the line of the failed login");
    }

    @Test
    void aPartnersDuplicateIsRefusedWithoutTheExistingSourcesTitle() {
        String title = "Editor's own title " + marker();
        ObjectNode source = Api.object();
        source.put("title", title);
        source.put("outlet", "Example Wire");
        source.put("publishedAt", "2025-12-27T11:20:00+02:00");
        source.put("kind", "WIRE");
        source.put("text", "A report only this test has, " + UUID.randomUUID() + ", about a fire in the port.");
        assertEquals(
                201,
                Api.postJson("/api/v1/sources", "demo-editor-token", source).status());
        source.put("title", "Partner's title");

        Api.Answer partner = Api.postJson("/api/v1/sources", "demo-partner-token", source);

        Problems.assertProblem(partner, 409);
        JsonNode problem = partner.json();
        assertTrue(problem.get("existingSourceId").asLong() > 0, partner.body());
        assertFalse(partner.body().contains(title), "a partner may not read sources: " + partner.body());

        Api.Answer editor = Api.postJson("/api/v1/sources", "demo-editor2-token", source);
        Problems.assertProblem(editor, 409, title);
    }
}
