package io.minutegraph.annotate;

import io.minutegraph.extract.MeetingTime;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Heading;
import io.minutegraph.notes.Note;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The meetings a note file records: one, or, in a file that keeps a series of meetings under a heading each
 * ({@code ## 2021-03-04}, {@code ## March 18, 2021}), one per dated heading, each with the lines up to the next. A
 * file whose front matter or path dates it records one meeting, whatever its headings say.
 */
public final class MeetingsInFile {

    /** A heading longer than this is a topic that names a date, not a meeting's heading. */
    private static final int MAX_HEADING = 60;
    /** Dated headings within this many days are the days of one meeting (an in-person meeting over three days). */
    private static final int ONE_EVENT_DAYS = 6;

    private MeetingsInFile() {
    }

    public static List<NoteDocument> split(Note note) {
        FrontMatterEntry datetime = note.frontMatter().datetime();
        DateConventions.PathDate path = DateConventions.fromPath(note.source());
        if (MeetingTime.parse(datetime == null ? null : datetime.text()).isPresent() || path.date().isPresent()) {
            return List.of(NoteDocument.whole(note));
        }
        List<Heading> dated = datedHeadings(note, path.year());
        if (dated.size() < 2) {
            return List.of(NoteDocument.whole(note));
        }
        List<NoteDocument> meetings = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            int last = i + 1 < dated.size() ? dated.get(i + 1).line() - 1 : Math.max(1, note.lines().size());
            meetings.add(new NoteDocument(note, i, dated.size(), dated.get(i).line(), last, dated.get(i)));
        }
        return meetings;
    }

    /**
     * The headings of the highest level at which at least two short headings name distinct dates more than a few days
     * apart: the headings of the file's meetings. Below them, a dated heading is part of one meeting; days close
     * together are the days of one meeting.
     */
    private static List<Heading> datedHeadings(Note note, Integer year) {
        Map<Integer, List<Heading>> byLevel = new TreeMap<>();
        for (Heading h : note.outline().headings()) {
            if (h.text().length() <= MAX_HEADING) {
                Optional<LocalDate> date = DateConventions.inText(h.text(), year);
                date.ifPresent(d -> byLevel.computeIfAbsent(h.level(), l -> new ArrayList<>()).add(h));
            }
        }
        for (List<Heading> level : byLevel.values()) {
            Set<LocalDate> dates = new HashSet<>();
            level.forEach(h -> dates.add(DateConventions.inText(h.text(), year).orElseThrow()));
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            if (dates.size() >= 2 && last.toEpochDay() - first.toEpochDay() > ONE_EVENT_DAYS) {
                return level;
            }
        }
        return List.of();
    }
}
