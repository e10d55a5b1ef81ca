package io.minutegraph.facts.actionitems;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.facts.actionitems.ActionItemMarkers.Marked;
import io.minutegraph.facts.actionitems.ActionItemOwners.Owner;
import io.minutegraph.facts.actionitems.ActionItemOwners.Prefixed;
import io.minutegraph.facts.decisions.DecisionExtractor;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.notes.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Action items, in the conventions communities write them in:
 * <ul>
 * <li>every item of a section that lists what is to be done ({@link TaskSectionsAnnotator}: {@code ## :wrench: TODOs
 * and Decisions}, {@code ## Action items}, {@code ## Next steps}) or of a list a paragraph titles so
 * ({@code **Action items**}). Its owner is its prefix ({@code RD:}, {@code * AJ/RD:}, {@code Lukas:}), an owner line
 * alone above it ({@code PO:}), whom a marker or an assignment in it names ({@code AI(binji):}, "Niko to post ..."),
 * names in parentheses ({@code (Marc, Michalis)}) or an {@code @login}. Within a paragraph, a line with an owner prefix
 * starts a new item; a line without one continues the item above. Nested items are an item's details: the one that
 * names who does it ("Centril to write a comment") assigns an item that names nobody;</li>
 * <li>in the discussion, what a line marks as an item ({@link ActionItemMarkers}: {@code ACTION:}, {@code **Action
 * item**:}, {@code AI(binji):}, {@code TODO(AR):}, {@code - [ ] Eric: ...}, {@code Arno → ...}), and what someone
 * takes on ({@link Commitments}: "Mary to write ...", "Rich will reach out ...", "SJ: I'll keep looking into this",
 * "DP: Send the measurements to Discord").</li>
 * </ul>
 * Owners resolve through {@link ActionItemOwners}, as speakers do. An item ticked ({@code - [x]}), struck through or
 * remarked "(done)" is recorded done. A line {@link DecisionExtractor} reads as a decision is an item only if it names who acts. Past work, questions, agendas' checklists and appeals to everyone ("please
 * review") are not items: they name nobody taking anything on.
 */
public final class ActionItemExtractor implements Annotator {

    public static final Layer<List<ActionItem>> ACTION_ITEMS = new Layer<>("action items");
    private static final String TODO = "todo";
    private static final String COMMITMENT = "commitment";
    /** How far below a commitment the minutes' record of it may stand. */
    private static final int RECORDED_WITHIN = 6;
    /** A heading over what a meeting is to discuss: "Agenda", "Agenda items", "Proposed agenda". */
    private static final Pattern AGENDA = Pattern.compile("(?i)(?:\\d+\\.?\\s*)?(?:proposed\\s+|draft\\s+)?agenda\\b");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PEOPLE, Layers.SPEAKER_TURNS, TaskSectionsAnnotator.TASK_SECTIONS,
                DecisionExtractor.DECISIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(ACTION_ITEMS);
    }

    @Override
    public void annotate(NoteDocument note) {
        // A line that states a decision and names nobody to act on it ("`stable` will be the default branch" under
        // "TODOs and Decisions") is a decision, not a task; "No concerns, Michael will move to next step" is both.
        Set<Integer> decided = new HashSet<>();
        note.get(DecisionExtractor.DECISIONS).forEach(d -> decided.add(d.provenance().line()));
        note.put(ACTION_ITEMS, new Reading(note).items().stream()
                .filter(item -> item.rawOwner() != null || !decided.contains(item.provenance().line())).toList());
    }

    /** One meeting's action items, read block by block. */
    private static final class Reading {

        private final NoteDocument note;
        private final ActionItemOwners owners;
        private final SpeakerTurns turns;
        private final List<Block> blocks;
        private final List<ActionItem> items = new ArrayList<>();
        /** Blocks read with an item above them: its details, or the list an owner line or a marker introduces. */
        private final Set<Integer> read = new HashSet<>();

        Reading(NoteDocument note) {
            this.note = note;
            this.owners = new ActionItemOwners(note.get(Layers.PEOPLE));
            this.turns = note.get(Layers.SPEAKER_TURNS);
            this.blocks = note.blocks();
        }

        List<ActionItem> items() {
            // In a task section, an owner line on its own ("PO:") owns the list below it; a paragraph that titles the
            // list below it ("**Action items**") makes a task list of it. In the discussion, who speaks is the speaker
            // turns' to say.
            Prefixed current = null;
            boolean titled = false;
            int section = Integer.MIN_VALUE;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block.section() != section) {
                    section = block.section();
                    current = null;
                    titled = false;
                }
                // A quote reports what was written elsewhere (a GitHub comment, an RFC), not what the meeting assigned.
                if (block.text().isBlank() || read.contains(i) || note.line(block.line()).strip().startsWith(">")) {
                    continue;
                }
                Prefixed own = owners.prefix(note.line(block.line()).strip());
                if (block.kind() == Block.Kind.PARAGRAPH) {
                    current = own;
                    titled = block.depth() == 0 ? ActionItemMarkers.titlesTasks(block.text()) : titled;
                    if (titled) {
                        continue;
                    }
                }
                if (titled && block.kind() == Block.Kind.LIST_ITEM) {
                    taskListItem(i, null);
                } else if (TaskSectionsAnnotator.inTasks(note, block.line())) {
                    if (own != null && own.rest().isBlank() && block.line() == block.endLine()) {
                        continue; // "PO:" alone: it owns what follows, it is not an item
                    }
                    if (block.kind() == Block.Kind.LIST_ITEM) {
                        taskListItem(i, own == null && current != null && current.rest().isBlank()
                                ? current.owner() : null);
                    } else if (block.depth() == 0) {
                        taskParagraph(block);
                    }
                } else if (block.kind() == Block.Kind.LIST_ITEM) {
                    discussionItem(i);
                } else {
                    for (int n = block.line(); n <= block.endLine(); n++) {
                        String said = turns.said(n, note.line(n).strip());
                        discussed(n, said, List.of()).ifPresent(items::add);
                    }
                }
            }
            return recordedOnce();
        }

        /**
         * A commitment that the minutes go on to record as an action item of the same person ("LW: I'll start an
         * email thread" / "**Action item**: Luke to start an email thread") is one item, the recorded one.
         */
        private List<ActionItem> recordedOnce() {
            List<ActionItem> once = new ArrayList<>();
            for (ActionItem item : items) {
                int line = item.provenance().line();
                boolean recorded = item.kind().equals(COMMITMENT) && !item.owners().isEmpty() && items.stream()
                        .anyMatch(other -> other.kind().equals(TODO) && other.provenance().line() > line
                                && other.provenance().line() <= line + RECORDED_WITHIN
                                && !TaskSectionsAnnotator.inTasks(note, other.provenance().line())
                                && other.owners().stream().anyMatch(item.owners()::contains)
                                && ActionVerbs.sameAction(item.text(), other.text()));
                if (!recorded) {
                    once.add(item);
                }
            }
            return List.copyOf(once);
        }

        /**
         * An item of a task section, and its nested items. An item that is only an owner ({@code - AP:}), a marker
         * ({@code * Action item:}) or a label ({@code - Ping people:}) introduces the items nested in it.
         */
        private void taskListItem(int index, Owner inherited) {
            Block block = blocks.get(index);
            String line = note.line(block.line()).strip();
            List<Integer> nested = nested(index);
            read.addAll(nested);
            Prefixed own = owners.prefix(line);
            String body = ActionItemMarkers.written(block.text()).body();
            Optional<Marked> marker = ActionItemMarkers.marked(body);
            boolean label = own == null && body.endsWith(":") && !nested.isEmpty();
            if (own != null && own.rest().isBlank() || marker.isPresent() && marker.get().rest().isEmpty() || label) {
                Owner named = own != null ? own.owner() : marker.map(m -> owners.ofMarker(m, null)).orElse(null);
                Owner owner = named != null ? named : inherited;
                for (int child : nested) {
                    if (blocks.get(child).depth() == block.depth() + 1 && !blocks.get(child).text().isBlank()) {
                        items.add(taskEntry(blocks.get(child), owner));
                    }
                }
                return;
            }
            ActionItem item = taskEntry(block, inherited);
            if (saysNothing(item)) {
                return;
            }
            List<ActionItem> shares = new ArrayList<>();
            for (int child : nested) {
                Block detail = blocks.get(child);
                Prefixed sub = owners.prefix(note.line(detail.line()).strip());
                if (item.rawOwner() == null) {
                    Owner assigned = owners.assigned(detail.text(), null);
                    item = assigned == null ? item : withOwner(item, assigned);
                } else if (sub != null && sub.owner().names() && detail.depth() == block.depth() + 1) {
                    shares.add(taskEntry(detail, null));
                }
            }
            items.add(item);
            items.addAll(shares);
        }

        /** A list item of a task section, owned by the owner line above it when it names none itself. */
        private ActionItem taskEntry(Block block, Owner inherited) {
            String line = note.line(block.line()).strip();
            if (inherited != null && owners.prefix(line) == null) {
                return item(block.line(), strip(block.text()), TODO, inherited);
            }
            return written(block.line(), block.text());
        }

        /** A paragraph of a task section: each line with an owner prefix is an item, other lines continue it. */
        private void taskParagraph(Block block) {
            // "FP: I need to create patches ..." / "Complete it by October 17, 2022." is one item.
            int start = block.line();
            StringBuilder text = new StringBuilder(note.line(start).strip());
            for (int n = block.line() + 1; n <= block.endLine(); n++) {
                String line = note.line(n).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (owners.prefix(line) != null) {
                    addParagraphItem(start, text.toString());
                    start = n;
                    text = new StringBuilder(line);
                } else {
                    text.append(' ').append(line);
                }
            }
            addParagraphItem(start, text.toString());
        }

        private void addParagraphItem(int line, String text) {
            ActionItem item = written(line, text);
            // "3 PRs:" and "Here are the proposed steps:" introduce the list below.
            boolean introduces = item.rawOwner() == null && item.text().endsWith(":");
            if (!introduces && !saysNothing(item)) {
                items.add(item);
            }
        }

        /**
         * "None"; a link alone that nobody is named to follow, a list kept elsewhere; a question that nobody is named
         * to answer ("RD/MP: Can this make it in the 0.8 release?" is for RD and MP to find out).
         */
        private static boolean saysNothing(ActionItem item) {
            return ActionItemMarkers.nothing(item.text()) || item.rawOwner() == null
                    && (ActionItemMarkers.linkAlone(item.text()) || item.text().strip().endsWith("?"));
        }

        /**
         * An item as a task section writes it, its owner read from it: a prefix, what a marker or an assignment
         * names, names in parentheses, an @login; else nobody.
         */
        private ActionItem written(int line, String struck) {
            String written = unstruck(struck);
            Prefixed prefixed = owners.prefix(written);
            if (prefixed != null) {
                return item(line, prefixed.rest().strip(), TODO, prefixed.owner());
            }
            String text = strip(written);
            Optional<Marked> marker = ActionItemMarkers.marked(text);
            if (marker.isPresent() && !marker.get().rest().isEmpty()) {
                return item(line, marker.get().rest(), TODO, owners.ofMarked(marker.get(), null));
            }
            Owner owner = owners.namedIn(text, null);
            return item(line, text, TODO, owner != null ? owner : Owner.nobody());
        }

        /** A list item of the discussion: an item when it is marked as one, or someone takes it on. */
        private void discussionItem(int index) {
            Block block = blocks.get(index);
            StringBuilder said = new StringBuilder(turns.said(block.line(), note.line(block.line()).strip()));
            for (int n = block.line() + 1; n <= block.endLine(); n++) {
                said.append(' ').append(note.line(n).strip());
            }
            String line = note.line(block.line()).strip();
            if (ofAgenda(block) && !ActionItemMarkers.marked(strip(line)).isPresent()) {
                return; // "1. Frank Emrich to lead a discussion on cont.bind": what the meeting will discuss
            }
            Prefixed prefixed = owners.prefix(line);
            // "- [ ] Eric: update the docs": a checkbox makes an owner's line a task; without, it is a speaker's.
            if (ActionItemMarkers.checkbox(line) && prefixed != null && prefixed.owner().names()) {
                items.add(item(block.line(), prefixed.rest().strip(), TODO, prefixed.owner()));
                return;
            }
            discussed(block.line(), said.toString(), nested(index)).map(item -> atOwner(item, block))
                    .ifPresent(items::add);
        }

        /** An item at the top of a list under an agenda heading ("## Agenda items"): a subject, not a commitment. */
        private boolean ofAgenda(Block block) {
            return block.depth() == 1 && note.sectionOf(block).filter(heading -> AGENDA.matcher(
                    heading.text().replaceFirst("^(?::\\w+:|[^\\p{L}\\d])+", "")).lookingAt()).isPresent();
        }

        /** An item found in a list item of several lines starts where its owner is named: "Team will open a PR". */
        private ActionItem atOwner(ActionItem item, Block block) {
            if (item.rawOwner() == null || block.endLine() == block.line()) {
                return item;
            }
            for (int n = block.line(); n <= block.endLine(); n++) {
                boolean there = Commitments.assignments(note.line(n)).stream()
                        .anyMatch(a -> a.subjects().contains(item.rawOwner()));
                if (there && n != block.line()) {
                    return new ActionItem(item.text(), item.kind(), item.rawOwner(), item.owners(), item.group(),
                            item.unresolved(), new Provenance(note.source(), n, note.line(n).strip()), item.done());
                }
            }
            return item;
        }

        /**
         * What a line of the discussion records: a marked item, an owner's arrow, someone taking something on, or
         * the speaker's own commitment.
         *
         * @param nested the blocks nested in it, which an item-less marker ({@code - next steps:}) introduces
         */
        private Optional<ActionItem> discussed(int line, String said, List<Integer> nested) {
            String body = unstruck(ActionItemMarkers.written(said).body());
            SpeakerMention speaker = turns.at(line).orElse(null);
            // "DS -> Action item to ...": an arrow names an owner even where it reads as a speaker label.
            String written = unstruck(ActionItemMarkers.written(note.line(line)).body());
            Optional<Marked> marker = ActionItemMarkers.arrow(written)
                    .filter(arrow -> owners.ofMarker(arrow, speaker) != null)
                    .or(() -> ActionItemMarkers.marked(body));
            if (marker.isPresent()) {
                return markedItem(line, marker.get(), speaker, nested);
            }
            Owner named = owners.assigned(body, speaker);
            if (named != null) {
                return Optional.of(item(line, body, COMMITMENT, named));
            }
            if (Commitments.takenByAll(body)) {
                return Optional.of(item(line, body, COMMITMENT, new Owner("we", List.of(), "we", List.of())));
            }
            // Whose commitment it is must be known: a label no one resolves to is left out, as is a line no one speaks.
            boolean known = speaker != null && speaker.people().stream().anyMatch(Objects::nonNull);
            if (known && Commitments.committed(body)) {
                return Optional.of(item(line, body, COMMITMENT, ActionItemOwners.speaking(speaker)));
            }
            // "DP: Send the measurements to Discord": a label before an order is an owner, as in a task list.
            if (known && speaker.provenance().line() == line && Commitments.order(body)) {
                return Optional.of(item(line, body, COMMITMENT, ActionItemOwners.speaking(speaker)));
            }
            return Optional.empty();
        }

        /**
         * A marked item. The speaker who says "Action item: ..." records it, and need not be the one to do it. A
         * marker with nothing after it introduces its nested list: items of their own where they name who does
         * them, else the marker's one item.
         */
        private Optional<ActionItem> markedItem(int line, Marked marker, SpeakerMention speaker, List<Integer> nested) {
            String rest = marker.rest();
            if (rest.isEmpty()) {
                List<String> entries = new ArrayList<>();
                for (int child : nested) {
                    String text = strip(blocks.get(child).text());
                    if (ActionItemMarkers.marked(text).isPresent() || owners.assigned(text, speaker) != null) {
                        return Optional.empty();
                    }
                    entries.add(text);
                }
                rest = String.join("; ", entries);
                read.addAll(nested);
            }
            if (ActionItemMarkers.nothing(rest) || Commitments.question(rest)) {
                return Optional.empty();
            }
            return Optional.of(item(line, rest, TODO, owners.ofMarked(new Marked(marker.owner(), rest, marker.sure()),
                    speaker)));
        }

        /** Blocks nested in a list item: those after it, deeper, before the next one at its depth or less. */
        private List<Integer> nested(int index) {
            Block item = blocks.get(index);
            List<Integer> nested = new ArrayList<>();
            for (int i = index + 1; i < blocks.size(); i++) {
                Block next = blocks.get(i);
                if (next.section() != item.section() || next.depth() <= item.depth()) {
                    break;
                }
                nested.add(i);
            }
            return nested;
        }

        private ActionItem item(int line, String text, String kind, Owner owner) {
            String written = note.line(line).strip();
            boolean done = ActionItemMarkers.written(written).done() || ActionItemMarkers.written(text).done();
            return new ActionItem(strip(text), kind, owner.raw(), owner.people(), owner.group(), owner.unresolved(),
                    new Provenance(note.source(), line, written), done);
        }

        private static ActionItem withOwner(ActionItem item, Owner owner) {
            return new ActionItem(item.text(), item.kind(), owner.raw(), owner.people(), owner.group(),
                    owner.unresolved(), item.provenance(), item.done());
        }

        /** Struck text still says what was to be done: "~~Niko to schedule a meeting~~" is Niko's, done. */
        private static String unstruck(String text) {
            return text.replace("~~", "");
        }

        private static String strip(String text) {
            return text.replaceFirst("^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?", "").strip();
        }
    }
}
