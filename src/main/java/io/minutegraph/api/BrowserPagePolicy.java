package io.minutegraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Neo4j Browser's pages may load from this service only, and connect to this service, to Bolt over WebSocket, and to
 * the database's HTTP discovery. Browser itself would fetch a web font, an analytics script and a feedback widget
 * from three internet hosts whatever its settings say (Community edition always allows outgoing connections); the
 * page's Content Security Policy keeps the web browser from sending those requests at all.
 */
@ServerFilter("/browser/**")
public class BrowserPagePolicy {

    private final ServedOrigins served;
    private final BrowserConnection browser;

    public BrowserPagePolicy(ServedOrigins served, BrowserConnection browser) {
        this.served = served;
        this.browser = browser;
    }

    @ResponseFilter
    public void restrict(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", policy(ServedOrigins.port(request)));
    }

    String policy(int port) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.addAll(served.origins(port));
        // Bolt over WebSocket to wherever a person points Browser; HTTP only to the database's discovery.
        connect.add("ws:");
        connect.add("wss:");
        URI bolt = URI.create(browser.boltUrl());
        if (bolt.getHost() != null && bolt.getPort() > 0) {
            connect.add("http://" + bolt.getHost() + ":" + bolt.getPort());
        }
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:;"
                + " connect-src " + String.join(" ", connect) + "; object-src 'none'; base-uri 'self';"
                + " frame-ancestors 'self'";
    }
}
