package io.minutegraph.annotate;

import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Heading;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The meeting's title: the front matter's {@code title}; else, in a file of several meetings, the meeting's heading;
 * else its first level-1 heading, or its first heading of level 2 when that is of three words or more; else one made
 * from its team and date
 * ("Community meeting, March 31, 2022").
 */
public final class TitleAnnotator implements Annotator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE, Layers.TEAMS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TITLE);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(Layers.TITLE, title(note));
    }

    private static String title(NoteDocument note) {
        FrontMatterEntry title = note.frontMatter().title();
        if (title != null && !title.text().isBlank()) {
            return title.text().strip();
        }
        if (note.heading().isPresent()) {
            return plain(note.heading().get().text());
        }
        for (Heading h : note.headings()) {
            if (h.level() == 1 && !h.text().isBlank()) {
                return plain(h.text());
            }
        }
        // A first heading of a few words names the meeting ("Agenda for the January 31st video call of ..."); a
        // word or two names a section ("Agenda", "Attendees").
        if (!note.headings().isEmpty() && note.headings().get(0).level() <= 2
                && plain(note.headings().get(0).text()).split("\\s+").length >= 3) {
            return plain(note.headings().get(0).text());
        }
        String team = note.get(Layers.TEAMS).get(0).team();
        MeetingDate date = note.get(Layers.DATE);
        return Character.toUpperCase(team.charAt(0)) + team.substring(1) + " meeting, "
                + (date.precision() == MeetingDate.Precision.DAY ? DAY : MONTH).format(date.date());
    }

    /** Markdown emphasis and link syntax removed: "**TSC** [meeting](…)" reads "TSC meeting". */
    private static String plain(String heading) {
        return heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`]", "").strip();
    }
}
