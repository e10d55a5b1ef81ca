package io.minutegraph.api;

/** A request to write notes without the configured token: none given, or a wrong one. */
public class TokenRequiredException extends RuntimeException {

    public TokenRequiredException() {
        super("a valid token is needed: Authorization: Bearer <token>");
    }
}
