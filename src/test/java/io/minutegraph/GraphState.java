package io.minutegraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.minutegraph.store.GraphSessions;
import io.minutegraph.store.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** What the graph holds, in forms tests can compare, and folders of notes to ingest. */
public final class GraphState {

    private GraphState() {
    }

    /**
     * Every note's contribution, counted: for each source file, how many nodes of each label and relationships of
     * each type carry it as their provenance. Two graphs that hold a note the same way have the same entry for it.
     */
    public static Map<String, Map<String, Long>> bySource(Driver driver) {
        List<Record> records = driver.executableQuery("""
                MATCH ()-[r]->() WHERE r.source IS NOT NULL
                RETURN r.source AS source, type(r) AS kind, count(*) AS n
                UNION ALL
                MATCH (n) WHERE n.source IS NOT NULL
                RETURN n.source AS source, labels(n)[0] AS kind, count(*) AS n""").execute().records();
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Record r : records) {
            out.computeIfAbsent(r.get("source").asString(), s -> new TreeMap<>())
                    .merge(r.get("kind").asString(), r.get("n").asLong(), Long::sum);
        }
        return out;
    }

    /**
     * Each meeting with the relationships of its own note that touch it, counted by type, asked the way the service
     * asks its questions: through {@link GraphSessions#query}. (The same statement sent straight to the driver may
     * straddle a note's commit: Neo4j reads at read-committed isolation.)
     */
    public static Map<String, Map<String, Long>> meetingsWithFacts(GraphSessions neo4j) {
        List<Record> records = neo4j.query("""
                MATCH (m:Meeting)
                CALL {
                  WITH m
                  MATCH (m)-[r]-()
                  WHERE r.source = m.source
                  RETURN type(r) AS kind, count(*) AS n
                }
                RETURN m.source AS source, kind, n""", Map.of());
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Record r : records) {
            out.computeIfAbsent(r.get("source").asString(), s -> new TreeMap<>())
                    .put(r.get("kind").asString(), r.get("n").asLong());
        }
        return out;
    }

    /** Nodes and relationships in the whole graph. */
    public static Map<String, Long> counts(Driver driver) {
        Record r = driver.executableQuery("""
                CALL { MATCH (n) RETURN count(n) AS nodes }
                CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships""").execute().records().get(0);
        return Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong());
    }

    public static long meetings(Driver driver) {
        return driver.executableQuery("MATCH (m:Meeting) RETURN count(m) AS c").execute().records().get(0)
                .get("c").asLong();
    }

    /** Copies a folder of notes, subfolders included. */
    public static void copyNotes(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
