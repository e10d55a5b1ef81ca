package io.minutegraph.annotate;

import io.minutegraph.notes.FrontMatterEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the note lists as present: the front matter's {@code participants}, each entry as written, and the attendee
 * lists of the meeting's body ({@link AttendeeLists}: sections and labels named Attendees, Present, Participants,
 * Roll call; bullets, bare lines, comma lists, tables). A front matter's list is the note's own word on who came, so
 * the body is read only when there is none.
 */
public final class AttendeesAnnotator implements Annotator {

    private final FolderSettings settings;

    public AttendeesAnnotator(FolderSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.ATTENDEES);
    }

    @Override
    public void annotate(NoteDocument note) {
        List<AttendeeEntry> entries = new ArrayList<>();
        for (FrontMatterEntry entry : note.frontMatter().participants()) {
            entries.add(new AttendeeEntry(entry.text(), entry.line(), entry.text(), null, null));
        }
        if (entries.isEmpty()) {
            entries.addAll(AttendeeLists.read(note.note().lines(), note.firstLine(), note.lastLine(),
                    settings.attendeeLabels()));
        }
        note.put(Layers.ATTENDEES, List.copyOf(entries));
    }
}
