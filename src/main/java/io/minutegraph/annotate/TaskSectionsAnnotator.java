package io.minutegraph.annotate;

import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections that list what is to be done: headings naming todos, tasks or action items, with or without emoji and
 * decisions beside them ({@code ## :wrench: TODOs and Decisions}, {@code ### PR Tasks}, {@code ## Action items}), or
 * headings that are only next steps or follow-ups ({@code ## Next steps}), at any level, subsections included. Action
 * items are read there, and track lists are not.
 *
 * <p>A heading is a title, not a sentence: a long heading that mentions tasks is an agenda topic ("Which of the
 * maintenance tasks are making the most work?"), so is a topic's "next steps" ({@code FP proposal: next steps}), and a
 * review of the last meeting's items reports on them rather than assigns new ones.
 */
public final class TaskSectionsAnnotator implements Annotator {

    /** Lines under a heading that names todos, tasks or action items. */
    public static final Layer<List<LineRange>> TASK_SECTIONS = new Layer<>("task sections");

    /** "Task-based", "Interaction", "Transactions", "call to action" name no list of tasks. */
    private static final Pattern TASK_WORD = Pattern.compile(
            "\\b(?:to-?dos?|tasks?|action[ -]items?|actions|AIs)\\b(?!-)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_STEPS_ONLY = Pattern.compile(
            "(?:next[ -]steps?|follow[ -]?ups?)"
                    + "(?:\\s*(?:and|&|/|,)\\s*(?:next[ -]steps?|follow[ -]?ups?|action[ -]items?|to-?dos?))*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVIEW = Pattern.compile(
            "\\breview|\\b(?:from|of)\\s+(?:the\\s+)?(?:last|prior|previous)\\b|\\blast\\s+(?:week|meeting|time)\\b"
                    + "|\\btask[ -]force", Pattern.CASE_INSENSITIVE);
    /** Emoji, shortcodes, numbering, Markdown marks, and remarks in brackets, which say nothing of the section. */
    private static final Pattern DECORATION = Pattern.compile(
            ":[a-z0-9_+-]+:|\\([^)]*\\)|\\[[^]]*]|^\\s*\\d+[.)]?|[^\\p{L}\\p{N}\\s/&,:'’?-]");
    private static final int MOST_WORDS = 6;

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
            if (namesTasks(h.text())) {
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

    /** Whether a heading titles a list of things to do. */
    static boolean namesTasks(String heading) {
        String title = DECORATION.matcher(heading.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        if (title.isEmpty() || REVIEW.matcher(title).find() || title.split(" ").length > MOST_WORDS) {
            return false;
        }
        return TASK_WORD.matcher(title).find() || NEXT_STEPS_ONLY.matcher(title.replaceAll("[:?]+$", "")).matches();
    }

    /** Whether a line lies in a task section of the note. */
    public static boolean inTasks(NoteDocument note, int line) {
        return note.get(TASK_SECTIONS).stream().anyMatch(r -> r.contains(line));
    }
}
