package io.minutegraph.store;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to the graph: a driver, to the embedded default or to the configured server. Opening it applies
 * {@code cypher/schema.cypher}; closing it stops the embedded database after the driver.
 */
@Singleton
public class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);
    private static final CypherFile SCHEMA = CypherFile.load("schema.cypher");
    private static final CypherFile COMPONENTS = CypherFile.load("store/components.cypher");

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String uri;

    public Neo4jConnection(Neo4jConfig config) {
        if (config.embedded()) {
            this.embedded = EmbeddedNeo4j.start(Path.of(config.dataDir()), config.boltAddress(), config.pageCache());
            this.uri = embedded.boltUri();
            this.driver = GraphDatabase.driver(uri, AuthTokens.none());
        } else {
            this.embedded = null;
            this.uri = config.uri();
            AuthToken auth = config.password() == null || config.password().isEmpty()
                    ? AuthTokens.none() : AuthTokens.basic(config.user(), config.password());
            this.driver = GraphDatabase.driver(uri, auth);
        }
        try {
            driver.verifyConnectivity();
            applySchema();
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        LOG.info("Connected to {} Neo4j at {}", embedded != null ? "embedded" : "external", uri);
    }

    public Driver driver() {
        return driver;
    }

    /** The Bolt URI the driver uses, for clients such as Neo4j Browser. */
    public String boltUri() {
        return uri;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Name, version and edition of the database, read over Bolt: proof it answers. */
    public Map<String, Object> components() throws Neo4jException {
        Record r = driver.executableQuery(COMPONENTS.text()).execute().records().get(0);
        return Map.of("name", r.get("name").asString(), "version", r.get("version").asString(),
                "edition", r.get("edition").asString());
    }

    private void applySchema() {
        try (var session = driver.session()) {
            for (String statement : SCHEMA.statements()) {
                session.run(statement).consume();
            }
        }
    }

    @PreDestroy
    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
