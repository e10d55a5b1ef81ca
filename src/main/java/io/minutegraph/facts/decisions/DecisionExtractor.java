package io.minutegraph.facts.decisions;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.NotePeople;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.facts.topics.TopicExtractor;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a meeting decided or concluded, in the words each community writes it: markers at a line's start
 * ({@code Decision:}, {@code **Consensus**:}, {@code Resolved (Niko):}, a {@code Conclusion:} over a list), the items
 * of a section whose heading names decisions, conclusions, resolutions or outcomes, polls with their results and
 * calls for consent ({@link PollReader}), and statements of agreement in the discussion ({@link DecisionSentences}).
 *
 * <p>A task or a question presented as a decision misleads a reader more than a decision missed, so: an item of a
 * decisions section that is a task (an owner before a colon, "X to do Y", a checkbox, an imperative that sets work)
 * is none; where a section mixes tasks and decisions (Unikraft's "TODOs and Decisions", "Decisions and action
 * items"), an item counts only when it states a decision in its own words ("We stick, for now, to ...", "Release
 * 0.13 will happen on ..."); action item sections decide nothing but what a marker says; a meeting that was not
 * held decided nothing.
 *
 * <p>What a decision is about is the item it stands under when nested ("* Password Hashing API #21766" over "*
 * Defer until next meeting"), else its section's heading when that names a subject, else a proposal, issue or
 * release its line names.
 */
public final class DecisionExtractor implements Annotator {

    public static final Layer<List<Decision>> DECISIONS = new Layer<>("decisions");

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DECISION_WORDS = Pattern.compile("^(?:(?:key|main|meeting|final|summary\\s+of"
            + "|list\\s+of)\\s+)?(?:decisions?(?:\\s+made)?|decided|conclusions?|resolutions?|outcomes?|consensus"
            + "|agreements?)$", I);
    private static final Pattern TASK_WORDS = Pattern.compile("^(?:todos?|to\\s*dos?|tasks?|actions?|action\\s+items?"
            + "|next\\s+steps?|follow[- ]?ups?)$", I);
    private static final Pattern HEADING_PARTS = Pattern.compile("\\s*(?:\\band\\b|&|/|,|\\+)\\s*", I);
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+[.)])\\s+", I);
    /** A heading's parts that do not name its subject: "[10 min]", a presenter "(Sam Clegg)", "Discussion:". */
    private static final Pattern HEADING_NOISE = Pattern.compile("\\[\\s*\\d+\\s*(?:min|mins|minutes)\\s*]"
            + "|\\((?![^)]*#)[^)]*\\)|^(?:discussions?|updates?|presentation|proposals?|poll|vote|status|follow[- ]up"
            + "|issue)\\s*(?:on|of|for|:|-|–)\\s*", I);
    /** Headings that structure a meeting rather than name what it discusses. */
    private static final Pattern SUBJECTLESS = Pattern.compile("^(?:agenda(?: items)?|opening|closing|closure"
            + "|introductions?|announcements?|next meetings?|proposals? and discussions?|items?|new items|old business"
            + "|new business|any other business|other business|status updates?|open issues|roll call|attendance"
            + "|present|review of .*|find volunteers.*|.*action items.*|notes?|.*minutes|agenda and notes"
            + "|[\\w.-]+/[\\w.-]+)$", I);
    /** A heading that names a day of the meeting rather than a subject: "2021-03-04", "March 4", "Tuesday", "Day 2". */
    private static final Pattern DATE_HEADING = Pattern.compile("\\b\\d{4}[-/.]\\d{1,2}|\\b(?:jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|day\\s+\\d+)\\b", I);
    /** A proposal named with its phase: "phase 1 for gc-js-customization", "advance Memory64 to phase 2". */
    private static final Pattern PHASE_FOR = Pattern.compile("\\bphase\\s*\\d\\s+for\\s+(?:the\\s+)?([\\p{L}\\p{N}]"
            + "[\\p{L}\\p{N}.+/_-]*(?:\\s+[\\p{L}\\p{N}.+/_-]+){0,3}?)(?:\\s*[?.!]|$)", I);
    private static final Pattern TO_PHASE = Pattern.compile("(?:\\b(?:advance|advancing|move|moving)\\s+|^|:\\s*)"
            + "(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N} .+/_-]{1,60}?)\\s+(?:proposal\\s+)?(?:to|for)\\s+"
            + "phase\\s*\\d", I);
    private static final Pattern REFERENCE = Pattern.compile("\\b[\\w.-]*#\\d+\\b");
    private static final Pattern RELEASE = Pattern.compile("\\b(?:release|version)\\s+v?\\d+(?:\\.\\d+)+\\b"
            + "|\\bv\\d+(?:\\.\\d+)+\\b", I);
    /** A marker's words that lead on to the list below: "Conclusion: accept both of", "Resolved:". */
    private static final Pattern LEADS_ON = Pattern.compile("(?::|\\b(?:of|the|to|are|is|following))$", I);
    private static final Pattern QUOTE = Pattern.compile("^(?:[-*+]\\s+)?>");
    private static final Pattern SENTENCE_DONE = Pattern.compile("[.!?)]\\s*$");
    private static final int LONGEST_SUBJECT = 160;
    /** At most this many items of a list make a marker's text. */
    private static final int MARKER_ITEMS = 6;

    /** How an item of a section is read for decisions. */
    private enum Section { DISCUSSION, DECISIONS, MIXED, TASKS }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.HELD, Layers.PEOPLE, Layers.SPEAKER_TURNS, TaskSectionsAnnotator.TASK_SECTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(DECISIONS);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(DECISIONS, note.get(Layers.HELD).held() ? extract(note) : List.of());
    }

    List<Decision> extract(NoteDocument note) {
        NotePeople people = note.get(Layers.PEOPLE);
        SpeakerTurns turns = note.get(Layers.SPEAKER_TURNS);
        List<Decision> found = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (PollReader.Poll poll : PollReader.read(note, turns)) {
            String about = about(note, turns, poll.text() == null ? null : proposal(poll.text()),
                    blockAt(note, poll.line()), poll.line());
            String text = poll.text() != null ? poll.text() : about != null ? "Poll: " + about : "Poll";
            found.add(new Decision(text, poll.kind(), poll.outcome(), poll.votes(), about,
                    provenance(note, poll.line())));
            taken.addAll(poll.lines());
        }
        List<Block> blocks = note.blocks();
        List<Section> headingKinds = note.note().outline().headings().stream()
                .map(h -> headingKind(h.text())).toList();
        int skipDeeperThan = Integer.MAX_VALUE;
        int skipSection = Integer.MIN_VALUE;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.section() != skipSection || block.depth() <= skipDeeperThan) {
                skipDeeperThan = Integer.MAX_VALUE; // a task's nested items are the task's, not decisions
            }
            if (block.depth() > skipDeeperThan || taken.contains(block.line())) {
                continue;
            }
            Section section = section(note, headingKinds, block);
            for (Unit unit : units(note, turns, block)) {
                if (taken.contains(unit.line())) {
                    continue;
                }
                Decision decision = marked(note, turns, people, blocks, i, unit, taken);
                if (decision == null && section == Section.DISCUSSION) {
                    decision = stated(note, turns, block, unit);
                } else if (decision == null && (section == Section.DECISIONS || section == Section.MIXED)) {
                    if (DecisionItems.isTask(unit.written(), people)) {
                        if (block.kind() == Block.Kind.LIST_ITEM) {
                            skipDeeperThan = block.depth();
                            skipSection = block.section();
                        }
                        continue;
                    }
                    decision = listed(note, turns, block, unit, section, people);
                }
                if (decision != null) {
                    found.add(decision);
                    taken.add(unit.line());
                }
            }
        }
        found.sort(Comparator.comparingInt(d -> d.provenance().line()));
        return List.copyOf(found);
    }

    /**
     * What a block says, piece by piece: a list item is one piece; a paragraph one piece a line, a line that starts
     * in lower case continuing the one above (notes that write a sentence a line, wrapped or not).
     *
     * @param written the piece as written, bullet removed
     * @param said    the same without the speaker label it starts with
     * @param spoken  whether it starts with the label of someone of the meeting
     */
    private record Unit(int line, String written, String said, boolean spoken) {
    }

    private static List<Unit> units(NoteDocument note, SpeakerTurns turns, Block block) {
        List<Unit> units = new ArrayList<>();
        int start = block.line();
        boolean spoken = false;
        StringBuilder written = new StringBuilder();
        StringBuilder said = new StringBuilder();
        String previous = "";
        for (int n = block.line(); n <= block.endLine(); n++) {
            String line = note.line(n).strip();
            if (line.isEmpty() || QUOTE.matcher(line).find()) {
                continue; // a quotation (an issue's comment, a bot's status) is not what the meeting said
            }
            // A label that names someone of the meeting; "discussed before, agreed ..." has no speaker
            boolean labelled = !turns.said(n, line).equals(line) && turns.at(n).isPresent();
            boolean continues = block.kind() == Block.Kind.LIST_ITEM || written.length() > 0 && !labelled
                    && !SENTENCE_DONE.matcher(previous).find()
                    && Character.isLowerCase(DecisionSentences.unbulleted(line).codePointAt(0));
            if (!continues && written.length() > 0) {
                units.add(new Unit(start, written.toString(), said.toString(), spoken));
                written.setLength(0);
                said.setLength(0);
            }
            if (written.length() == 0) {
                start = n;
                spoken = labelled;
                written.append(DecisionSentences.unbulleted(line));
                said.append(labelled ? turns.said(n, line) : DecisionSentences.unbulleted(line));
            } else {
                written.append(' ').append(line);
                said.append(' ').append(line);
            }
            previous = line;
        }
        if (written.length() > 0) {
            units.add(new Unit(start, written.toString(), said.toString(), spoken));
        }
        return units;
    }

    /** A marker's decision: its words, or when it stands alone ("* Conclusion:"), the items listed under it. */
    private static Decision marked(NoteDocument note, SpeakerTurns turns, NotePeople people, List<Block> blocks, int i,
                            Unit unit, Set<Integer> taken) {
        DecisionSentences.Marker marker = DecisionSentences.marker(unit.written());
        marker = marker != null ? marker : DecisionSentences.marker(unit.said());
        if (marker == null) {
            return null;
        }
        String text = DecisionSentences.plain(marker.rest());
        if (!text.isEmpty() && DecisionItems.isErrand(text, people)) {
            taken.add(unit.line());
            return null; // "conclusion: Niko to start FCP" sets work; it decides nothing a reader can rely on
        }
        if (text.isEmpty() || LEADS_ON.matcher(text).find()) {
            List<String> items = new ArrayList<>();
            Block block = blocks.get(i);
            for (int j = i + 1; j < blocks.size() && items.size() < MARKER_ITEMS; j++) {
                Block item = blocks.get(j);
                boolean under = block.kind() == Block.Kind.LIST_ITEM ? item.depth() > block.depth()
                        : item.kind() == Block.Kind.LIST_ITEM;
                if (item.section() != block.section() || !under
                        || DecisionSentences.marker(note.line(item.line())) != null) {
                    break; // a marker below starts a decision of its own
                }
                taken.add(item.line());
                if (!DecisionItems.isErrand(item.text(), people)) {
                    items.add(DecisionSentences.plain(item.text()));
                }
            }
            if (items.isEmpty() && text.isEmpty()) {
                return null;
            }
            text = (text.isEmpty() ? "" : text + " ") + String.join("; ", items);
        }
        Block block = blocks.get(i);
        return new Decision(text, marker.kind(), null, Map.of(), about(note, turns, null, block, unit.line()),
                provenance(note, unit.line()));
    }

    /** A statement of agreement, consensus, a vote or an agenda decision in the discussion. */
    private static Decision stated(NoteDocument note, SpeakerTurns turns, Block block, Unit unit) {
        for (String sentence : DecisionSentences.sentences(unit.said())) {
            DecisionSentences.Reading reading = DecisionSentences.statement(sentence, unit.spoken());
            if (reading != null && !DecisionItems.opensTask(sentence)) {
                String text = DecisionSentences.plain(sentence);
                return new Decision(text, reading.kind(), reading.outcome(), Map.of(),
                        about(note, turns, null, block, unit.line()), provenance(note, unit.line()));
            }
        }
        return null;
    }

    /** An item of a decisions section that decides (its tasks already set aside). */
    private static Decision listed(NoteDocument note, SpeakerTurns turns, Block block, Unit unit, Section section,
                           NotePeople people) {
        String text = DecisionSentences.plain(unit.said());
        if (DecisionItems.saysNothing(unit.said()) || text.endsWith(":")
                || section == Section.MIXED && !DecisionItems.statesDecision(unit.said(), people)) {
            return null;
        }
        DecisionSentences.Reading reading = DecisionSentences.statement(text);
        String kind = reading != null ? reading.kind() : DecisionSentences.DECISION;
        return new Decision(text, kind, reading != null ? reading.outcome() : null, Map.of(),
                about(note, turns, null, block, unit.line()), provenance(note, unit.line()));
    }

    /**
     * How a block's section is read: a heading naming only decisions, conclusions, resolutions or outcomes lists
     * decisions; one naming tasks too mixes them; one naming only tasks, or another task section, lists tasks;
     * anything else is discussion. The nearest such heading counts, through subsections.
     */
    private static Section section(NoteDocument note, List<Section> headingKinds, Block block) {
        List<Heading> headings = note.note().outline().headings();
        int index = block.section();
        Section found = null;
        int level = Integer.MAX_VALUE;
        for (int h = index; h >= 0 && found == null; h--) {
            Heading heading = headings.get(h);
            if (heading.level() >= level || heading.line() < note.firstLine() && h != index) {
                continue;
            }
            level = heading.level();
            found = headingKinds.get(h);
        }
        if (found != null) {
            return found;
        }
        return TaskSectionsAnnotator.inTasks(note, block.line()) ? Section.TASKS : Section.DISCUSSION;
    }

    private static Section headingKind(String heading) {
        String cleaned = NUMBERING.matcher(TopicExtractor.clean(DecisionSentences.plain(heading))).replaceFirst("");
        boolean decisions = false;
        boolean tasks = false;
        for (String part : HEADING_PARTS.split(cleaned.strip())) {
            if (DECISION_WORDS.matcher(part.strip()).matches()) {
                decisions = true;
            } else if (TASK_WORDS.matcher(part.strip()).matches()) {
                tasks = true;
            } else {
                return null;
            }
        }
        return decisions ? (tasks ? Section.MIXED : Section.DECISIONS) : tasks ? Section.TASKS : null;
    }

    /** What a decision is about: the item it is nested under, its section's subject, or what its line names. */
    private static String about(NoteDocument note, SpeakerTurns turns, String proposal, Block block, int line) {
        if (proposal != null) {
            return proposal;
        }
        if (block != null && block.kind() == Block.Kind.LIST_ITEM && block.depth() > 1) {
            String parent = parent(note, turns, block);
            if (parent != null) {
                return parent;
            }
        }
        String subject = sectionSubject(note, block != null ? block.line() : line);
        if (subject != null) {
            return subject;
        }
        String written = DecisionSentences.plain(note.line(line));
        for (Pattern names : List.of(REFERENCE, RELEASE)) {
            Matcher m = names.matcher(written);
            if (m.find()) {
                return m.group();
            }
        }
        return proposal(written);
    }

    /** The list item a nested item stands under, when it names a subject rather than being someone's words. */
    private static String parent(NoteDocument note, SpeakerTurns turns, Block block) {
        List<Block> blocks = note.blocks();
        for (int j = blocks.indexOf(block) - 1; j >= 0; j--) {
            Block above = blocks.get(j);
            if (above.section() != block.section() || above.kind() != Block.Kind.LIST_ITEM) {
                return null;
            }
            if (above.depth() < block.depth()) {
                String first = note.line(above.line()).strip();
                String text = DecisionSentences.plain(above.text()).replaceAll("[:\\s]+$", "");
                boolean spoken = !turns.said(above.line(), first).equals(first);
                return spoken || text.isEmpty() || text.length() > LONGEST_SUBJECT || DATE_HEADING.matcher(text).find()
                        || DecisionSentences.isQuestion(text) || DecisionSentences.marker(first) != null ? null : text;
            }
        }
        return null;
    }

    /**
     * A heading's subject, or null for a heading that structures the meeting ("Agenda", "Decisions", a date). Proposals
     * read headings and agenda items with it too.
     */
    public static String subject(String heading) {
        String text = TopicExtractor.clean(DecisionSentences.plain(heading));
        text = NUMBERING.matcher(text).replaceFirst("");
        text = HEADING_NOISE.matcher(text).replaceAll("").replaceAll("\\s+", " ").replaceAll("^[\\s:.-]+|[\\s:]+$",
                "");
        String folded = Keys.fold(text);
        if (folded.isEmpty() || TopicExtractor.STRUCTURAL.contains(folded) || SUBJECTLESS.matcher(text).matches()
                || headingKind(text) != null || DATE_HEADING.matcher(text).find() || text.length() > LONGEST_SUBJECT) {
            return null;
        }
        return text;
    }

    /** A proposal a line names with its phase: "Memory64 to phase 2", "phase 1 for gc-js-customization". */
    private static String proposal(String text) {
        String written = DecisionSentences.plain(text);
        Matcher m = PHASE_FOR.matcher(written);
        if (!m.find()) {
            m = TO_PHASE.matcher(written);
            if (!m.find()) {
                return null;
            }
        }
        String name = m.group(1).strip().replaceFirst("(?i)^(?:poll|vote|consensus poll)\\s*:?\\s*", "");
        return name.isEmpty() || name.matches("(?i)(?:this|it|the proposal|proposal|we|poll|.*objections?.*)") ? null
                : name;
    }

    /**
     * The subject of the section a line stands in: its heading's, or when that only structures the meeting
     * ("Conclusion" under "Intl.DurationFormat for Stage 3"), the nearest enclosing heading's that names one. A
     * note's title and the meeting's own dated heading name the meeting, not a subject.
     */
    private static String sectionSubject(NoteDocument note, int line) {
        List<Heading> headings = note.note().outline().headings();
        int level = Integer.MAX_VALUE;
        for (int h = headings.size() - 1; h >= 0; h--) {
            Heading heading = headings.get(h);
            if (heading.line() >= line || heading.level() >= level) {
                continue;
            }
            if (heading.level() == 1 || heading.line() < note.firstLine()
                    || note.heading().filter(heading::equals).isPresent()) {
                return null;
            }
            level = heading.level();
            String subject = subject(heading.text());
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    private static Block blockAt(NoteDocument note, int line) {
        for (Block block : note.blocks()) {
            if (block.line() <= line && line <= block.endLine()) {
                return block;
            }
        }
        return null;
    }

    private static Provenance provenance(NoteDocument note, int line) {
        return new Provenance(note.source(), line, note.line(line).strip());
    }
}
