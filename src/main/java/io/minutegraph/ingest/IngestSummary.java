package io.minutegraph.ingest;

import java.time.Duration;
import io.minutegraph.notes.Rejection;
import java.util.List;

/**
 * What one ingest did.
 *
 * @param read     notes found in the folder
 * @param loaded   notes now in the graph as written
 * @param rejected notes not loaded, each with the reason
 * @param took     wall-clock time
 */
public record IngestSummary(int read, int loaded, List<Rejection> rejected, Duration took) {

    public IngestSummary {
        rejected = List.copyOf(rejected);
    }

    /** 0 when every note loaded, 2 when some were rejected (the rest are loaded all the same). */
    public int exitCode() {
        return rejected.isEmpty() ? 0 : 2;
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("notes read: %d, loaded: %d, rejected: %d (%.1f s)%n",
                read, loaded, rejected.size(), took.toMillis() / 1000.0));
        for (Rejection r : rejected) {
            out.append("rejected ").append(r.source()).append(": ").append(r.reason()).append('\n');
        }
        return out.toString();
    }
}
