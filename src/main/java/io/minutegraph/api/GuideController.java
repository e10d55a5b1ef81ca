package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.minutegraph.query.SavedQueryGuide;

/**
 * Serves the guide of saved queries ({@link SavedQueryGuide}), which Neo4j Browser plays once it connects
 * ({@code :play http://127.0.0.1:8080/guide}).
 *
 * <p>Browser fetches a guide with its own request headers, so a page opened at {@code localhost} asking the guide at
 * {@code 127.0.0.1} first sends a CORS preflight; both are answered for the origins this service serves
 * ({@link ServedOrigins}), and for no other.
 */
@Controller
public class GuideController {

    private final ServedOrigins served;
    private final SavedQueryGuide guide;

    public GuideController(ServedOrigins served, SavedQueryGuide guide) {
        this.served = served;
        this.guide = guide;
    }

    @Get(uri = "/guide", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> guide(HttpRequest<?> request) {
        return allowOrigin(HttpResponse.ok(guide.html()), request);
    }

    /** The preflight of a guide request from another origin of this service. */
    @Options("/guide")
    public HttpResponse<?> preflight(HttpRequest<?> request,
                                     @Nullable @io.micronaut.http.annotation.Header(
                                             HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) String headers) {
        MutableHttpResponse<?> response = allowOrigin(HttpResponse.noContent(), request);
        if (response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET");
            if (headers != null && !headers.isBlank()) {
                response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
            }
            response.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        }
        return response;
    }

    private <T> MutableHttpResponse<T> allowOrigin(MutableHttpResponse<T> response, HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (served.serves(origin, ServedOrigins.port(request))) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        return response;
    }
}
