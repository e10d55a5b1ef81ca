package io.minutegraph.facts.ownership;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.NotePeople;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.notes.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
public final class OwnershipExtractor implements Annotator {

    public static final Layer<List<Ownership>> OWNERSHIP = new Layer<>("ownership");

    private static final Pattern TRACK_ITEM = Pattern.compile(
            "^(.{2,80}?)\\s*\\(([^()]{2,120})\\)\\s*(?::\\s*([A-Z][A-Z \\-/]{2,40}?))?\\s*[.:]?\\s*$");
    private static final Pattern LEADS = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:will|is going to|is to)\\s+"
                    + "(?:lead|own|drive|coordinate|take care of|take over|be in charge of|be (?:the )?(?:main )?"
                    + "(?:maintainer|owner|lead|responsible)(?: (?:for|of))?)\\s+(.{2,100}?)\\s*[.;]?$");
    private static final Pattern WORKING_ON = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:is|are)\\s+(?:currently\\s+)?"
                    + "(?:working on|looking into|in charge of|leading|maintaining)\\s+(.{2,100}?)\\s*[.;]?$");
    /**
     * A speaker on what they are busy with: "I'm at the moment updating ...", "I've been moving ...", "We are now
     * patching ...", "Currently I check ...". Not what they were doing ("I was using"), thinking or looking for.
     */
    private static final Pattern SPEAKER_WORKING = Pattern.compile(
            "^(?:(?:currently|now|so|also),?\\s+)?(?:I(?:'m|’m| am|'ve been|’ve been| have been)|we(?:'re|’re| are))\\s+"
                    + "(?:(?:currently|now|mainly|also|still|actively|basically|just|at the moment|right now),?\\s+)*"
                    + "(?!going|thinking|wondering|asking|saying|trying|hoping|planning|looking for|waiting|using|doing|having"
                    + "|investigating further)"
                    + "(\\w+ing\\b.{2,120}?)\\s*[.;]?$|^(?:currently|now|at the moment),?\\s+I\\s+"
                    + "(?!think|guess|believe|don|do not|am not|have no)(\\w+\\b.{2,120}?)\\s*[.;]?$", Pattern.CASE_INSENSITIVE);
    /** "Work done by Maria.", "implemented by Sergiu": the work is theirs. */
    private static final Pattern DONE_BY = Pattern.compile(
            "^(.{0,80}?\\b(?:work|done|implemented|fixed|written|developed|maintained)\\b.{0,40}?)\\s+by\\s+"
                    + "(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s*[.;]?$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|/|&|\\band\\b)\\s*");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PEOPLE, Layers.SPEAKER_TURNS, TaskSectionsAnnotator.TASK_SECTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(OWNERSHIP);
    }

    @Override
    public void annotate(NoteDocument note) {
        NotePeople people = note.get(Layers.PEOPLE);
        SpeakerTurns turns = note.get(Layers.SPEAKER_TURNS);
        List<Ownership> found = new ArrayList<>();
        for (Block block : note.blocks()) {
            if (block.kind() == Block.Kind.LIST_ITEM && !TaskSectionsAnnotator.inTasks(note, block.line())) {
                trackItem(note, people, block, found);
            }
            for (int n = block.line(); n <= block.endLine(); n++) {
                String said = turns.said(n, note.line(n).strip().replaceFirst("^(?:[-*+]\\s+)", ""));
                statements(note, people, n, said, turns.at(n).orElse(null), found);
            }
        }
        note.put(OWNERSHIP, List.copyOf(found));
    }

    private void trackItem(NoteDocument note, NotePeople people, Block block, List<Ownership> found) {
        Matcher m = TRACK_ITEM.matcher(block.text());
        if (!m.matches()) {
            return;
        }
        String[] names = SPLIT.split(m.group(2).strip());
        List<Ownership> owners = new ArrayList<>();
        for (String written : names) {
            boolean tentative = written.endsWith("?");
            PersonRef person = people.person(written.replace("?", "").strip());
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

    private void statements(NoteDocument note, NotePeople people, int n, String said, SpeakerMention speaker,
                            List<Ownership> found) {
        for (Pattern pattern : List.of(LEADS, WORKING_ON)) {
            Matcher m = pattern.matcher(said);
            if (m.find()) {
                PersonRef person = people.person(m.group(1));
                if (person != null) {
                    found.add(new Ownership(person, m.group(2), null, pattern == LEADS ? 1.0 : 0.7,
                            provenance(note, n)));
                    return;
                }
            }
        }
        Matcher by = DONE_BY.matcher(said);
        if (by.find()) {
            PersonRef person = people.person(by.group(2));
            if (person != null) {
                found.add(new Ownership(person, by.group(1).strip(), null, 0.7, provenance(note, n)));
                return;
            }
        }
        // A speaker on their own work: one speaker, resolved.
        if (speaker != null && speaker.people().size() == 1 && speaker.people().get(0) != null) {
            Matcher m = SPEAKER_WORKING.matcher(said);
            if (m.find()) {
                String what = m.group(1) != null ? m.group(1) : m.group(2);
                found.add(new Ownership(speaker.people().get(0), what, null, 0.6, provenance(note, n)));
            }
        }
    }

    private static Provenance provenance(NoteDocument note, int line) {
        return new Provenance(note.source(), line, note.line(line).strip());
    }
}
