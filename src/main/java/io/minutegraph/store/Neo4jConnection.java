package io.minutegraph.store;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the graph is: the driver, to the embedded default ({@link EmbeddedNeo4j}, started here) or to the configured
 * server. The graph is ready once the database has answered and its schema is applied ({@link GraphSchema}): at once
 * for the embedded database; for an external server, when {@link #awaitReady} first reaches it, retrying with backoff
 * while it is down. Questions and writes go through {@link GraphSessions}. Closing the connection stops the embedded
 * database after the driver.
 */
@Singleton
public class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);
    private static final CypherFile COMPONENTS = CypherFile.load("store/components.cypher");
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(15);

    private final Neo4jConfig config;
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String uri;
    private volatile boolean ready;

    /** @param browser what the embedded database tells Neo4j Browser when it connects (unused for a server) */
    public Neo4jConnection(Neo4jConfig config, BrowserSettings browser) {
        this.config = config;
        // A write that fails for a transient reason (a lost connection, a server restarting) is retried this long.
        Config driverConfig = Config.builder()
                .withMaxTransactionRetryTime(config.retryTime().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        if (config.embedded()) {
            this.embedded = EmbeddedNeo4j.start(Path.of(config.dataDir()), config.boltAddress(), config.pageCache(),
                    config.password(), browser);
            this.uri = embedded.boltUri();
            this.driver = GraphDatabase.driver(uri, config.hasPassword()
                    ? AuthTokens.basic(EmbeddedNeo4j.USER, config.password()) : AuthTokens.none(), driverConfig);
            try {
                connect();
            } catch (RuntimeException e) {
                close();
                throw new IllegalStateException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
            }
        } else {
            this.embedded = null;
            this.uri = config.uri();
            AuthToken auth = config.hasPassword()
                    ? AuthTokens.basic(config.user(), config.password()) : AuthTokens.none();
            // Creating a driver does not connect: the server is first reached by awaitReady.
            this.driver = GraphDatabase.driver(uri, auth, driverConfig);
        }
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

    /** Whether the driver logs in: the external server's password, or the embedded database's with auth on. */
    public boolean isAuthenticated() {
        return config.hasPassword();
    }

    /**
     * Refuses to let a service ({@code what}, e.g. HTTP) listen beyond loopback while the embedded database runs
     * without authentication. An external server has its own authentication, so anything goes there. Checked before
     * anything starts.
     *
     * @throws IllegalStateException with what to do instead
     */
    public static void checkListenAddress(Neo4jConfig config, String what, String host) {
        if (config.embedded() && !config.hasPassword() && !EmbeddedNeo4j.isLoopback(host)) {
            throw new IllegalStateException(what + " would listen on '" + (host == null ? "" : host)
                    + "', beyond loopback, while the embedded Neo4j runs without authentication: listen on"
                    + " 127.0.0.1, or set minutegraph.neo4j.password (NEO4J_PASSWORD) to turn authentication on");
        }
    }

    /** Waits for the database as long as the configured {@code connect-timeout}. */
    public void awaitReady() {
        awaitReady(config.connectTimeout());
    }

    /**
     * Returns once the database answers and the schema is applied, retrying with backoff (0.5 s doubling up to 15 s)
     * while the server cannot be reached.
     *
     * @throws IllegalStateException when it still cannot be reached after {@code timeout}, or cannot be used at all
     *                               (wrong password, not a Neo4j)
     */
    public void awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Duration wait = FIRST_RETRY;
        for (int attempt = 1; !ready; attempt++) {
            try {
                tryConnect();
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException)) {
                    throw new IllegalStateException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("cannot use Neo4j at " + uri + ": " + e.getMessage()
                            + " (gave up after " + attempt + " attempts in "
                            + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)", e);
                }
                Duration pause = Duration.ofNanos(Math.min(wait.toNanos(), left));
                LOG.warn("Neo4j at {} cannot be reached ({}); retrying in {} ms", uri, e.getMessage(),
                        pause.toMillis());
                sleep(pause);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    /** One attempt; the schema is applied once, however many threads wait. */
    private synchronized void tryConnect() {
        if (!ready) {
            connect();
        }
    }

    private void connect() {
        driver.verifyConnectivity();
        GraphSchema.apply(driver);
        ready = true;
        LOG.info("Connected to {} Neo4j at {}", embedded != null ? "embedded" : "external", uri);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Neo4j", e);
        }
    }

    /** Name, version and edition of the database, read over Bolt: proof it answers. */
    public Map<String, Object> components() throws Neo4jException {
        Record r = driver.executableQuery(COMPONENTS.text()).execute().records().get(0);
        return Map.of("name", r.get("name").asString(), "version", r.get("version").asString(),
                "edition", r.get("edition").asString());
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
