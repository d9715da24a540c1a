package org.eventdesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Where the deployed desk under test is, and what the demo mode gives it (see the README). */
final class Desk {
    static final String BASE_URL = System.getProperty("test.base.url", "http://localhost:8180");
    static final String DEMO_PASSWORD = "eventdesk-demo";

    private Desk() {}

    static String url(String path) {
        return BASE_URL + path;
    }

    /** The inkl article from the brief, aggregator chrome and all, read from the EJB module, which holds it as demo data. */
    static String sampleArticle() {
        return resource("/demo/inkl-kyiv-strikes.txt");
    }

    /**
     * The sample article pushed as a source of the calling test's own, by the demo editor: a marker inside the body
     * (after the article's end the cleaner drops short lines as page chrome) keeps it apart from the demo copy and
     * from earlier runs. Answers the created source.
     */
    static JsonNode sampleSource() {
        ObjectNode source = Api.object();
        source.put("title", "Zelensky prepares for crucial peace talks");
        source.put("outlet", "The Independent");
        source.put("publishedAt", "2025-12-27T15:00:00+00:00");
        source.put("kind", "NEWS_ARTICLE");
        source.put(
                "text",
                sampleArticle()
                        .replace(
                                "He also said he expected",
                                "He also said (ref " + UUID.randomUUID() + ") he expected"));
        Api.Answer created = Api.postJson("/api/v1/sources", "demo-editor-token", source);
        if (created.status() != 201) {
            throw new AssertionError("the sample source was not created: " + created.status() + " " + created.body());
        }
        return created.json();
    }

    /**
     * A fresh article wrapped in the same aggregator chrome as the sample: tests add sources of their own that no
     * earlier run (or the demo data) already holds, so a "duplicate" can only be the one the test made.
     */
    static String freshArticleWithChrome(String headline) {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        return String.join(
                "\n",
                "Get all your news in one place.",
                "100’s of premium titles.",
                "One app.",
                "Start reading",
                "The Test Gazette",
                "The Test Gazette",
                "World",
                "Tessa Tester",
                "",
                headline + " " + nonce,
                "",
                "Officials said 12 people were injured when a fire broke out overnight at a warehouse in the port"
                        + " district, reference " + nonce + ". Firefighters worked until early morning to contain it.",
                "",
                "The regional governor said at least 30 families had been evacuated from nearby buildings, and that"
                        + " an investigation into the cause of the fire had begun on Saturday morning.",
                "",
                "Sign up to read this article",
                "Read news from 100’s of titles, curated specifically for you.",
                "Already a member? Sign in here",
                "Related Stories",
                "Top stories on inkl right now",
                "One subscription that gives you access to news from hundreds of sites",
                "Already a member? Sign in here",
                "Our Picks",
                "Fourteen days free",
                "Download the app",
                "One app. One membership.",
                "100+ trusted global sources.");
    }

    static String resource(String path) {
        try (InputStream in = Desk.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
