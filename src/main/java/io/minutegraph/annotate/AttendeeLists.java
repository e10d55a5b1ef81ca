package io.minutegraph.annotate;

import io.minutegraph.annotate.AttendeeSection.Start;
import io.minutegraph.annotate.LabelVocabulary.Label;
import io.minutegraph.annotate.NoteLines.Heading;
import io.minutegraph.annotate.NoteLines.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads who attended a meeting from the body of a note: the attendee lists its writers keep, in every convention the
 * communities we know use, so that a note with no front matter still says who came.
 *
 * <p>A list starts at a heading ({@code ### Attendees}, {@code ## Present}, {@code ### Introduction of attendees})
 * or a label ({@code Attendees:}, {@code **Present**}, {@code * Attending:}) and holds bullets, bare lines, comma
 * lists, sub-labels ({@code * Team members: nikomatsakis, Josh}) and tables. It ends at the next heading, at the line
 * that starts the discussion, or after a blank line followed by something that is not an entry. Apologies, regrets
 * and absentees, role lines ({@code Note-taker: Felix}) and placeholders ({@code TBD}) name nobody present.
 *
 * <p>Notes are written by hand, so the reader decides a few things per list rather than per line: whether entries
 * are written {@code Last, First} (most of the list is {@code Ahn, Heejin}), and whether what follows a name's comma
 * is an affiliation ({@code Adam Foltzer, Fastly}) or more people ({@code Yury Delendik, Luke Imhoff}). Being wrong
 * costs more than missing someone, so a line that reads like a sentence is never taken for a name.
 *
 * <p>This class finds where each list starts and reads the lists in order. The rest of the work is divided as a
 * reader meets it: {@link NoteLines} is the note as Markdown (code and comments out, headings and items),
 * {@link LabelVocabulary} says what a heading or label names, {@link AttendeeSection} reads one list line by line,
 * {@link AttendeeTable} reads a table in it, {@link ListEntries} settles with the whole list what its commas mean, and
 * {@link WrittenPerson} cleans one written name into a name, initials and a login, with {@link Markup} taking off
 * what surrounds it.
 */
public final class AttendeeLists {

    private AttendeeLists() {
    }

    /** Whether a heading's text, or a label before a colon, names an attendee list. */
    public static boolean namesAttendees(String label) {
        return LabelVocabulary.BUILT_IN.namesAttendees(label);
    }

    /**
     * The entries of every attendee list within lines firstLine..lastLine (1-based, inclusive) of a note.
     *
     * @param lines       the note's lines (line n is lines.get(n - 1)); Markdown escapes are already undone
     * @param extraLabels further label words a community's settings add (lower-case), may be empty
     */
    public static List<AttendeeEntry> read(List<String> lines, int firstLine, int lastLine, Set<String> extraLabels) {
        int first = Math.max(1, firstLine);
        int last = Math.min(lines.size(), lastLine);
        if (first > last) {
            return List.of();
        }
        LabelVocabulary vocabulary = LabelVocabulary.with(extraLabels);
        NoteLines note = new NoteLines(lines, first, last);
        List<AttendeeEntry> found = new ArrayList<>();
        int n = first;
        while (n <= last) {
            Start start = note.isText(n) ? startAt(note, vocabulary, n) : null;
            if (start == null) {
                n++;
                continue;
            }
            AttendeeSection section = AttendeeSection.read(note, vocabulary, start);
            found.addAll(section.entries());
            n = Math.max(n + 1, section.end());
        }
        return List.copyOf(found);
    }

    /** The attendee list that starts at line n, under a heading or after a label, or null. */
    private static Start startAt(NoteLines note, LabelVocabulary vocabulary, int n) {
        String line = note.visible(n);
        if (line.isBlank() || !vocabulary.mayName(line)) {
            return null;
        }
        Heading heading = note.heading(n);
        if (heading != null) {
            Label label = Label.of(heading.text());
            if (label != null && vocabulary.namesAttendees(label.name())) {
                return new Start(n, heading.contentLine(), heading.level(), false, -1, true, label.rest());
            }
            return vocabulary.namesAttendees(heading.text())
                    ? new Start(n, heading.contentLine(), heading.level(), false, -1, false, "") : null;
        }
        Item item = note.item(n);
        Label label = Label.of(item.text());
        if (label != null) {
            return vocabulary.namesAttendees(label.name())
                    ? new Start(n, n + 1, 0, item.bullet(), item.indent(), true, label.rest()) : null;
        }
        if (!item.text().isEmpty() && item.text().split("\\s+").length <= 6
                && vocabulary.namesAttendees(item.text())) {
            return new Start(n, n + 1, 0, item.bullet(), item.indent(), false, "");
        }
        return null;
    }
}
