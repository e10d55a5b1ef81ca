package io.minutegraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.LiveNotes;

/**
 * What {@code POST} and {@code DELETE /api/notes} answer.
 *
 * @param path   the note's path in the folder
 * @param sha256 of the content written; none for a deletion
 * @param ingest what the ingest that followed did
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteChange(String path, @Nullable String sha256, IngestCounts ingest) {

    static NoteChange written(LiveNotes.Upload upload) {
        return new NoteChange(upload.source(), upload.sha256(), IngestCounts.of(upload.ingest()));
    }

    static NoteChange deleted(String path, IngestSummary ingest) {
        return new NoteChange(path, null, IngestCounts.of(ingest));
    }
}
