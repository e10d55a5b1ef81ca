package io.minutegraph.store;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to the graph: a driver, to the embedded default or to the configured server. The graph is ready once
 * the database has answered and {@code cypher/schema.cypher} is applied: at once for the embedded database; for an
 * external server, when {@link #awaitReady} first reaches it, retrying with backoff while it is down. Closing the
 * connection stops the embedded database after the driver.
 */
@Singleton
public class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);
    private static final CypherFile SCHEMA = CypherFile.load("schema.cypher");
    private static final CypherFile COMPONENTS = CypherFile.load("store/components.cypher");
    private static final CypherFile COUNT_WRITE = CypherFile.load("store/count-write.cypher");
    private static final CypherFile VERSION = CypherFile.load("queries/graph-version.cypher");
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(15);
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Neo4jConfig config;
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String uri;
    private volatile boolean ready;
    /**
     * The service's questions and the writing of notes exclude each other, so a question asked through the service
     * never runs across a note's commit and never sees half a note: Neo4j itself reads at read-committed isolation,
     * where a read that overlaps a commit can see part of it. Fair, so a waiting write goes before later questions
     * and a question waits at most for one note.
     */
    private final ReentrantReadWriteLock notes = new ReentrantReadWriteLock(true);

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
        applySchema();
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

    /**
     * Runs a question's statement in a read transaction (which a cluster's {@code neo4j://} URI routes to a follower
     * or read replica, and which the database refuses to let write); see {@link #notes}.
     */
    public List<Record> query(String cypher, Map<String, Object> params) {
        return reading(() -> driver.executableQuery(cypher).withParameters(params).withConfig(READ).execute()
                .records());
    }

    /** Answers a question made of several statements with no note written between them; see {@link #notes}. */
    public <T> T reading(Supplier<T> answer) {
        Lock lock = notes.readLock();
        lock.lock();
        try {
            return answer.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one write transaction (retried by the driver on transient failures) while no question runs. The
     * transaction also moves the graph's version forward ({@link #version}).
     */
    public void write(Consumer<TransactionContext> work) {
        Lock lock = notes.writeLock();
        lock.lock();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                work.accept(tx);
                tx.run(COUNT_WRITE.text()).consume();
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * The graph's version, which every write through Minutegraph, from any process, changes: an answer worked out at
     * one version holds as long as the version is the same.
     */
    public String version() {
        return query(VERSION.text(), Map.of()).get(0).get("version").asString();
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
