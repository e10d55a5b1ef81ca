package io.minutegraph;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * Gives tests the application context with a real embedded Neo4j (fresh folder, Bolt on a free loopback port,
 * HTTP on a free port, chosen before the database starts: it tells Neo4j Browser where the guide is). Starting Neo4j
 * takes seconds, so one context serves the whole test run; every test class starts from an empty graph, whatever
 * ran before it, and tests that need one again call {@link #clear}.
 */
public final class EmbeddedGraph implements ParameterResolver, BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        clear(running(context).context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApplicationContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).context;
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    }

    /**
     * A second service, HTTP on a free port, using the database at {@code boltUri} as an external server (the test
     * run's, or one that is down), with the write token if one is given and any other {@code settings}.
     */
    public static ApplicationContext serve(String boltUri, String token, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("minutegraph.neo4j.uri", boltUri);
        properties.put("micronaut.server.port", -1);
        if (token != null) {
            properties.put("minutegraph.api.token", token);
        }
        ApplicationContext context = ApplicationContext.builder(Environment.TEST).properties(properties).start();
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    public static void clear(ApplicationContext context) {
        Driver driver = context.getBean(Neo4jConnection.class).driver();
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final Path dataDir;
        final ApplicationContext context;

        Running() {
            try {
                dataDir = Files.createTempDirectory("minutegraph-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context = ApplicationContext.builder(Environment.TEST)
                    .properties(Map.of(
                            "minutegraph.neo4j.data-dir", dataDir.toString(),
                            "minutegraph.neo4j.bolt-address", "127.0.0.1:0",
                            "micronaut.server.port", freePort(),
                            // The shared Unikraft corpus is the sample notes' community: their list of features.
                            "minutegraph.notes.gazetteer",
                            TestPaths.sampleNotes().resolve("features.yaml").toString()))
                    .start();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            context.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
