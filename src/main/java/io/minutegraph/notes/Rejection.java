package io.minutegraph.notes;

/** A note that was not read or not loaded, and why: what the ingest summary lists. */
public record Rejection(String source, String reason) {
}
