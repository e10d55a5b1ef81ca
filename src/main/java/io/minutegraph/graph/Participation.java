package io.minutegraph.graph;

import java.util.List;

/**
 * One participant entry of a note and what it resolved to.
 *
 * @param raw        the entry exactly as written
 * @param people     ids of the people it names, in written order (several for {@code Simon, Felipe, Dragos})
 * @param unresolved names in it that could not be resolved, each with the reason
 */
public record Participation(String raw, Provenance provenance, List<String> people, List<String> unresolved) {

    public Participation {
        people = List.copyOf(people);
        unresolved = List.copyOf(unresolved);
    }
}
