package io.minutegraph.query;

/** No person in the graph has the id asked about. */
public class UnknownPersonException extends RuntimeException {

    public UnknownPersonException(String id) {
        super("no person with id " + id);
    }
}
