package io.minutegraph.api;

import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * How Neo4j Browser, served from the jar under {@code /browser/}, connects to the graph: the Bolt URL, the discovery
 * document a Neo4j server serves at its root, and Browser's address with the connection preset (no auth on the
 * embedded default, which needs no credentials).
 */
@Singleton
public class BrowserConnection {

    private final Neo4jConnection neo4j;
    private final String configuredBoltUrl;

    public BrowserConnection(Neo4jConnection neo4j, BrowserConfig config) {
        this.neo4j = neo4j;
        this.configuredBoltUrl = config.boltUrl();
    }

    /** The document a Neo4j server serves at its root, which Browser reads to find Bolt. */
    public Map<String, Object> discovery() {
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

    /** Browser's page with the connection preset, so that it connects without showing its connect form. */
    public URI browserUri() {
        String query = "dbms=" + URLEncoder.encode(boltUrl(), StandardCharsets.UTF_8)
                + (neo4j.isEmbedded() && !neo4j.isAuthenticated() ? "&preselectAuthMethod=NO_AUTH" : "");
        return URI.create("/browser/?" + query);
    }

    /** The Bolt URL Browser connects to. */
    public String boltUrl() {
        return configuredBoltUrl == null || configuredBoltUrl.isBlank() ? neo4j.boltUri() : configuredBoltUrl;
    }
}
