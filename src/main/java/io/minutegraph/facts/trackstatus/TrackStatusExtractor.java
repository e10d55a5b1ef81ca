package io.minutegraph.facts.trackstatus;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Block;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status each track had at a meeting, from status lists outside TODO sections: {@code - C++ 17: DONE},
 * {@code - plat re-arch (Marc, Michalis, Simon): READY TO START}, {@code - coding convention (RaduNichita): THIS
 * WEEK}, and a {@code State: ongoing} item under a track's item. A status is written in capitals or is a status word
 * ({@code ongoing}, {@code done}, {@code blocked}, ...); "- Documentation: see the wiki" is no status.
 */
public final class TrackStatusExtractor implements Annotator {

    public static final Layer<List<TrackStatus>> STATUSES = new Layer<>("track statuses");

    private static final Pattern ITEM = Pattern.compile(
            "^(.{2,80}?)\\s*(?:\\([^()]{1,160}\\))?\\s*:\\s*(.{2,40}?)\\s*\\.?\\s*$");
    private static final Pattern STATE = Pattern.compile("^(?i:state|status)\\s*:\\s*(.{2,40}?)\\s*\\.?\\s*$");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z /-]{1,39}");
    private static final Pattern STATUS_WORDS = Pattern.compile("(?i)(?:done|ongoing|in progress|continuous|blocked"
            + "|on hold|postponed|paused|started|not started|pending|in review|under review|merged|wip|tbd|next"
            + "|priority|ready|ready to start|this week|next week|dropped|cancelled|canceled|stalled|finished"
            + "|completed)");
    /** Longer than this, an item is a sentence, not a track's name. */
    private static final int MAX_TRACK = 80;
    /** "TODO" after a colon is a placeholder, not a track's status. */
    private static final Pattern NOT_A_STATUS = Pattern.compile("(?i)todo|tbd\\?|n/a|none");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TaskSectionsAnnotator.TASK_SECTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(STATUSES);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(STATUSES, extract(note));
    }

    List<TrackStatus> extract(NoteDocument note) {
        List<TrackStatus> found = new ArrayList<>();
        Block parent = null;
        for (Block block : note.blocks()) {
            boolean inTodo = TaskSectionsAnnotator.inTasks(note, block.line());
            if (block.kind() != Block.Kind.LIST_ITEM || inTodo) {
                parent = null;
                continue;
            }
            String text = block.text().strip();
            Matcher state = STATE.matcher(text);
            if (state.matches() && parent != null && block.depth() > parent.depth() && isStatus(state.group(1))
                    && track(parent.text()).length() <= MAX_TRACK) {
                found.add(status(note, track(parent.text()), state.group(1), block.line()));
                continue;
            }
            Matcher item = ITEM.matcher(text);
            if (item.matches() && isStatus(item.group(2)) && SpeakerPrefixes.tokens(item.group(1).strip()).isEmpty()) {
                found.add(status(note, item.group(1).strip(), item.group(2), block.line()));
            }
            if (block.depth() == 0 || parent == null || block.depth() <= parent.depth()) {
                parent = block;
            }
        }
        return found;
    }

    private static boolean isStatus(String written) {
        String s = written.strip();
        return !NOT_A_STATUS.matcher(s).matches()
                && (CAPITALS.matcher(s).matches() || STATUS_WORDS.matcher(s).matches());
    }

    /** A track item's name: the text before its owners in parentheses or a colon. */
    private static String track(String item) {
        return item.replaceFirst("\\s*[(:].*$", "").strip();
    }

    private static TrackStatus status(NoteDocument note, String track, String status, int line) {
        return new TrackStatus(track, status.strip().toUpperCase(Locale.ROOT),
                new Provenance(note.source(), line, note.line(line).strip()));
    }
}
