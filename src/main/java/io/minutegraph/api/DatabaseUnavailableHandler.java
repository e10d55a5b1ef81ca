package io.minutegraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** A question asked while the graph database cannot be reached gets 503 and the reason, not a bare 500. */
@Produces
@Singleton
@Requires(classes = {ServiceUnavailableException.class, ExceptionHandler.class})
public class DatabaseUnavailableHandler extends ErrorHandler<ServiceUnavailableException> {

    public DatabaseUnavailableHandler() {
        super(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Override
    String message(ServiceUnavailableException e) {
        return "the graph database cannot be reached: " + e.getMessage();
    }
}
