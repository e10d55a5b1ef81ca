package io.minutegraph.graphql;

import io.minutegraph.store.CypherFile;
import io.minutegraph.store.GraphSessions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Record;

/**
 * Reads for GraphQL: the root fields ({@code cypher/graphql/roots.cypher}) and the relationships, a batch of parents
 * at a time ({@code cypher/graphql/relations.cypher}). Rows come back as plain maps, which graphql-java reads.
 */
@Singleton
public class GraphData {

    private final GraphSessions neo4j;
    private final Map<String, String> roots = FieldQueries.load("graphql/roots.cypher");
    private final Map<String, String> relations = FieldQueries.load("graphql/relations.cypher");
    private final Map<String, CypherFile> saved = new ConcurrentHashMap<>();
    private final AtomicLong statementsRun = new AtomicLong();

    public GraphData(GraphSessions neo4j) {
        this.neo4j = neo4j;
    }

    /** How many statements GraphQL has run since start: one per root field and per relationship field a request uses. */
    public long statementsRun() {
        return statementsRun.get();
    }

    /** The relationship fields, {@code Type.field}. */
    Set<String> relationFields() {
        return relations.keySet();
    }

    /** A root field's rows. */
    List<Map<String, Object>> root(String field, Map<String, Object> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        statementsRun.incrementAndGet();
        for (Record r : neo4j.query(statement(roots, field), params)) {
            items.add(r.get("item").asMap());
        }
        return items;
    }

    /** The rows of a saved query of {@code cypher/queries/}, for a field that answers as the query does. */
    List<Map<String, Object>> saved(String query, Map<String, Object> params) {
        statementsRun.incrementAndGet();
        CypherFile file = saved.computeIfAbsent(query, q -> CypherFile.load("queries/" + q + ".cypher"));
        return neo4j.query(file.text(), params).stream()
                .map(Record::asMap).toList();
    }

    /** A relationship's items for a batch of parents, by parent key; every key is in the map. */
    Map<Object, List<Map<String, Object>>> related(String field, Collection<Object> keys) {
        Map<Object, List<Map<String, Object>>> byKey = new HashMap<>();
        keys.forEach(k -> byKey.put(k, new ArrayList<>()));
        statementsRun.incrementAndGet();
        for (Record r : neo4j.query(statement(relations, field), Map.of("ids", List.copyOf(keys)))) {
            byKey.computeIfAbsent(r.get("key").asObject(), k -> new ArrayList<>()).add(r.get("item").asMap());
        }
        return byKey;
    }

    private static String statement(Map<String, String> statements, String field) {
        String statement = statements.get(field);
        if (statement == null) {
            throw new IllegalStateException("no Cypher statement for " + field);
        }
        return statement;
    }
}
