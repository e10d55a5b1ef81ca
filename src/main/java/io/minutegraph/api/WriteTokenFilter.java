package io.minutegraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Writing notes ({@code POST /api/notes}, {@code DELETE /api/notes/{path}}) needs
 * {@code Authorization: Bearer <minutegraph.api.token>}; with no token configured, writing is disabled. Checked
 * before the request's body is read.
 */
@ServerFilter(patterns = {"/api/notes", "/api/notes/**"}, methods = {HttpMethod.POST, HttpMethod.DELETE})
public class WriteTokenFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public WriteTokenFilter(ApiConfig config) {
        this.token = config.token() == null || config.token().isBlank() ? null
                : config.token().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws WritingDisabledException when no token is configured
     * @throws TokenRequiredException   when the request does not carry the token
     */
    @RequestFilter
    public void requireToken(HttpRequest<?> request) {
        if (token == null) {
            throw new WritingDisabledException();
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] given = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // Compared in constant time: the answer's timing says nothing about how much of a guess was right.
        if (!MessageDigest.isEqual(given, token)) {
            throw new TokenRequiredException();
        }
    }
}
