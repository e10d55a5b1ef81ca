package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** A request with a parameter or body that cannot be used gets 400 and what it must be. */
@Produces
@Singleton
public class InvalidRequestHandler extends ErrorHandler<InvalidRequestException> {

    public InvalidRequestHandler() {
        super(HttpStatus.BAD_REQUEST);
    }
}
