package io.minutegraph.graph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Initials prefixing a line of a note ({@code RD: ...}, {@code AJ/RD: ...}), resolved:
 * {@code (:Person)-[:SPOKE_AT {as}]->(:Meeting)} for each resolved one.
 *
 * @param raw        the prefix as written
 * @param initials   the initials in it as written ({@code AJ}, {@code SjK}), in written order
 * @param people     for each initials, the person, or null when unresolved
 * @param unresolved for each unresolved initials, {@code "<initials>: <reason>"}
 */
public record SpeakerMention(String raw, List<String> initials, List<PersonRef> people, List<String> unresolved,
                             Provenance provenance) implements Serializable {

    public SpeakerMention {
        initials = List.copyOf(initials);
        people = Collections.unmodifiableList(new ArrayList<>(people));
        unresolved = List.copyOf(unresolved);
    }
}
