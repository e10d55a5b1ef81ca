package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** Writing a note while writing over HTTP is disabled (no token configured) gets 403 and how to enable it. */
@Produces
@Singleton
public class WritingDisabledHandler extends ErrorHandler<WritingDisabledException> {

    public WritingDisabledHandler() {
        super(HttpStatus.FORBIDDEN);
    }
}
