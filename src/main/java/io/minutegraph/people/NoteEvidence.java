package io.minutegraph.people;

import java.time.LocalDate;
import java.util.List;
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
 */
public record NoteEvidence(String source, LocalDate date, Set<String> teams, List<String> participants,
                           Set<String> initialsUsed) {

    public NoteEvidence {
        teams = Set.copyOf(teams);
        participants = List.copyOf(participants);
        initialsUsed = Set.copyOf(initialsUsed);
    }
}
