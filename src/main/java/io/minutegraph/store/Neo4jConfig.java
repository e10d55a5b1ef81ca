package io.minutegraph.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Where the graph lives ({@code minutegraph.neo4j.*}). With no {@code uri}, Minutegraph starts its own embedded
 * Neo4j in {@code data-dir} with Bolt on {@code bolt-address}; with a {@code uri}, it uses that server.
 *
 * @param uri            Bolt URI of an external Neo4j ({@code NEO4J_URI}); empty for the embedded default
 * @param user           user for the external server ({@code NEO4J_USER})
 * @param password       password for the external server ({@code NEO4J_PASSWORD})
 * @param dataDir        embedded database folder
 * @param boltAddress    embedded Bolt listen address, {@code host:port}; port 0 picks a free port
 * @param pageCache      embedded page cache size, e.g. {@code 256m}
 * @param connectTimeout how long {@code ingest} and the other one-shot commands retry an external server that does
 *                       not answer before they give up ({@code serve} retries until it answers)
 * @param retryTime      how long one note's write is retried after a transient failure (a lost connection, a
 *                       leader switch) before the note is reported as not stored, and how long a question waits
 *                       for notes being written before it is answered 503
 * @param writeLease     how long after it began a write that never ended is taken as abandoned (its process
 *                       stopped mid-write), so questions stop waiting for it; longer than any one write
 */
@ConfigurationProperties("minutegraph.neo4j")
public record Neo4jConfig(
        @Nullable String uri,
        @Bindable(defaultValue = "neo4j") String user,
        @Nullable String password,
        @Bindable(defaultValue = "data") String dataDir,
        @Bindable(defaultValue = "127.0.0.1:7687") String boltAddress,
        @Bindable(defaultValue = "256m") String pageCache,
        @Bindable(defaultValue = "60s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration retryTime,
        @Bindable(defaultValue = "10m") Duration writeLease) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * Whether the graph is an embedded database not made yet (its folder missing or empty): it holds no note, so an
     * ingest knows what to write before the database has started.
     */
    public boolean newEmbeddedDatabase() {
        if (!embedded()) {
            return false;
        }
        try (Stream<Path> files = Files.list(Path.of(dataDir))) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return true; // missing (or unreadable, which the database start reports)
        }
    }

    /** Whether a password is set: the driver logs in with it, and the embedded database turns authentication on. */
    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
