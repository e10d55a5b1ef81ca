package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.ingest.NoSuchNoteException;
import jakarta.inject.Singleton;

/** Deleting a note the folder does not have gets 404. */
@Produces
@Singleton
public class NoSuchNoteHandler extends ErrorHandler<NoSuchNoteException> {

    public NoSuchNoteHandler() {
        super(HttpStatus.NOT_FOUND);
    }
}
