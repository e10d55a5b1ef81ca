package io.minutegraph.extract;

import io.minutegraph.graph.Meeting;
import io.minutegraph.notes.FrontMatter;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Heading;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteRejectedException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The meeting a note records: id, title, date, location.
 *
 * <p>The date comes from the front matter's {@code datetime} (or {@code date}); when that is missing or not a date,
 * from a {@code yyyy-mm-dd} in the file path; a note with neither is rejected. A note without a {@code title} takes
 * its first level-1 heading, else one made from its teams and date ("Community meeting, March 31, 2022").
 */
public final class MeetingExtractor {

    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    public Meeting extract(Note note) throws NoteRejectedException {
        FrontMatter fm = note.frontMatter();
        String written = fm.datetime() == null ? null : fm.datetime().text();
        MeetingTime time = MeetingTime.of(note).orElseThrow(() -> new NoteRejectedException(note.source(), written == null
                        ? "no meeting date: the front matter has no 'datetime' and the file name holds no yyyy-mm-dd"
                        : "meeting date '" + written + "' (line " + fm.datetime().line()
                                + ") is not a valid date, and the file name holds no yyyy-mm-dd"));
        return new Meeting(idOf(note.source()), title(note, time.date()), time.date(), time.datetime(),
                text(fm.location()), note.source(), note.sha256(), null);
    }

    static String idOf(String source) {
        return source.toLowerCase(Locale.ROOT).endsWith(".md") ? source.substring(0, source.length() - 3) : source;
    }

    private static String title(Note note, LocalDate date) {
        String title = text(note.frontMatter().title());
        if (title != null) {
            return title;
        }
        for (Heading h : note.outline().headings()) {
            if (h.level() == 1 && !h.text().isBlank()) {
                return h.text();
            }
        }
        String team = note.frontMatter().teams().isEmpty() ? "Team" : note.frontMatter().teams().get(0).text();
        String name = Character.toUpperCase(team.charAt(0)) + team.substring(1);
        return name + " meeting, " + TITLE_DATE.format(date);
    }

    private static String text(FrontMatterEntry entry) {
        return entry == null || entry.text().isBlank() ? null : entry.text();
    }
}
