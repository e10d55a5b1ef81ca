package io.minutegraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A speaker label starting a line of a note ({@code RD: ...}, {@code AJ/RD: ...}, {@code **Yosh Wuyts**: ...},
 * {@code cramertj: ...}), resolved: {@code (:Person)-[:SPOKE_AT {as}]->(:Meeting)} for each resolved one.
 *
 * @param raw        the label as written
 * @param parts      the people it names as written ({@code AJ}, {@code SjK}, {@code Rod}), in written order
 * @param people     for each part, the person, or null when unresolved
 * @param unresolved for each unresolved part, {@code "<part>: <reason>"}
 */
public record SpeakerMention(String raw, List<String> parts, List<PersonRef> people, List<String> unresolved,
                             Provenance provenance) {

    public SpeakerMention {
        parts = List.copyOf(parts);
        people = Collections.unmodifiableList(new ArrayList<>(people));
        unresolved = List.copyOf(unresolved);
    }
}
