package io.minutegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.store.Neo4jConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** {@code serve --watch}: notes added, changed, moved into new folders and removed show up in the graph. */
@ExtendWith(EmbeddedGraph.class)
class WatchTest {

    private final ApplicationContext shared;
    private final Driver driver;

    WatchTest(ApplicationContext shared) {
        this.shared = shared;
        this.driver = shared.getBean(Neo4jConnection.class).driver();
    }

    private String title(String source) {
        var records = driver.executableQuery("MATCH (m:Meeting {source: $s}) RETURN m.title AS t")
                .withParameters(Map.of("s", source)).execute().records();
        return records.isEmpty() ? null : records.get(0).get("t").asString();
    }

    /** The sample note (which has no title) with one. */
    private static String titled(String note, String title) {
        return "---\ntitle: " + title + "\n" + note.substring("---\n".length());
    }

    /** Waits for the graph to show a change; the watcher's own latency is what issue 7 measures, not this test. */
    private static void eventually(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within a minute: " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void addedChangedAndRemovedNotesAreFollowed(@TempDir Path folder) throws Exception {
        EmbeddedGraph.clear(shared);
        GraphState.copyNotes(TestPaths.sampleNotes(), folder);
        String note = Files.readString(TestPaths.sampleNotes().resolve("community-2022-03-31.md"));
        try (ApplicationContext service = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.uri", shared.getBean(Neo4jConnection.class).boltUri())).start()) {
            LiveNotes live = service.getBean(LiveNotes.class);
            live.start(folder, true, true).get(120, TimeUnit.SECONDS);
            assertThat(GraphState.meetings(driver)).isEqualTo(5);
            assertThat(live.state()).isEqualTo("idle");
            assertThat(live.last()).hasValueSatisfying(s -> assertThat(s.loaded()).isEqualTo(5));

            Files.writeString(folder.resolve("community-2022-04-07.md"), titled(note, "Added while watched"));
            eventually("an added note", () -> "Added while watched".equals(title("community-2022-04-07.md")));

            Files.writeString(folder.resolve("community-2022-04-07.md"), titled(note, "Changed while watched"));
            eventually("a changed note", () -> "Changed while watched".equals(title("community-2022-04-07.md")));

            Path sub = Files.createDirectories(folder.resolve("later/2022"));
            Files.writeString(sub.resolve("2022-04-14.md"), titled(note, "In a new folder"));
            eventually("a note in a new folder", () -> "In a new folder".equals(title("later/2022/2022-04-14.md")));

            Files.delete(folder.resolve("community-2022-04-07.md"));
            eventually("a removed note", () -> title("community-2022-04-07.md") == null);

            // Editors' hidden swap files and other files are not notes: nothing to do.
            Files.writeString(folder.resolve(".community-2022-03-31.md.swp"), "binary junk");
            Thread.sleep(500);
            assertThat(GraphState.meetings(driver)).isEqualTo(6);
            assertThat(live.last()).hasValueSatisfying(s -> assertThat(s.rejected()).isEmpty());
        }
    }
}
