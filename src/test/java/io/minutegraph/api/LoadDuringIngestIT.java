package io.minutegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.store.GraphSessions;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The load test of issue 6: {@code /api/owners} and {@code /graphql} asked over loopback by 4 clients while an ingest
 * rewrites every note of two team folders of the corpus (81 notes), bounded by the ingest's own time. No request
 * may fail, and no question asked the service's way ({@code GraphSessions.query}) may see half a note: every
 * meeting's facts, sampled while the ingest runs, are always exactly those of a finished ingest. Latencies go to target/load-report.txt and docs/reliability.md; the same run, idle,
 * gives the baseline.
 *
 * <p>Run alone: {@code mvn -q verify -Dtest=none -Dit.test=LoadDuringIngestIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LoadDuringIngestIT {

    private static final int CLIENTS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration LONGEST = Duration.ofMinutes(5);
    private static final String GRAPHQL = "{\"query\": \"{ meetings(team: \\\"community\\\", first: 5) "
            + "{ edges { node { title date attendees { name } } } } }\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Sample(String endpoint, long nanos, int status) {
    }

    @Test
    void questionsAreAnsweredWithoutErrorsAndNeverSeeHalfANoteWhileAnIngestRuns(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes");
        for (String team : new String[] {"community", "app-compat"}) {
            GraphState.copyNotes(TestPaths.corpus().resolve("discussions/" + team), notes.resolve(team));
        }
        try (ApplicationContext service = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.data-dir", dir.resolve("data").toString(),
                "minutegraph.neo4j.bolt-address", "127.0.0.1:0",
                "micronaut.server.port", -1)).start()) {
            service.getBean(EmbeddedServer.class).start();
            String base = service.getBean(EmbeddedServer.class).getURL().toString();
            GraphSessions neo4j = service.getBean(GraphSessions.class);
            Driver driver = service.getBean(Neo4jConnection.class).driver();
            LiveNotes live = service.getBean(LiveNotes.class);
            IngestSummary first = live.start(notes, true, false).get(5, TimeUnit.MINUTES);
            Map<String, Map<String, Long>> complete = GraphState.bySource(driver);
            Map<String, Map<String, Long>> meetings = GraphState.meetingsWithFacts(neo4j);
            List<String> tracks = new ArrayList<>(driver.executableQuery(
                    "MATCH (t:Track)<-[:OWNS]-() RETURN DISTINCT t.name AS name ORDER BY name LIMIT 6").execute()
                    .records().stream().map(r -> r.get("name").asString()).toList());
            tracks.addAll(List.of("community", "app-compat"));

            load(base, tracks, CompletableFuture.runAsync(() -> sleep(WARM_UP))); // JIT and caches, not measured
            List<Sample> idle = load(base, tracks, CompletableFuture.runAsync(() -> sleep(IDLE)));

            // Every note changes (a blank line at its end), so the ingest replaces every note while questions come.
            try (Stream<Path> files = Files.walk(notes)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    Files.writeString(f, "\n", StandardOpenOption.APPEND);
                }
            }
            CompletableFuture<IngestSummary> ingest = live.refresh();
            AtomicInteger snapshots = new AtomicInteger();
            List<String> halfNotes = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
                while (!ingest.isDone()) {
                    GraphState.meetingsWithFacts(neo4j).forEach((source, facts) -> {
                        if (!facts.equals(meetings.get(source))) {
                            halfNotes.add(source + ": " + facts + " instead of " + meetings.get(source));
                        }
                    });
                    snapshots.incrementAndGet();
                }
            });
            List<Sample> busy = load(base, tracks, ingest);
            watcher.get(1, TimeUnit.MINUTES);
            IngestSummary second = ingest.get();

            assertThat(second.loaded()).isEqualTo(first.loaded()).isEqualTo(81);
            assertThat(halfNotes).as("notes seen half written").isEmpty();
            assertThat(snapshots.get()).isPositive();
            assertThat(GraphState.bySource(driver)).isEqualTo(complete);
            String report = "Load on loopback, " + CLIENTS + " clients, " + first.read() + " notes\n"
                    + stats("idle", idle) + stats("during ingest (" + second.took().toSeconds() + " s)", busy)
                    + "graph snapshots taken during the ingest, none with half a note: " + snapshots.get() + "\n";
            Files.writeString(TestPaths.projectDir().resolve("target/load-report.txt"), report);
            System.out.print(report);
            assertThat(idle).allSatisfy(s -> assertThat(s.status()).as(s.endpoint()).isEqualTo(200));
            assertThat(busy).isNotEmpty().allSatisfy(s -> assertThat(s.status()).as(s.endpoint()).isEqualTo(200));
        }
    }

    /** Asks from {@link #CLIENTS} threads, round robin over the endpoints, until {@code until} is done. */
    private List<Sample> load(String base, List<String> tracks, CompletableFuture<?> until) throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + LONGEST.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = client; !until.isDone() && System.nanoTime() < deadline; i++) {
                        samples.add(i % 2 == 0
                                ? ask("owners", HttpRequest.newBuilder(URI.create(base + "/api/owners?track="
                                        + URLEncoder.encode(tracks.get(i / 2 % tracks.size()), StandardCharsets.UTF_8)))
                                        .build())
                                : ask("graphql", HttpRequest.newBuilder(URI.create(base + "/graphql"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(GRAPHQL)).build()));
                    }
                }, clients));
            }
            for (CompletableFuture<Void> r : running) {
                r.get(LONGEST.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        return new ArrayList<>(samples);
    }

    private Sample ask(String endpoint, HttpRequest request) {
        long started = System.nanoTime();
        int status;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode() == 200 && response.body().contains("\"errors\"") ? 500
                    : response.statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return new Sample(endpoint, System.nanoTime() - started, status);
    }

    private static String stats(String phase, List<Sample> samples) {
        StringBuilder out = new StringBuilder(phase).append(":\n");
        for (String endpoint : List.of("owners", "graphql")) {
            List<Long> ms = samples.stream().filter(s -> s.endpoint().equals(endpoint)).map(Sample::nanos).sorted()
                    .toList();
            long errors = samples.stream().filter(s -> s.endpoint().equals(endpoint) && s.status() != 200).count();
            out.append(String.format(Locale.ROOT, "  %-8s requests %5d  errors %d  p50 %6.1f ms  p99 %6.1f ms"
                            + "  max %6.1f ms%n", endpoint, ms.size(), errors, percentile(ms, 50), percentile(ms, 99),
                    ms.isEmpty() ? 0 : ms.get(ms.size() - 1) / 1e6));
        }
        return out.toString();
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
