package io.minutegraph.api;

/** A request whose parameters or body cannot be used as they are; the message says which and what they must be. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
