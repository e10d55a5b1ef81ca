package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.minutegraph.store.Neo4jConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Points Neo4j Browser (served from the jar under {@code /browser/}) at the graph.
 *
 * <p>Browser asks the root of the server it was loaded from for Neo4j's discovery document and connects to the
 * {@code bolt_direct} it names; on the embedded default that database needs no credentials, so it connects with
 * no prompt. A person opening the root in a web page is sent to Browser with the connection preset.
 */
@Controller
public class BrowserController {

    private final Neo4jConnection neo4j;
    private final String configuredBoltUrl;

    public BrowserController(Neo4jConnection neo4j, BrowserConfig config) {
        this.neo4j = neo4j;
        this.configuredBoltUrl = config.boltUrl();
    }

    @Get(uri = "/", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> root(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(MediaType.TEXT_HTML)) {
            return HttpResponse.ok(discovery()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.seeOther(browserUri());
    }

    /** The document a Neo4j server serves at its root, which Browser reads to find Bolt. */
    Map<String, Object> discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bolt_direct", boltUrl());
        doc.put("bolt_routing", boltUrl().replaceFirst("^bolt", "neo4j"));
        try {
            Map<String, Object> database = neo4j.components();
            doc.put("neo4j_version", database.get("version"));
            doc.put("neo4j_edition", database.get("edition"));
        } catch (Neo4jException e) {
            // The database is down: Browser can still be told where it should be.
        }
        doc.put("auth_config", Map.of("oidc_providers", new Object[0]));
        return doc;
    }

    URI browserUri() {
        String query = "dbms=" + URLEncoder.encode(boltUrl(), StandardCharsets.UTF_8)
                + (neo4j.isEmbedded() && !neo4j.isAuthenticated() ? "&preselectAuthMethod=NO_AUTH" : "");
        return URI.create("/browser/?" + query);
    }

    /** The Bolt URL Browser connects to. */
    String boltUrl() {
        return configuredBoltUrl == null || configuredBoltUrl.isBlank() ? neo4j.boltUri() : configuredBoltUrl;
    }
}
