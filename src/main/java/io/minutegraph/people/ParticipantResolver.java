package io.minutegraph.people;

import io.minutegraph.graph.PersonRef;
import java.util.Optional;

/** Decides which person a participant entry of a note denotes. */
public interface ParticipantResolver {

    /**
     * @param source the note the entry is written in
     * @param entry  the participant entry as written
     * @return the person, or empty when the entry names nobody
     */
    Optional<PersonRef> resolve(String source, String entry);
}
