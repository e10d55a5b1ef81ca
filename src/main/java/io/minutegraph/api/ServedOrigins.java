package io.minutegraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The addresses people open the service at: {@code localhost}, {@code 127.0.0.1}, the configured HTTP host and the
 * guide's host, on the service's port. Pages served from one of them may read the guide from another (CORS), and
 * Neo4j Browser may play guides from any of them.
 */
@Singleton
public class ServedOrigins {

    private static final Set<String> EVERY_ADDRESS = Set.of("0.0.0.0", "::");

    private final Set<String> hosts = new LinkedHashSet<>();
    private final String guideUrl;

    public ServedOrigins(HttpServerConfiguration http, BrowserConfig browser) {
        String host = http.getHost().map(ServedOrigins::normal).orElse("localhost");
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        if (!EVERY_ADDRESS.contains(host)) {
            hosts.add(host);
        }
        int port = http.getPort().orElse(8080);
        if (browser.guideUrl() != null && !browser.guideUrl().isBlank()) {
            guideUrl = browser.guideUrl().strip();
            String guideHost = URI.create(guideUrl).getHost();
            if (guideHost != null) {
                hosts.add(normal(guideHost));
            }
        } else if (port > 0) {
            guideUrl = origin(EVERY_ADDRESS.contains(host) ? "localhost" : host, port) + "/guide";
        } else {
            guideUrl = null; // a port picked at start: set minutegraph.browser.guide-url to have Browser play it
        }
    }

    /** Where Browser finds the guide of saved queries, or null when the port is only known once serving. */
    public String guideUrl() {
        return guideUrl;
    }

    /** Whether a page at {@code origin} ({@code http://localhost:8080}) was served by this service on {@code port}. */
    public boolean serves(String origin, int port) {
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int originPort = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && hosts.contains(normal(uri.getHost()))
                    && originPort == port && (uri.getPath() == null || uri.getPath().isEmpty());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every origin this service answers at on {@code port}, as a page's security policy names them. */
    public List<String> origins(int port) {
        return hosts.stream().map(h -> origin(h, port)).toList();
    }

    /**
     * The port a request was sent to, as the person's browser wrote it in {@code Host}: behind a published port it
     * differs from the one the service listens on.
     */
    public static int port(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host != null) {
            int colon = host.lastIndexOf(':');
            if (colon > host.lastIndexOf(']')) {
                try {
                    return Integer.parseInt(host.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            return 80;
        }
        return request.getServerAddress().getPort();
    }

    /** The hosts people open the service at. */
    public List<String> hosts() {
        return List.copyOf(hosts);
    }

    private static String origin(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Lower-cased, an IPv6 address without its brackets. */
    private static String normal(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
