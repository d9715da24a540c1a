package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The burst, grown to 200: wrong passwords posted to {@code /login} all at the same moment, for one real
 * account and for names that do not exist, from ten client addresses of their own (twenty each, so that every
 * attempt reaches an account check before its address locks). The answers, the account's lock and the security log
 * must all hold: no 5xx, the account locked after five and refusing even its right password, and exactly one
 * LOGIN_FAILED entry per attempt, which is what the address lockout counts.
 */
@ExtendWith(BrowserExtension.class)
class LoginBurstIT {
    private static final String PASSWORD = "an e2e burst passphrase";
    private static final int ADDRESSES = 10;
    private static final int PER_ADDRESS = 20;
    private static final int ATTEMPTS = ADDRESSES * PER_ADDRESS;
    private static final int OTHERS = 5;

    private record Attempt(String from, String username) {}

    @Test
    void twoHundredWrongPasswordsAtOnceAnswerNo5xxLockTheAccountAndAreEachLoggedOnce(BrowserSession admin)
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String account = "e2e-burst-" + marker;
        admin.logIn("admin", Desk.DEMO_PASSWORD);
        AdminScreens.createUser(admin, account, PASSWORD, "Editor");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < OTHERS; i++) {
            others.add("e2e-nobody-" + i + "-" + marker);
        }
        // Addresses no other test uses: 127.0.10.x for this burst.
        List<Attempt> attempts = new ArrayList<>();
        for (int a = 0; a < ADDRESSES; a++) {
            String from = "127.0.10." + (a + 1);
            for (int i = 0; i < PER_ADDRESS; i++) {
                attempts.add(new Attempt(from, i % 2 == 0 ? account : others.get((i / 2) % OTHERS)));
            }
        }

        List<LoopbackClient.Answer> answers = together(attempts);

        Map<String, Long> byAnswer = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(
                        a -> a.status() + " " + (a.redirectTarget() == null ? a.body() : a.redirectTarget()),
                        Collectors.counting())));
        long serverErrors = answers.stream().filter(a -> a.status() >= 500).count();
        System.out.println("Login burst: " + ATTEMPTS + " concurrent wrong passwords (" + ATTEMPTS / 2 + " for "
                + account + ", " + ATTEMPTS / 2 + " for " + OTHERS + " unknown names) from " + ADDRESSES
                + " addresses; answers " + byAnswer + "; 5xx: " + serverErrors);
        assertEquals(0, serverErrors, byAnswer.toString());
        assertEquals(
                Map.of("302 /login?error", (long) ATTEMPTS),
                byAnswer,
                "every attempt refused alike; no address was locked before its own twenty had been checked");

        // The account is locked: its right password is refused, from an address that failed nothing.
        LoopbackClient.Answer right = LoopbackClient.logIn("127.0.10.100", account, PASSWORD);
        assertEquals("/login?error", right.redirectTarget(), "the right password waits for the lock");
        assertTrue(right.all("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no session");
        // Each burst address is locked too, for any name.
        assertEquals(
                "/login?locked",
                LoopbackClient.logIn("127.0.10.1", account, PASSWORD).redirectTarget());

        long failedFromBurst = 0;
        Map<String, Long> perAddress = new TreeMap<>();
        for (int a = 0; a < ADDRESSES; a++) {
            String from = "127.0.10." + (a + 1);
            long failed = SecurityLogApi.count("kind", "LOGIN_FAILED", "address", from);
            perAddress.put(from, failed);
            failedFromBurst += failed;
            assertEquals(1, SecurityLogApi.count("kind", "ADDRESS_LOCKED", "address", from), from + " is locked once");
        }
        List<JsonNode> accountFailures = SecurityLogApi.entries("kind", "LOGIN_FAILED", "user", account);
        long accountLocks = SecurityLogApi.count("kind", "ACCOUNT_LOCKED", "user", account);
        long countedWrong = accountFailures.stream()
                .filter(e -> e.get("detail").asText().equals("wrong password"))
                .count();
        Map<String, Long> perOther = new TreeMap<>();
        for (String other : others) {
            perOther.put(other, SecurityLogApi.count("kind", "LOGIN_FAILED", "user", other));
        }
        System.out.println("Security log after the burst: LOGIN_FAILED per address " + perAddress + " (total "
                + failedFromBurst + " for " + ATTEMPTS + " attempts + 1 after); for " + account + ": "
                + accountFailures.size() + " LOGIN_FAILED (" + countedWrong + " counted as wrong passwords, the rest"
                + " met the lock), " + accountLocks + " ACCOUNT_LOCKED; per unknown name " + perOther);

        assertEquals(ATTEMPTS + 1, failedFromBurst, "one entry per attempt (and one for the try after the lock)");
        perAddress.forEach((from, failed) -> assertTrue(failed >= PER_ADDRESS, from + ": " + failed));
        assertEquals(ATTEMPTS / 2 + 2, accountFailures.size(), "the burst's, and the two after it");
        assertEquals(5, countedWrong, "five failures in a row counted, one after the other; then the lock");
        assertEquals(1, accountLocks, "locked once");
        perOther.forEach((name, failed) -> assertEquals((long) ATTEMPTS / 2 / OTHERS, failed, name));
        assertEquals(0, SecurityLogApi.count("kind", "LOGIN_SUCCEEDED", "user", account), "nobody got in");

        admin.open("/admin/users");
        admin.fill("user-search", account);
        admin.waitForGridCell("users-grid", text -> text.startsWith("Locked until"));
    }

    /** Sends all the attempts at once: a thread each, released together. */
    private static List<LoopbackClient.Answer> together(List<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LoopbackClient.Answer>> futures = new ArrayList<>();
            int n = 0;
            for (Attempt attempt : attempts) {
                String password = "wrong password " + n++;
                futures.add(pool.submit(() -> {
                    start.await();
                    return LoopbackClient.logIn(attempt.from(), attempt.username(), password);
                }));
            }
            start.countDown();
            List<LoopbackClient.Answer> answers = new ArrayList<>();
            for (Future<LoopbackClient.Answer> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
