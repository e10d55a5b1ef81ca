package io.minutegraph.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.notes.NoteRejectedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/notes} (a JSON body {@code {"path": "team/2024-05-02.md", "content": "---\n..."}}) writes a note
 * into the served folder and ingests it; {@code DELETE /api/notes/{path}} removes one and retracts its facts. Both
 * need {@code Authorization: Bearer <minutegraph.api.token>}; with no token configured they are disabled.
 */
@Controller("/api/notes")
public class NotesController {

    private final LiveNotes notes;
    private final byte[] token;

    public NotesController(LiveNotes notes, @Value("${minutegraph.api.token:}") String token) {
        this.notes = notes;
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
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

    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> upload(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @Body NoteUpload upload) {
        HttpResponse<?> refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        if (upload.path() == null || upload.content() == null) {
            return HttpResponse.badRequest(error("the body needs both \"path\" and \"content\""));
        }
        try {
            LiveNotes.Upload done = notes.put(upload.path(), upload.content().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", done.source());
            body.put("sha256", done.sha256());
            body.put("ingest", summary(done.ingest()));
            return done.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
        } catch (NoteRejectedException e) {
            Map<String, Object> body = error("note rejected: " + e.reason());
            body.put("path", e.source());
            return HttpResponse.unprocessableEntity().body(body);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(error(e.getMessage()));
        } catch (IllegalStateException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(error(e.getMessage()));
        }
    }

    @Delete("/{+path}")
    public HttpResponse<?> delete(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @PathVariable String path) {
        HttpResponse<?> refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", path);
            body.put("ingest", summary(notes.delete(path)));
            return HttpResponse.ok(body);
        } catch (NoSuchFileException e) {
            return HttpResponse.notFound(error("the notes folder has no note " + path));
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(error(e.getMessage()));
        } catch (IllegalStateException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(error(e.getMessage()));
        }
    }

    /** Null when the request may write; otherwise the response that says why not. */
    private HttpResponse<?> refuse(String authorization) {
        if (token == null) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(error("writing notes over HTTP is disabled:"
                    + " set minutegraph.api.token (MINUTEGRAPH_API_TOKEN) to enable it"));
        }
        String prefix = "Bearer ";
        byte[] given = authorization != null && authorization.startsWith(prefix)
                ? authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // Compared in constant time: the answer's timing says nothing about how much of a guess was right.
        if (!MessageDigest.isEqual(given, token)) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(error("a valid token is needed: Authorization: Bearer <token>"));
        }
        return null;
    }

    private static Map<String, Object> summary(IngestSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", s.read());
        out.put("loaded", s.loaded());
        out.put("unchanged", s.unchanged());
        out.put("removed", s.removed());
        out.put("rejected", s.rejected().stream().map(r -> Map.of("path", r.source(), "reason", r.reason())).toList());
        return out;
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
