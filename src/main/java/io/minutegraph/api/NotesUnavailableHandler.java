package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.ingest.NotesUnavailableException;
import jakarta.inject.Singleton;

/** Writing a note while no notes folder is served gets 503. */
@Produces
@Singleton
public class NotesUnavailableHandler extends ErrorHandler<NotesUnavailableException> {

    public NotesUnavailableHandler() {
        super(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
