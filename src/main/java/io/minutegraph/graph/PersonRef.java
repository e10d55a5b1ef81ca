package io.minutegraph.graph;

import java.util.List;

/**
 * A resolved person as the graph stores them.
 *
 * @param id       stable id
 * @param name     fullest name known
 * @param aliases  every participant spelling that denotes them across the notes
 * @param initials initials they go by
 * @param github   GitHub login, or null
 */
public record PersonRef(String id, String name, List<String> aliases, List<String> initials, String github) {

    public PersonRef {
        aliases = List.copyOf(aliases);
        initials = List.copyOf(initials);
    }
}
