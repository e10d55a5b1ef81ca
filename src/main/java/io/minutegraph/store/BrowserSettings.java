package io.minutegraph.store;

import java.util.List;

/**
 * What the embedded database tells a Neo4j Browser that connects to it (Neo4j's {@code browser.*} and
 * {@code client.*} settings, which Browser reads through {@code dbms.clientConfig()}). An external server tells
 * Browser what its own configuration says (docker-compose.yml sets the same three there).
 *
 * @param postConnectCommand the command Browser runs once connected, without its colon ({@code play
 *                           http://127.0.0.1:8080/guide}); empty for none
 * @param guideHosts         the hosts Browser may play guides from
 */
public record BrowserSettings(String postConnectCommand, List<String> guideHosts) {

    public BrowserSettings {
        guideHosts = List.copyOf(guideHosts);
    }

    /** Neo4j's own defaults: no command, guides from Neo4j's site and localhost. */
    public static BrowserSettings none() {
        return new BrowserSettings("", List.of("guides.neo4j.com", "localhost"));
    }
}
