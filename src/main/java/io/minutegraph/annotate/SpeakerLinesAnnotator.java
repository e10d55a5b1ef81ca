package io.minutegraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the meeting that start with a speaker label, in every convention {@link SpeakerLabels} reads and the
 * folder's settings add. Lines of attendee lists and of tables are not speech. Labels are resolved later, against
 * the meeting's attendees.
 */
public final class SpeakerLinesAnnotator implements Annotator {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private final FolderSettings settings;

    public SpeakerLinesAnnotator(FolderSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ATTENDEES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.SPEAKER_LINES);
    }

    @Override
    public void annotate(NoteDocument note) {
        Set<Integer> attendeeLines = new java.util.HashSet<>();
        note.get(Layers.ATTENDEES).forEach(a -> attendeeLines.add(a.line()));
        List<SpeakerLine> lines = new ArrayList<>();
        boolean inFence = false;
        for (int n = Math.max(note.firstLine(), note.frontMatter().lastLine() + 1); n <= note.lastLine(); n++) {
            String text = note.line(n);
            if (FENCE.matcher(text).find()) {
                inFence = !inFence;
            }
            if (inFence || attendeeLines.contains(n)) {
                continue;
            }
            int line = n;
            label(text).ifPresent(label -> lines.add(new SpeakerLine(line, label)));
        }
        note.put(Layers.SPEAKER_LINES, List.copyOf(lines));
    }

    private Optional<SpeakerLabel> label(String line) {
        for (Pattern pattern : settings.speakerPatterns()) {
            Matcher m = pattern.matcher(line);
            if (m.find() && !m.group("label").isBlank()) {
                String label = m.group("label").strip();
                return SpeakerLabels.of(label + ": " + line.substring(m.end()).strip());
            }
        }
        return SpeakerLabels.of(line);
    }
}
