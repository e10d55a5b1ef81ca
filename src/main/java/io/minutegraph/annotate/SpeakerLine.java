package io.minutegraph.annotate;

/**
 * A line of a meeting that starts with a speaker label.
 *
 * @param line  1-based line in the note
 * @param label the label, not yet resolved to anyone
 */
public record SpeakerLine(int line, SpeakerLabel label) {
}
