package io.minutegraph.graph;

/**
 * {@code (:Person)-[:ATTENDED {as}]->(:Meeting)}.
 *
 * @param person the person the entry resolved to
 * @param as     the entry exactly as written in the note
 */
public record Attendance(PersonRef person, String as, Provenance provenance) {
}
