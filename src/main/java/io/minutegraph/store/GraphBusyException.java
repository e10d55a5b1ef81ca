package io.minutegraph.store;

import java.time.Duration;

/** A question that found notes being written for longer than it waits: asked again later, it is answered. */
public class GraphBusyException extends RuntimeException {

    public GraphBusyException(Duration waited) {
        super("notes were being written for the whole " + waited.toSeconds() + " s a question waits; ask again");
    }
}
