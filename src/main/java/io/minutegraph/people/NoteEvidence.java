package io.minutegraph.people;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one note tells about who was there: the evidence identity resolution weighs for that note.
 *
 * @param source       the note
 * @param date         its meeting date
 * @param teams        its teams, lower-cased
 * @param participants its participant entries as written
 * @param initialsUsed initials its text uses as speaker or owner prefixes ({@code RD:}, {@code AJ/RD:},
 *                     {@code SjK:}), as written
 * @param speakers     the names its speaker labels write out in full or as handles ({@code Tucker Taft},
 *                     {@code cramertj}), with how many lines each starts: people who took part, listed or not
 */
public record NoteEvidence(String source, LocalDate date, Set<String> teams, List<String> participants,
                           Set<String> initialsUsed, Map<String, Integer> speakers) {

    public NoteEvidence {
        teams = Set.copyOf(teams);
        participants = List.copyOf(participants);
        initialsUsed = Set.copyOf(initialsUsed);
        speakers = Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
    }

    /** A note whose speaker labels name nobody in full. */
    public NoteEvidence(String source, LocalDate date, Set<String> teams, List<String> participants,
                        Set<String> initialsUsed) {
        this(source, date, teams, participants, initialsUsed, Map.of());
    }
}
