package io.minutegraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.minutegraph.ingest.IngestSummary;
import java.util.List;

/**
 * What the ingest that followed a note's upload or deletion did, as {@code /api/notes} answers it.
 *
 * @param rejected the notes not loaded, each with the reason
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IngestCounts(int read, int loaded, int unchanged, int removed, List<Rejected> rejected) {

    static IngestCounts of(IngestSummary s) {
        return new IngestCounts(s.read(), s.loaded(), s.unchanged(), s.removed(),
                s.rejected().stream().map(r -> new Rejected(r.source(), r.reason())).toList());
    }

    /** A note not loaded: its path in the folder and why. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rejected(String path, String reason) {
    }
}
