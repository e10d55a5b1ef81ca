package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.query.UnknownPersonException;
import jakarta.inject.Singleton;

/** A person the graph does not know gets 404. */
@Produces
@Singleton
public class UnknownPersonHandler extends ErrorHandler<UnknownPersonException> {

    public UnknownPersonHandler() {
        super(HttpStatus.NOT_FOUND);
    }
}
