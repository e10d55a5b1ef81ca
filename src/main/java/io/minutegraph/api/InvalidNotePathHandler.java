package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.ingest.InvalidNotePathException;
import jakarta.inject.Singleton;

/** An upload or deletion at a path that is not a note's path inside the notes folder gets 400 and why. */
@Produces
@Singleton
public class InvalidNotePathHandler extends ErrorHandler<InvalidNotePathException> {

    public InvalidNotePathHandler() {
        super(HttpStatus.BAD_REQUEST);
    }
}
