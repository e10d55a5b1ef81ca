package io.minutegraph.notes;

import java.util.List;

/**
 * The YAML front matter of a note: the fields Minutegraph reads, as written. Interpreting them (dates, names,
 * teams) is the extractors' job.
 *
 * @param title        {@code title}, or null
 * @param datetime     {@code datetime} (or {@code date}) as written, or null
 * @param location     {@code location}, or null
 * @param teams        {@code teams} entries (a comma-separated scalar counts as a list)
 * @param participants {@code participants} entries, empty ones left out
 * @param tags         {@code tags} entries (a comma-separated scalar counts as a list)
 * @param firstLine    the line of the opening {@code ---}, 0 without a front matter
 * @param lastLine     the line of the closing {@code ---}, 0 without a front matter
 */
public record FrontMatter(
        FrontMatterEntry title,
        FrontMatterEntry datetime,
        FrontMatterEntry location,
        List<FrontMatterEntry> teams,
        List<FrontMatterEntry> participants,
        List<FrontMatterEntry> tags,
        int firstLine,
        int lastLine) {

    /** A note without a front matter: no fields; its body starts on line 1. */
    public static final FrontMatter NONE = new FrontMatter(null, null, null, List.of(), List.of(), List.of(), 0, 0);

    public FrontMatter {
        teams = List.copyOf(teams);
        participants = List.copyOf(participants);
        tags = List.copyOf(tags);
    }
}
