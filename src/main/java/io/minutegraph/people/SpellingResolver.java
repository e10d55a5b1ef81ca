package io.minutegraph.people;

import io.minutegraph.graph.Keys;
import io.minutegraph.graph.PersonRef;
import java.util.Optional;

/**
 * One person per spelling, with case and diacritics folded: {@code RăzvanD} and {@code RazvanD} are one person,
 * {@code Razvan Deaconescu} another. The first step before corpus-wide identity resolution.
 */
public final class SpellingResolver implements ParticipantResolver {

    @Override
    public Optional<PersonRef> resolve(String source, String entry) {
        String id = Keys.slug(entry);
        return id.isEmpty() ? Optional.empty() : Optional.of(new PersonRef(id, entry.strip()));
    }
}
