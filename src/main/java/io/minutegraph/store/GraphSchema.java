package io.minutegraph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The graph's constraints and indexes, {@code cypher/schema.cypher}: each statement idempotent, applied on connect. */
final class GraphSchema {

    private static final CypherFile SCHEMA = CypherFile.load("schema.cypher");

    private GraphSchema() {
    }

    static void apply(Driver driver) {
        try (Session session = driver.session()) {
            for (String statement : SCHEMA.statements()) {
                session.run(statement).consume();
            }
        }
    }
}
