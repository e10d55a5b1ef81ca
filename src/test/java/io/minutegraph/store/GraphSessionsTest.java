package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Questions and writes through {@link GraphSessions} on the embedded database: a question never answers from a graph a
 * write is changing, a failed write leaves nothing behind, and a write left unfinished by a stopped process holds
 * questions back only until it is cleared or its lease runs out.
 */
@ExtendWith(EmbeddedGraph.class)
class GraphSessionsTest {

    private static final String COUNT = "MATCH (p:Probe) RETURN count(p) AS n";
    private static final CypherFile BEGIN_WRITE = CypherFile.load("store/begin-write.cypher");

    private final ApplicationContext context;
    private final GraphSessions sessions;
    private final Driver driver;

    GraphSessionsTest(ApplicationContext context) {
        this.context = context;
        this.sessions = context.getBean(GraphSessions.class);
        this.driver = context.getBean(Neo4jConnection.class).driver();
    }

    @BeforeEach
    void emptyGraph() {
        EmbeddedGraph.clear(context);
    }

    private long probes(GraphSessions through) {
        return through.query(COUNT, Map.of()).get(0).get("n").asLong();
    }

    @Test
    void aQuestionAskedWhileAWriteRunsIsAnsweredFromTheWholeWrite() throws Exception {
        sessions.write(tx -> tx.run("CREATE (:Probe)").consume());
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> sessions.write(tx -> {
            tx.run("UNWIND range(1, 10) AS i CREATE (:Probe)").consume();
            writing.countDown();
            await(release);
        }));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Long> question = CompletableFuture.supplyAsync(() -> probes(sessions));
        Thread.sleep(300);
        assertThat(question).as("a question waits while the write runs").isNotDone();
        release.countDown();
        write.get(30, TimeUnit.SECONDS);
        assertThat(question.get(30, TimeUnit.SECONDS)).isEqualTo(11);
    }

    @Test
    void aFailedWriteLeavesNothingAndHoldsNoQuestionBack() {
        assertThatThrownBy(() -> sessions.write(tx -> {
            tx.run("CREATE (:Probe)").consume();
            throw new IllegalStateException("the note could not be written");
        })).hasMessage("the note could not be written");

        assertThat(probes(sessions)).isZero();
        assertThat(writing()).isFalse();
    }

    @Test
    void aWriteLeftUnfinishedHoldsQuestionsBackUntilClearedOrItsLeaseRunsOut() throws Exception {
        Neo4jConfig config = context.getBean(Neo4jConfig.class);
        sessions.write(tx -> tx.run("CREATE (:Probe)").consume());
        // A process that marked a write begun and stopped before it wrote.
        driver.executableQuery(BEGIN_WRITE.text()).execute();

        GraphSessions impatient = new GraphSessions(context.getBean(Neo4jConnection.class), withTimes(config,
                Duration.ofMillis(300), Duration.ofMinutes(10)));
        assertThatThrownBy(() -> probes(impatient)).isInstanceOf(GraphBusyException.class)
                .hasMessageContaining("ask again");

        GraphSessions shortLease = new GraphSessions(context.getBean(Neo4jConnection.class), withTimes(config,
                Duration.ofSeconds(30), Duration.ofSeconds(1)));
        long started = System.nanoTime();
        assertThat(probes(shortLease)).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));

        sessions.clearStaleWriteMark();
        assertThat(writing()).isFalse();
        assertThat(probes(impatient)).isEqualTo(1);
    }

    @Test
    void everyWriteMovesTheVersionForward() {
        sessions.write(tx -> tx.run("CREATE (:Probe)").consume());
        String before = sessions.version();
        sessions.write(tx -> { });
        assertThat(sessions.version()).isNotEqualTo(before);
    }

    private boolean writing() {
        return driver.executableQuery("MATCH (v:GraphVersion) RETURN v.writing AS writing").execute().records()
                .get(0).get("writing").asBoolean();
    }

    private static Neo4jConfig withTimes(Neo4jConfig c, Duration retryTime, Duration writeLease) {
        return new Neo4jConfig(c.uri(), c.user(), c.password(), c.dataDir(), c.boltAddress(), c.pageCache(),
                c.connectTimeout(), retryTime, writeLease);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
