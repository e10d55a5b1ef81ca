package io.minutegraph.ingest;

import io.minutegraph.notes.Rejection;
import java.time.Duration;
import java.util.List;

/**
 * What one ingest did.
 *
 * @param read      notes found in the folder
 * @param loaded    notes extracted and written anew
 * @param stubs     of those, notes that record no meeting that was held: an agenda never filled in, an empty
 *                  template, a cancellation
 * @param unchanged notes whose file the graph already holds as it is: not extracted again
 * @param removed   notes the graph held that are no longer in the folder: their facts retracted
 * @param rejected  notes not loaded, each with the reason
 * @param took      wall-clock time
 */
public record IngestSummary(int read, int loaded, int stubs, int unchanged, int removed, List<Rejection> rejected,
                            Duration took) {

    public IngestSummary {
        rejected = List.copyOf(rejected);
    }

    /** 0 when every note loaded, 2 when some were rejected (the rest are loaded all the same). */
    public int exitCode() {
        return rejected.isEmpty() ? 0 : 2;
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("notes read: %d, loaded: %d (of which %d record no meeting held: agendas, templates,"
                        + " cancellations), unchanged: %d, removed: %d, rejected: %d (%.1f s)%n", read, loaded, stubs,
                unchanged, removed, rejected.size(), took.toMillis() / 1000.0));
        for (Rejection r : rejected) {
            out.append("rejected ").append(r.source()).append(": ").append(r.reason()).append('\n');
        }
        return out.toString();
    }
}
