package io.minutegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.query.SavedQueryGuide;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the service serves over HTTP: health, the way into Neo4j Browser, and Browser itself in a real Chromium. */
@ExtendWith(EmbeddedGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedPagesTest {

    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    ServedPagesTest(ApplicationContext context) {
        this.context = context;
    }

    @BeforeAll
    void serveTheSampleNotes() {
        EmbeddedGraph.clear(context);
        context.getBean(NotesIngest.class).ingest(TestPaths.sampleNotes());
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        base = server.getURL().toString();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> health = get("/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        Map<String, Object> body = context.getBean(JsonMapper.class)
                .readValue(health.body(), Argument.mapOf(String.class, Object.class));
        assertThat(body).containsEntry("status", "UP");
        assertThat(health.body()).contains("\"neo4j\"").contains("\"mode\":\"embedded\"")
                .contains("\"edition\":\"community\"").contains("\"version\":\"5.26");
    }

    @Test
    void theRootAndBareBrowserUrlLeadToAPresetBrowser() throws Exception {
        String bolt = context.getBean(Neo4jConnection.class).boltUri();
        String preset = "/browser/?dbms=" + bolt.replace(":", "%3A").replace("/", "%2F") + "&preselectAuthMethod=NO_AUTH";
        for (String path : new String[] {"/", "/browser/", "/browser"}) {
            HttpResponse<String> r = get(path, "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("location")).as(path).contains(preset);
        }
        HttpResponse<String> app = get(preset, "text/html");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).contains("<title>Neo4j Browser</title>");
    }

    @Test
    void theRootAnswersNeo4jDiscoveryForBrowser() throws Exception {
        HttpResponse<String> r = get("/", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"bolt_direct\":\"" + context.getBean(Neo4jConnection.class).boltUri() + "\"")
                .contains("\"neo4j_version\":\"5.26.").contains("\"neo4j_edition\":\"community\"");
    }

    /**
     * Neo4j Browser in headless Chromium, opened at each loopback name: it connects with no prompt, plays the guide of
     * saved queries by itself, and a query run from the guide's slide answers; no request goes to another host.
     * Screenshots are left in target/screenshots for a person to look at.
     */
    @Test
    void neo4jBrowserLandsOnTheGuideAtEitherLoopbackName() throws Exception {
        Path scripts = browserScripts();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String at = base.replace("127.0.0.1", host).replace("localhost", host);
            String output = node(scripts, "browser-check.mjs", at, "latest meeting", "2025-01-08",
                    screenshot("browser-" + host + ".png"));
            assertThat(output).as(host).contains("played the guide by itself")
                    .contains("query showed \"2025-01-08\"").contains("no request to another host");
        }
    }

    /**
     * GraphiQL in headless Chromium: its default query answers, its Docs pane lists Query.owners with its arguments
     * (introspection is not refused by the query limits), and typing "{ own" offers owners.
     */
    @Test
    void graphiqlShowsTheSchemaAndCompletesFields() throws Exception {
        Path scripts = browserScripts();
        String output = node(scripts, "graphiql-check.mjs", base, "2025-01-08", screenshot("graphiql"));
        assertThat(output).contains("lists Query.owners with its arguments").contains("\"{ own\" offers owners")
                .contains("no request left");
    }

    private static String screenshot(String name) throws IOException {
        Path dir = TestPaths.projectDir().resolve("target/screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name).toString();
    }

    @Test
    void theGuideIsReadableFromEveryOriginTheServiceServesAndNoOther() throws Exception {
        String port = String.valueOf(URI.create(base).getPort());
        for (String origin : List.of("http://localhost:" + port, "http://127.0.0.1:" + port)) {
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(base + "/guide"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "pragma,cache-control").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).as(origin).isEqualTo(204);
            assertThat(preflight.headers().firstValue("access-control-allow-origin")).as(origin).contains(origin);
            assertThat(preflight.headers().firstValue("access-control-allow-headers")).as(origin)
                    .contains("pragma,cache-control");
            HttpResponse<String> guide = http.send(HttpRequest.newBuilder(URI.create(base + "/guide"))
                    .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(guide.headers().firstValue("access-control-allow-origin")).as(origin).contains(origin);
        }
        for (String stranger : List.of("http://localhost:1", "http://localhost:" + port + "/x")) {
            HttpResponse<String> guide = http.send(HttpRequest.newBuilder(URI.create(base + "/guide"))
                    .header("Origin", stranger).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(guide.headers().firstValue("access-control-allow-origin")).as(stranger).isEmpty();
        }
    }

    @Test
    void theDatabaseTellsBrowserToPlayTheGuideAndNotToReportUsage() {
        var config = context.getBean(Neo4jConnection.class).driver()
                .executableQuery("CALL dbms.clientConfig() YIELD name, value RETURN name, value").execute().records()
                .stream().collect(java.util.stream.Collectors.toMap(r -> r.get("name").asString(),
                        r -> r.get("value").asString()));
        assertThat(config).containsEntry("browser.post_connect_cmd", "play " + base + "/guide")
                .containsEntry("client.allow_telemetry", "false");
        assertThat(config.get("browser.remote_content_hostname_whitelist")).contains("localhost", "127.0.0.1");
    }

    @Test
    void browserPagesMayAskNoOtherHost() throws Exception {
        HttpResponse<String> app = get("/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A7687", "text/html");
        String policy = app.headers().firstValue("content-security-policy").orElseThrow();
        String port = String.valueOf(URI.create(base).getPort());
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-eval'",
                "http://localhost:" + port, "http://127.0.0.1:" + port).doesNotContain("https:", "*");
    }

    /**
     * The folder of the headless-Chromium checks. They need Debian's chromium and {@code npm ci} there, which
     * .ci/run installs: required on CI, skipped with the reason elsewhere.
     */
    private static Path browserScripts() {
        Path scripts = TestPaths.projectDir().resolve("src/test/browser");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        boolean ready = Files.isDirectory(scripts.resolve("node_modules/playwright-core")) && Files.exists(chromium);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(ready, "Chromium or playwright-core is not installed: run .ci/run, or"
                    + " apt-get install chromium and npm ci in src/test/browser");
        }
        return scripts;
    }

    /** Runs a check script with node; returns its output, asserting it finished in time and succeeded. */
    private static String node(Path scripts, String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("node"));
        args.addAll(List.of(command));
        Process node = new ProcessBuilder(args).directory(scripts.toFile()).redirectErrorStream(true).start();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as(command[0] + " finished in time").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theGuideShowsEverySavedQuery() throws Exception {
        HttpResponse<String> guide = get("/guide", "text/html");
        assertThat(guide.statusCode()).isEqualTo(200);
        try (var files = Files.list(TestPaths.projectDir().resolve("cypher/queries"))) {
            List<String> saved = files.map(f -> f.getFileName().toString().replace(".cypher", "")).sorted().toList();
            assertThat(SavedQueryGuide.QUERIES).containsExactlyInAnyOrderElementsOf(saved);
        }
        assertThat(guide.body()).contains("<h3>track owners</h3>", ":param track =&gt; &quot;SMP&quot;",
                "class=\"code runnable\"", "<h3>evidence links</h3>");
    }
}
