package io.minutegraph.graph;

/**
 * A person as a note refers to them.
 *
 * @param id   the person's stable id
 * @param name the name to show when the person is first created
 */
public record PersonRef(String id, String name) {
}
