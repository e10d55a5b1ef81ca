package io.minutegraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** A question asked while the graph database cannot be reached gets 503 and the reason, not a bare 500. */
@Produces
@Singleton
@Requires(classes = {ServiceUnavailableException.class, ExceptionHandler.class})
public class DatabaseUnavailableHandler
        implements ExceptionHandler<ServiceUnavailableException, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, ServiceUnavailableException e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("error", "the graph database cannot be reached: " + e.getMessage()));
    }
}
