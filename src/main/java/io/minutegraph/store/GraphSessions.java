package io.minutegraph.store;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads and writes of the graph, each a transaction of the driver's ({@code executeRead}, which a cluster routes to a
 * follower, and {@code executeWrite}, retried by the driver on transient failures for {@code retry-time}). Sessions
 * share the driver's bookmark manager, so a question asked after a write sees it, on any member of a cluster.
 *
 * <p>Neo4j reads at read-committed isolation: a statement running while a write commits can see part of it. So a
 * write marks itself begun in a transaction of its own before it writes ({@code store/begin-write.cypher}) and ended
 * by its own commit ({@code store/count-write.cypher}), and a question reads that mark before and after its
 * statements ({@code store/write-mark.cypher}), in the same read transaction: one that starts while a write runs, or
 * whose two readings differ, is asked again once the write is over. A question never sees half a note, whichever
 * process wrote it, as long as one process at a time writes notes.
 */
@Singleton
public class GraphSessions {

    private static final CypherFile BEGIN_WRITE = CypherFile.load("store/begin-write.cypher");
    private static final CypherFile COUNT_WRITE = CypherFile.load("store/count-write.cypher");
    private static final CypherFile END_WRITE = CypherFile.load("store/end-write.cypher");
    private static final CypherFile WRITE_MARK = CypherFile.load("store/write-mark.cypher");
    private static final Duration FIRST_PAUSE = Duration.ofMillis(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private final Neo4jConnection neo4j;
    private final Duration waitForWrite;
    private final Map<String, Object> lease;

    public GraphSessions(Neo4jConnection neo4j, Neo4jConfig config) {
        this.neo4j = neo4j;
        this.waitForWrite = config.retryTime();
        this.lease = Map.of("lease", config.writeLease().toString());
    }

    /** One statement's records, read whole in a read transaction; see {@link #read}. */
    public List<Record> query(String cypher, Map<String, Object> params) {
        return read(tx -> tx.run(cypher, params).list());
    }

    /**
     * Answers a question in one read transaction, however many statements it runs, from a graph no write changed
     * while it ran. The answer may be worked out more than once, so it must read results whole and change nothing
     * outside itself.
     *
     * @throws GraphBusyException when writes kept running for {@code retry-time}
     */
    public <T> T read(Function<TransactionContext, T> question) {
        return read((tx, version) -> question.apply(tx));
    }

    /**
     * {@link #read(Function)}, the question given the graph's version ({@link #version}) it is asked at. A question
     * that runs no statement (an answer kept for that version) costs one reading of the mark.
     */
    public <T> T read(BiFunction<TransactionContext, String, T> question) {
        long deadline = System.nanoTime() + waitForWrite.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Answer<T> answer;
            try (Session session = session(AccessMode.READ)) {
                answer = session.executeRead(tx -> answer(tx, question));
            }
            if (answer != null) {
                return answer.value();
            }
            if (System.nanoTime() > deadline) {
                throw new GraphBusyException(waitForWrite);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** The answer, or null when a write ran at its start or across its statements. */
    private <T> Answer<T> answer(TransactionContext tx, BiFunction<TransactionContext, String, T> question) {
        Record before = mark(tx);
        if (before.get("writing").asBoolean()) {
            return null;
        }
        Counted counted = new Counted(tx);
        T value;
        try {
            value = question.apply(counted, before.get("version").asString());
        } catch (RuntimeException e) {
            if (counted.statements == 0 || mark(tx).equals(before)) {
                throw e;
            }
            return null; // a failure seen across a write, such as a track not written yet
        }
        return counted.statements == 0 || mark(tx).equals(before) ? new Answer<>(value) : null;
    }

    private record Answer<T>(T value) {
    }

    /** A question's transaction, counting the statements it runs. */
    private static final class Counted implements TransactionContext {
        private final TransactionContext tx;
        private int statements;

        Counted(TransactionContext tx) {
            this.tx = tx;
        }

        @Override
        public Result run(Query query) {
            statements++;
            return tx.run(query);
        }

        @Override
        public Result run(String query, Value parameters) {
            return run(new Query(query, parameters));
        }

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            return run(new Query(query, parameters));
        }

        @Override
        public Result run(String query, Record parameters) {
            return run(new Query(query, parameters.asMap()));
        }

        @Override
        public Result run(String query) {
            return run(new Query(query));
        }
    }

    private Record mark(TransactionContext tx) {
        return tx.run(WRITE_MARK.text(), lease).single();
    }

    /**
     * Writes in one write transaction, marked begun before and ended by the same commit; see the class comment. The
     * work may run more than once when the driver retries it.
     */
    public void write(Consumer<TransactionContext> work) {
        try (Session session = session(AccessMode.WRITE)) {
            session.executeWriteWithoutResult(tx -> tx.run(BEGIN_WRITE.text()).consume());
            try {
                session.executeWriteWithoutResult(tx -> {
                    work.accept(tx);
                    tx.run(COUNT_WRITE.text()).consume();
                });
            } catch (RuntimeException e) {
                endAbandonedWrite(session, e);
                throw e;
            }
        }
    }

    /**
     * Clears the mark of a write that never ended (its process stopped mid-write), so that questions do not wait for
     * it. Only for the process that writes the notes, before it writes.
     */
    public void clearStaleWriteMark() {
        try (Session session = session(AccessMode.WRITE)) {
            endWrite(session);
        }
    }

    private static void endAbandonedWrite(Session session, RuntimeException failure) {
        try {
            endWrite(session);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void endWrite(Session session) {
        session.executeWriteWithoutResult(tx -> tx.run(END_WRITE.text()).consume());
    }

    /**
     * The graph's version, which every write through Minutegraph, from any process, changes: an answer worked out at
     * one version holds as long as the version is the same ({@code queries/graph-version.cypher} reads it in Browser).
     */
    public String version() {
        return read((tx, version) -> version);
    }

    private Session session(AccessMode mode) {
        return neo4j.driver().session(SessionConfig.builder()
                .withDefaultAccessMode(mode)
                .withBookmarkManager(neo4j.driver().executableQueryBookmarkManager())
                .build());
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a write to end", e);
        }
    }
}
