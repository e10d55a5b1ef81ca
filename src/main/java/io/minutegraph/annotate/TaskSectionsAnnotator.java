package io.minutegraph.annotate;

import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections that list what is to be done or was decided: headings naming todos, tasks, decisions or actions, at
 * any level, with or without emoji ({@code ## :wrench: TODOs and Decisions}), subsections included. Action items are
 * read there, and track lists are not.
 */
public final class TaskSectionsAnnotator implements Annotator {

    /** Lines under a heading that names todos, tasks, decisions or actions. */
    public static final Layer<List<LineRange>> TASK_SECTIONS = new Layer<>("task sections");

    private static final Pattern TASK_HEADING = Pattern.compile("todo|task|decision|action", Pattern.CASE_INSENSITIVE);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TASK_SECTIONS);
    }

    @Override
    public void annotate(NoteDocument note) {
        List<Heading> headings = note.headings();
        List<LineRange> ranges = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (TASK_HEADING.matcher(h.text()).find()) {
                int end = note.lastLine();
                for (int j = i + 1; j < headings.size(); j++) {
                    if (headings.get(j).level() <= h.level()) {
                        end = headings.get(j).line() - 1;
                        break;
                    }
                }
                ranges.add(new LineRange(h.line(), end));
            }
        }
        note.put(TASK_SECTIONS, List.copyOf(ranges));
    }

    /** Whether a line lies in a task section of the note. */
    public static boolean inTasks(NoteDocument note, int line) {
        return note.get(TASK_SECTIONS).stream().anyMatch(r -> r.contains(line));
    }
}
