package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.notes.NoteRejectedException;
import jakarta.inject.Singleton;
import java.util.Map;

/** An uploaded note that cannot be loaded gets 422, the reason written for its author, and its path. */
@Produces
@Singleton
public class NoteRejectedHandler extends ErrorHandler<NoteRejectedException> {

    public NoteRejectedHandler() {
        super(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Override
    String message(NoteRejectedException e) {
        return "note rejected: " + e.reason();
    }

    @Override
    Map<String, Object> details(NoteRejectedException e) {
        return Map.of("path", e.source());
    }
}
