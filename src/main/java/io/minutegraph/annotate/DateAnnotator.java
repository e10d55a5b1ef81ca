package io.minutegraph.annotate;

import io.minutegraph.annotate.DateConventions.PathDate;
import io.minutegraph.annotate.MeetingDate.Precision;
import io.minutegraph.extract.MeetingTime;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Heading;
import io.minutegraph.notes.NoteRejectedException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * When the meeting took place: the front matter's {@code datetime} (or {@code date}); else, in a file of several
 * meetings, the meeting's own heading; else a full date in the path; else a date in the title or a heading, its year
 * from the path where it has none; else a {@code Date:} line; else the month a path gives ({@code CG-06.md} in a
 * year's folder), at month precision. A note with no date anywhere is rejected, saying where it looked.
 */
public final class DateAnnotator implements Annotator {

    /** How far into a meeting a title, heading or date line still says when it was. */
    private static final int HEAD_LINES = 40;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.DATE);
    }

    @Override
    public void annotate(NoteDocument note) throws NoteRejectedException {
        note.put(Layers.DATE, read(note));
    }

    private static MeetingDate read(NoteDocument note) throws NoteRejectedException {
        FrontMatterEntry written = note.frontMatter().datetime();
        Optional<MeetingTime> declared = MeetingTime.parse(written == null ? null : written.text());
        if (declared.isPresent()) {
            return new MeetingDate(declared.get().date(), declared.get().datetime(), Precision.DAY, "front matter",
                    written.line());
        }
        PathDate path = DateConventions.fromPath(note.source());
        if (note.heading().isPresent()) {
            Heading heading = note.heading().get();
            Optional<LocalDate> day = DateConventions.inText(heading.text(), path.year());
            if (day.isPresent()) {
                return new MeetingDate(day.get(), null, Precision.DAY, "heading", heading.line());
            }
        }
        if (path.date().isPresent()) {
            return new MeetingDate(path.date().get(), null, Precision.DAY, "path", 0);
        }
        Optional<MeetingDate> inText = fromText(note, path);
        if (inText.isPresent()) {
            return inText.get();
        }
        if (path.year() != null && path.month() != null) {
            return new MeetingDate(LocalDate.of(path.year(), path.month(), 1), null, Precision.MONTH, "path", 0);
        }
        throw new NoteRejectedException(note.source(), written == null
                ? "no meeting date: no front matter 'datetime', and neither the file's path, its title, its headings"
                        + " nor a 'Date:' line gives one"
                : "meeting date '" + written.text() + "' (line " + written.line() + ") is not a valid date, and"
                        + " neither the file's path, its title, its headings nor a 'Date:' line gives one");
    }

    /**
     * A date in the front matter's title, then in the meeting's first lines: headings and {@code Date:} lines. Where
     * the path gives a year and month, a date in another month is not this meeting's (an agenda names other dates).
     */
    private static Optional<MeetingDate> fromText(NoteDocument note, PathDate path) {
        FrontMatterEntry title = note.frontMatter().title();
        if (title != null) {
            Optional<LocalDate> day = DateConventions.inText(title.text(), path.year());
            if (day.isPresent() && fits(day.get(), path)) {
                return Optional.of(new MeetingDate(day.get(), null, Precision.DAY, "title", title.line()));
            }
        }
        int last = Math.min(note.lastLine(), note.firstLine() + HEAD_LINES);
        for (int n = note.firstLine(); n <= last; n++) {
            String line = note.line(n);
            String value = DateConventions.dateLineValue(line);
            boolean heading = line.stripLeading().startsWith("#");
            if (value == null && !heading) {
                continue;
            }
            Optional<LocalDate> day = DateConventions.inText(value != null ? value : line, path.year());
            if (day.isPresent() && fits(day.get(), path)) {
                return Optional.of(new MeetingDate(day.get(), null, Precision.DAY, heading ? "title" : "date line",
                        n));
            }
        }
        return Optional.empty();
    }

    private static boolean fits(LocalDate day, PathDate path) {
        return (path.year() == null || path.year() == day.getYear())
                && (path.month() == null || path.month() == day.getMonthValue());
    }
}
