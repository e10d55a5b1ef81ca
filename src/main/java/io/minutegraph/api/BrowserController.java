package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;

/**
 * Points Neo4j Browser (served from the jar under {@code /browser/}) at the graph.
 *
 * <p>Browser asks the root of the server it was loaded from for Neo4j's discovery document and connects to the
 * {@code bolt_direct} it names; on the embedded default that database needs no credentials, so it connects with
 * no prompt. A person opening the root in a web page is sent to Browser with the connection preset.
 */
@Controller
public class BrowserController {

    private final BrowserConnection browser;

    public BrowserController(BrowserConnection browser) {
        this.browser = browser;
    }

    @Get(uri = "/", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> root(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(MediaType.TEXT_HTML)) {
            return HttpResponse.ok(browser.discovery()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.seeOther(browser.browserUri());
    }
}
