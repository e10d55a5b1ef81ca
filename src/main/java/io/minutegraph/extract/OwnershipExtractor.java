package io.minutegraph.extract;

import io.minutegraph.graph.Ownership;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns what, with the line that says so:
 * <ul>
 *   <li>track lists outside TODO sections: {@code - ARM (RăzvanV, Michalis)}, {@code - plat re-arch (Marc,
 *   Michalis, Simon): READY TO START}, {@code - Documentation (Ștefan)}; a name with {@code ?} is tentative;</li>
 *   <li>statements: {@code Michalis will lead this}, {@code X will be (the) maintainer for Y}, {@code X will be in
 *   charge of Y}, {@code Alexandra is working on this};</li>
 *   <li>a speaker's own: {@code AA: I was getting GRUB to work}, {@code I've been looking at ...} (lower
 *   confidence: working on is not owning).</li>
 * </ul>
 */
public final class OwnershipExtractor {

    private static final Pattern TRACK_ITEM = Pattern.compile(
            "^(.{2,80}?)\\s*\\(([^()]{2,120})\\)\\s*(?::\\s*([A-Z][A-Z \\-/]{2,40}?))?\\s*[.:]?\\s*$");
    private static final Pattern LEADS = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:will|is going to|is to)\\s+"
                    + "(?:lead|own|drive|coordinate|take care of|take over|be in charge of|be (?:the )?(?:main )?"
                    + "(?:maintainer|owner|lead|responsible)(?: (?:for|of))?)\\s+(.{2,100}?)\\s*[.;]?$");
    private static final Pattern WORKING_ON = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:is|are)\\s+(?:currently\\s+)?"
                    + "(?:working on|looking into|in charge of|leading|maintaining)\\s+(.{2,100}?)\\s*[.;]?$");
    /** A speaker on what they are busy with: "I'm at the moment updating ...", "I've been moving ...". */
    private static final Pattern SPEAKER_WORKING = Pattern.compile(
            "^(?:(?:currently|now|so),?\\s+)?I(?:'m| am|'ve been| have been| was)\\s+(?:[\\w,]+\\s+){0,3}?"
                    + "(?!going|thinking|wondering|asking|saying|trying|not|sure|afraid|happy)(\\w+ing\\b.{2,120}?)"
                    + "\\s*[.;]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|/|&|\\band\\b)\\s*");

    private final PeopleDirectory directory;

    public OwnershipExtractor(PeopleDirectory directory) {
        this.directory = directory;
    }

    public List<Ownership> extract(Note note, NoteEvidence evidence) {
        List<int[]> todo = ActionItemExtractor.todoRanges(note);
        List<Ownership> found = new ArrayList<>();
        for (Block block : note.outline().blocks()) {
            boolean inTodo = todo.stream().anyMatch(r -> block.line() >= r[0] && block.line() <= r[1]);
            if (block.kind() == Block.Kind.LIST_ITEM && !inTodo) {
                trackItem(note, evidence, block, found);
            }
            for (int n = block.line(); n <= block.endLine(); n++) {
                statements(note, evidence, n, found);
            }
        }
        return found;
    }

    private void trackItem(Note note, NoteEvidence evidence, Block block, List<Ownership> found) {
        Matcher m = TRACK_ITEM.matcher(block.text());
        if (!m.matches()) {
            return;
        }
        String[] names = SPLIT.split(m.group(2).strip());
        List<Ownership> owners = new ArrayList<>();
        for (String written : names) {
            boolean tentative = written.endsWith("?");
            PersonRef person = person(evidence, written.replace("?", "").strip());
            if (person != null) {
                owners.add(new Ownership(person, m.group(1).strip(), m.group(3) == null ? null : m.group(3).strip(),
                        tentative ? 0.5 : 1.0, provenance(note, block.line())));
            }
        }
        // Most of the parenthesis must be people: "(see PR 42)", "(on Saturday)" name no owners, while one name
        // the notes never spell out ("Vlad, Dennis, DanU") does not void the others.
        if (!owners.isEmpty() && owners.size() * 2 >= names.length) {
            found.addAll(owners);
        }
    }

    private void statements(Note note, NoteEvidence evidence, int n, List<Ownership> found) {
        String line = note.line(n).strip().replaceFirst("^(?:[-*+]\\s+)", "");
        String speaker = SpeakerPrefixes.prefix(line);
        String said = line;
        if (speaker != null) {
            said = line.substring(line.indexOf(':') + 1).strip();
        }
        for (Pattern pattern : List.of(LEADS, WORKING_ON)) {
            Matcher m = pattern.matcher(said);
            if (m.find()) {
                PersonRef person = person(evidence, m.group(1));
                if (person != null) {
                    found.add(new Ownership(person, m.group(2), null, pattern == LEADS ? 1.0 : 0.7,
                            provenance(note, n)));
                    return;
                }
            }
        }
        if (speaker != null && SpeakerPrefixes.tokens(speaker).size() == 1) {
            Matcher m = SPEAKER_WORKING.matcher(said);
            if (m.find()) {
                Resolution r = directory.resolveInitials(evidence, SpeakerPrefixes.tokens(speaker).get(0));
                if (r.resolved()) {
                    found.add(new Ownership(AttendanceExtractor.ref(directory, r.person()), m.group(1), null, 0.6,
                            provenance(note, n)));
                }
            }
        }
    }

    /** A person written by name or initials, resolved for this note; null when it is not one person. */
    private PersonRef person(NoteEvidence evidence, String written) {
        if (written.isEmpty()) {
            return null;
        }
        Resolution r;
        if (!SpeakerPrefixes.tokens(written).isEmpty()) {
            r = directory.resolveInitials(evidence, written);
        } else {
            if (!Character.isUpperCase(written.charAt(0)) || !directory.knowsName(written)) {
                return null;
            }
            List<Resolution> all = directory.resolveEntry(evidence, written);
            r = all.size() == 1 ? all.get(0) : null;
        }
        return r != null && r.resolved() ? AttendanceExtractor.ref(directory, r.person()) : null;
    }

    private static Provenance provenance(Note note, int line) {
        return new Provenance(note.source(), line, note.line(line).strip());
    }
}
