package io.minutegraph.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The HTTP API ({@code minutegraph.api.*}).
 *
 * @param token the bearer token {@code POST} and {@code DELETE /api/notes} need ({@code MINUTEGRAPH_API_TOKEN});
 *              empty: those endpoints are disabled
 */
@ConfigurationProperties("minutegraph.api")
public record ApiConfig(@Nullable String token) {
}
