package io.minutegraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.store.GraphBusyException;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A question that waited for notes being written longer than it may ({@code minutegraph.neo4j.retry-time}) gets 503
 * and when to ask again: a batch of notes is written in seconds (docs/reliability.md, "Load"), so a client that
 * waits that long finds the writes over or a pause between two batches.
 */
@Produces
@Singleton
public class GraphBusyHandler extends ErrorHandler<GraphBusyException> {

    /** Seconds a client is told to wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 5;

    public GraphBusyHandler() {
        super(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> handle(HttpRequest request, GraphBusyException e) {
        return super.handle(request, e).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
}
