package io.minutegraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.helpers.SocketAddressParser;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running in this JVM, reachable only over Bolt, so every read and write goes through the driver
 * exactly as it would against an external server. Without a password it runs without authentication and Bolt must
 * listen on a loopback address; with one, authentication is on (user {@code neo4j}) and Bolt may listen anywhere.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final DatabaseManagementService dbms;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /** The user the embedded database's password is for. */
    static final String USER = "neo4j";

    static EmbeddedNeo4j start(Path dataDir, String boltAddress, String pageCache, String password) {
        return start(dataDir, boltAddress, pageCache, password, BrowserSettings.none());
    }

    /**
     * @param browser what Neo4j Browser is told when it connects; usage telemetry is always off, since a person
     *                using our Browser has not agreed to report to Neo4j
     */
    static EmbeddedNeo4j start(Path dataDir, String boltAddress, String pageCache, String password,
                               BrowserSettings browser) {
        SocketAddress listen = SocketAddressParser.socketAddress(boltAddress, SocketAddress::new);
        boolean auth = password != null && !password.isEmpty();
        if (!auth && !isLoopback(listen.getHostname())) {
            // Opening a database without authentication to the network would give the graph away.
            throw new IllegalStateException("embedded Neo4j runs without authentication, so its Bolt address"
                    + " must be a loopback address (127.0.0.1 or localhost), not '" + boltAddress
                    + "'; set minutegraph.neo4j.password (NEO4J_PASSWORD) to turn authentication on");
        }
        // Listening on every address (0.0.0.0), this process still reaches its own database over loopback.
        String host = Set.of("0.0.0.0", "::", "[::]").contains(listen.getHostname()) ? "127.0.0.1"
                : listen.getHostname();
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, listen)
                    // Routing clients (neo4j://, Browser) connect to what is advertised; the default, "localhost",
                    // may resolve to ::1 where nothing listens.
                    .setConfig(GraphDatabaseSettings.default_advertised_address,
                            new SocketAddress(host))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(pageCache))
                    // Bolt's event loops otherwise wait out a quiet period of seconds at shutdown; our driver is
                    // closed before the database, so there is nothing left to wait for.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(ServerSettings.browser_post_connect_cmd, browser.postConnectCommand())
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                            String.join(",", browser.guideHosts()))
                    .setConfig(ServerSettings.allow_telemetry, false)
                    .build();
        } catch (RuntimeException e) {
            // Neo4j's own message names only the folder; the reason (a port in use, a folder held by another
            // process) is at the bottom of the chain.
            Throwable reason = e;
            while (reason.getCause() != null) {
                reason = reason.getCause();
            }
            throw new IllegalStateException("cannot start the embedded Neo4j in " + dataDir.toAbsolutePath()
                    + " with Bolt on " + boltAddress + ": " + reason.getMessage(), e);
        }
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(START_TIMEOUT.toMillis())) {
            dbms.shutdown();
            throw new IllegalStateException("embedded Neo4j in " + dataDir + " did not become available within "
                    + START_TIMEOUT.toSeconds() + " s; see " + dataDir.resolve("logs/debug.log"));
        }
        if (auth) {
            setPassword(dbms, password);
        }
        int port = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        String uri = "bolt://" + host + ":" + port;
        LOG.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {}",
                (System.nanoTime() - started) / 1_000_000, dataDir.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(dbms, uri);
    }

    /** Sets the {@code neo4j} user's password, through the embedded API, which needs none. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("new password cannot be the same")) {
                return; // set by an earlier start: Neo4j refuses to "change" it to itself
            }
            dbms.shutdown();
            throw new IllegalStateException("cannot set the embedded Neo4j's password: " + e.getMessage(), e);
        }
    }

    String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }

    static boolean isLoopback(String host) {
        return host != null && host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** "256m", "1g", "512k" or a plain byte count. */
    static long bytes(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        char unit = s.charAt(s.length() - 1);
        String digits = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1);
        long n = Long.parseLong(digits.strip());
        return switch (unit) {
            case 'k' -> ByteUnit.kibiBytes(n);
            case 'm' -> ByteUnit.mebiBytes(n);
            case 'g' -> ByteUnit.gibiBytes(n);
            default -> {
                if (!Character.isDigit(unit)) {
                    throw new IllegalArgumentException("size '" + size + "' must end in k, m or g");
                }
                yield n;
            }
        };
    }
}
