package io.minutegraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers one kind of exception with a status and the API's error body: {@code {"error": "..."}}, then whatever else
 * the person needs to act on it (the closest track names, the rejected note's path). Each kind is a subclass, so
 * controllers throw and never build error responses themselves.
 *
 * @param <E> the exception answered
 */
abstract class ErrorHandler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<Map<String, Object>>> {

    private final HttpStatus status;

    ErrorHandler(HttpStatus status) {
        this.status = status;
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> handle(HttpRequest request, E exception) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message(exception));
        body.putAll(details(exception));
        return HttpResponse.<Map<String, Object>>status(status).body(body);
    }

    /** The error's text; the exception's message unless a subclass says more. */
    String message(E exception) {
        return exception.getMessage();
    }

    /** What the body gives after the error; nothing unless a subclass adds it. */
    Map<String, Object> details(E exception) {
        return Map.of();
    }
}
