package io.minutegraph.annotate;

/**
 * Whether a meeting was held, as its note shows.
 *
 * @param held   false for a stub: an agenda with no notes, an empty template, a cancellation, "notes will be posted"
 * @param reason why, in a few words, for the log and {@code extract}
 */
public record Held(boolean held, String reason) {
}
