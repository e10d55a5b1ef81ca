package io.minutegraph.graph;

import java.util.List;

/**
 * Initials prefixing a line of a note ({@code RD: ...}, {@code AJ/RD: ...}), resolved.
 *
 * @param raw    the prefix as written
 * @param people one entry per initials in it, in written order: the person's id, or null when unresolved
 */
public record SpeakerMention(String raw, List<String> people, Provenance provenance) {

    public SpeakerMention {
        people = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(people));
    }
}
