package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.notes.NoteRejectedException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/notes} (a JSON body {@code {"path": "team/2024-05-02.md", "content": "---\n..."}}) writes a note
 * into the served folder and ingests it; {@code DELETE /api/notes/{path}} removes one and retracts its facts. Both
 * need {@code Authorization: Bearer <minutegraph.api.token>} ({@link WriteTokenFilter}); with no token configured
 * they are disabled.
 */
@Controller("/api/notes")
public class NotesController {

    private final LiveNotes notes;

    public NotesController(LiveNotes notes) {
        this.notes = notes;
    }

    /**
     * A note to upload.
     *
     * @param path    where it goes in the notes folder
     * @param content the Markdown, front matter included
     */
    @Serdeable
    public record NoteUpload(@Nullable String path, @Nullable String content) {
    }

    /** 201 for a note new to the folder, 200 for one replaced. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<NoteChange> upload(@Body NoteUpload upload) throws NoteRejectedException {
        if (upload.path() == null || upload.content() == null) {
            throw new InvalidRequestException("the body needs both \"path\" and \"content\"");
        }
        LiveNotes.Upload done = notes.put(upload.path(), upload.content().getBytes(StandardCharsets.UTF_8));
        NoteChange body = NoteChange.written(done);
        return done.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    @Delete("/{+path}")
    public NoteChange delete(@PathVariable String path) {
        return NoteChange.deleted(path, notes.delete(path));
    }
}
