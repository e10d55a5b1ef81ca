package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The packaged jar, as the README runs it: {@code java -jar target/minutegraph.jar serve} ingests notes/ into a
 * new embedded database and serves; a stop signal (what Ctrl-C sends the JVM's shutdown hook) shuts it down
 * cleanly; {@code serve --no-ingest} on the same folder serves the same graph.
 */
class ServeJarIT {

    private static final Pattern BOLT = Pattern.compile("Bolt on (bolt://\\S+)");

    private record Served(Process process, List<String> output, String boltUri, Thread reader) {
    }

    @Test
    void servesStopsCleanlyAndServesTheSameGraphAgain(@TempDir Path data) throws Exception {
        int port = freePort();
        Served first = serve(data, port);
        HttpResponse<String> health = get("http://127.0.0.1:" + port + "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"mode\":\"embedded\"");
        // The ingest runs in the background once the service is up.
        awaitLine(first, "notes read: 5, loaded: 5 (of which 0 record no meeting held",
                "unchanged: 0, removed: 0, rejected: 0");
        stop(first);
        assertThat(String.join("\n", first.output())).contains("Embedded Neo4j stopped");

        Served second = serve(data, port, "--no-ingest");
        assertThat(String.join("\n", second.output())).doesNotContain("notes read");
        try (var driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
            long meetings = driver.executableQuery("MATCH (m:Meeting) RETURN count(m) AS c").execute()
                    .records().get(0).get("c").asLong();
            assertThat(meetings).isEqualTo(5);
        }
        stop(second);
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : new String[] {"serve", "ingest", "extract", "people"}) {
            Process p = java(command, "--help").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(command).isZero();
            assertThat(out).as(command).contains("Usage: minutegraph " + command);
        }
    }

    private static Served serve(Path data, int port, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(List.of(extra));
        ProcessBuilder builder = java(args.toArray(String[]::new));
        builder.command().add(1, "-Dminutegraph.neo4j.data-dir=" + data);
        builder.command().add(1, "-Dminutegraph.neo4j.bolt-address=127.0.0.1:0");
        builder.environment().put("MINUTEGRAPH_PORT", String.valueOf(port));
        Process process = builder.start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> bolt = new CompletableFuture<>();
        CompletableFuture<Void> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    output.add(line);
                    Matcher m = BOLT.matcher(line);
                    if (m.find()) {
                        bolt.complete(m.group(1));
                    }
                    if (line.startsWith("Minutegraph is serving on")) {
                        serving.complete(null);
                    }
                }
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
            serving.completeExceptionally(new AssertionError("serve exited early:\n" + String.join("\n", output)));
        });
        reader.setDaemon(true);
        reader.start();
        serving.get(120, TimeUnit.SECONDS);
        return new Served(process, output, bolt.getNow(null), reader);
    }

    /** Waits for a line holding every one of the parts. */
    private static void awaitLine(Served served, String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (served.output().stream().noneMatch(line -> Arrays.stream(parts).allMatch(line::contains))) {
            assertThat(System.nanoTime()).as(Arrays.toString(parts) + " within 2 minutes in:\n"
                    + String.join("\n", served.output())).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void stop(Served served) throws InterruptedException {
        // SIGTERM runs the same shutdown hook as Ctrl-C. Through the handle: Process.destroy() would also close our
        // end of its output, losing the lines it logs while it shuts down.
        served.process().toHandle().destroy();
        assertThat(served.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        served.reader().join(10_000); // the reader ends with the process's output
    }

    /** {@code java -jar target/minutegraph.jar ARGS} in the project folder, output and errors together. */
    static ProcessBuilder java(String... args) {
        Path jar = TestPaths.projectDir().resolve("target/minutegraph.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(TestPaths.projectDir().toFile()).redirectErrorStream(true);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
