package io.minutegraph.annotate;

import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the meeting was held, or the file is a stub: an agenda whose notes were never added, an empty template,
 * a cancellation, "no minutes were taken", a file that only points to another. A meeting is held when its note shows
 * it: people listed as present, people speaking, or notes of what was said. A short note that says the meeting was
 * cancelled is a stub even with a list of who was there to call it off.
 */
public final class HeldAnnotator implements Annotator {

    /** The meeting itself called off: "This meeting is canceled", "Cancelled for lack of agenda". */
    private static final Pattern CANCELLED = Pattern.compile(
            "(?i)\\b(?:meeting|call|session|sync)\\b[^.]{0,40}\\b(?:cancel+ed|called off|postponed|skipped)\\b"
                    + "|\\b(?:cancel+ed|called off|postponed)\\b[^.]{0,40}\\b(?:due to|for lack|this week|today|meeting)\\b"
                    + "|^\\W*(?:cancel+ed|no meeting(?: this week| today)?)\\W*$|\\bno meeting (?:this week|today)\\b");
    /** The note says its notes are elsewhere or missing: "No meeting minutes were taken", "Renamed to …". */
    private static final Pattern NO_NOTES = Pattern.compile(
            "(?i)\\bno (?:meeting )?(?:minutes|notes) (?:were |was )?(?:taken|recorded|kept)\\b"
                    + "|\\b(?:minutes|notes) (?:will be|to be|are to be) (?:posted|added|published|uploaded)\\b"
                    + "|^\\W*(?:renamed|moved) to\\b");
    /** Sections that hold only how to join and what will be discussed; proposals pass over their links too. */
    public static final Pattern LOGISTICS = Pattern.compile(
            "(?i)^\\W*(?:links?|logistics|registration|location|dial[- ]in|calendar|upcoming meetings?|schedule"
                    + " constraints|where and when|how to join|meeting (?:info|information|details|roles))\\b");
    /** A heading over what a meeting is to discuss: any heading naming the agenda. */
    public static final Pattern AGENDA = Pattern.compile("(?i)\\bagenda\\b");
    /** Sections that hold what was said or decided. */
    private static final Pattern NOTES = Pattern.compile(
            "(?i)\\b(?:notes|minutes|discussions?|summary|decisions?|action items?|conclusions?|consensus|outcomes?)\\b");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("^\\W*(?:!?\\[[^\\]]*]\\([^)]*\\)|<?https?://\\S+>?)\\W*$");
    /** A stub is short: past this many lines of notes, a "cancelled" speaks of something else. */
    private static final int SHORT = 12;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ATTENDEES, Layers.SPEAKER_LINES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.HELD);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(Layers.HELD, held(note));
    }

    private static Held held(NoteDocument note) {
        Set<Integer> attendees = new HashSet<>();
        note.get(Layers.ATTENDEES).forEach(a -> attendees.add(a.line()));
        int content = 0;
        int outsideAgenda = 0;
        int inNotes = 0;
        boolean agenda = false;
        boolean cancelled = note.heading().map(h -> CANCELLED.matcher(h.text()).find()).orElse(false)
                || note.frontMatter().title() != null && CANCELLED.matcher(note.frontMatter().title().text()).find();
        boolean noNotes = false;
        for (int n = Math.max(note.firstLine(), note.frontMatter().lastLine() + 1); n <= note.lastLine(); n++) {
            // Emphasis marks are not words: "_This meeting is canceled_".
            String line = note.line(n).replaceAll("[*_`~]+", " ").strip();
            if (line.isEmpty() || line.startsWith("#") || attendees.contains(n)
                    || IMAGE_OR_LINK.matcher(note.line(n).strip()).matches()) {
                if (line.startsWith("#")) {
                    cancelled |= CANCELLED.matcher(line).find();
                }
                continue;
            }
            List<String> sections = sections(note, n);
            String nearest = sections.isEmpty() ? "" : sections.get(sections.size() - 1);
            if (LOGISTICS.matcher(nearest).find()) {
                continue;
            }
            cancelled |= CANCELLED.matcher(line).find();
            noNotes |= NO_NOTES.matcher(line).find();
            content++;
            boolean underAgenda = sections.stream().anyMatch(h -> AGENDA.matcher(h).find());
            agenda |= underAgenda;
            if (!underAgenda) {
                outsideAgenda++;
                if (sections.stream().anyMatch(h -> NOTES.matcher(h).find())) {
                    inNotes++;
                }
            }
        }
        long speakers = note.get(Layers.SPEAKER_LINES).stream().filter(s -> !s.label().weak()).count();
        if (cancelled && content <= SHORT && speakers < 2) {
            return new Held(false, "cancelled");
        }
        if (noNotes && content <= SHORT && speakers < 2) {
            return new Held(false, "no notes were taken");
        }
        if (!note.get(Layers.ATTENDEES).isEmpty()) {
            return new Held(true, "attendees listed");
        }
        if (speakers >= 2) {
            return new Held(true, "people speak");
        }
        if (inNotes >= 2) {
            return new Held(true, "notes of the meeting");
        }
        if (agenda && outsideAgenda < 5) {
            return new Held(false, "agenda only");
        }
        return content >= 3 ? new Held(true, "notes of the meeting") : new Held(false, "empty");
    }

    /** The headings a line stands under, outermost first. */
    private static List<String> sections(NoteDocument note, int line) {
        List<Heading> open = new ArrayList<>();
        for (Heading h : note.note().outline().headings()) {
            if (h.line() > line) {
                break;
            }
            open.removeIf(o -> o.level() >= h.level());
            open.add(h);
        }
        return open.stream().map(Heading::text).toList();
    }
}
