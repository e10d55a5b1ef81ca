package io.minutegraph.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How Neo4j Browser, served under {@code /browser/}, reaches the graph and the guide ({@code minutegraph.browser.*}).
 *
 * @param boltUrl  the Bolt URL Browser connects to, when the web browser reaches the database by another address than
 *                 the service does (as in docker-compose.yml); empty: the driver's
 * @param guideUrl the address of the guide of saved queries that Browser plays once connected, when people reach the
 *                 service by another name than its HTTP host (a host listening on 0.0.0.0, a proxy); empty:
 *                 {@code http://<micronaut.server.host>:<micronaut.server.port>/guide}
 */
@ConfigurationProperties("minutegraph.browser")
public record BrowserConfig(@Nullable String boltUrl, @Nullable String guideUrl) {
}
