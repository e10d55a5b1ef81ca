package io.minutegraph.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.LiveNotes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health}, part "notes": the folder {@code serve} keeps the graph in step with, what that is doing (waiting
 * for Neo4j, ingesting, idle) and the last ingest's counts. Always UP: whether questions can be answered is the
 * database's part; a background ingest that is still running or rejected notes do not make the service unhealthy.
 */
@Singleton
public class NotesHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final LiveNotes notes;

    public NotesHealthIndicator(LiveNotes notes) {
        this.notes = notes;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("folder", notes.folder().map(Object::toString).orElse(""));
        details.put("state", notes.state());
        notes.last().ifPresent(last -> details.put("lastIngest", counts(last)));
        return details;
    }

    private static Map<String, Object> counts(IngestSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", s.read());
        out.put("loaded", s.loaded());
        out.put("notHeld", s.stubs());
        out.put("unchanged", s.unchanged());
        out.put("removed", s.removed());
        out.put("rejected", s.rejected().size());
        out.put("seconds", s.took().toMillis() / 1000.0);
        return out;
    }

    @Override
    protected String getName() {
        return "notes";
    }
}
