package io.minutegraph.api;

/** Notes cannot be written over HTTP: no token is configured. */
public class WritingDisabledException extends RuntimeException {

    public WritingDisabledException() {
        super("writing notes over HTTP is disabled: set minutegraph.api.token (MINUTEGRAPH_API_TOKEN) to enable it");
    }
}
