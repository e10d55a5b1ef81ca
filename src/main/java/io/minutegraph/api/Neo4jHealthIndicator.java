package io.minutegraph.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /health}: UP when the graph database answers a query over Bolt, with what it is and where. */
@Singleton
public class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Neo4jConnection neo4j;

    public Neo4jHealthIndicator(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", neo4j.isEmbedded() ? "embedded" : "external");
        details.put("uri", neo4j.boltUri());
        try {
            // One attempt, no waiting: an external server that was down is UP here as soon as it answers again.
            neo4j.awaitReady(java.time.Duration.ZERO);
            details.putAll(neo4j.components());
            healthStatus = HealthStatus.UP;
        } catch (RuntimeException e) {
            details.put("error", e.getMessage());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }
}
