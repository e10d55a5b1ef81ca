package io.minutegraph.extract;

import io.minutegraph.graph.ActionItem;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Heading;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items: every item of a section whose heading names todos, tasks, decisions or actions (at any level, with
 * or without emoji: {@code ## :wrench: TODOs and Decisions}), and speakers' commitments in the discussion
 * ({@code SJ: I'll keep looking into this}).
 *
 * <p>An item's owner is its prefix ({@code RD:}, {@code * AJ/RD:}, {@code RD, SK:}, {@code Lukas:}), else names or
 * initials in parentheses at its end ({@code (Marc, Michalis)}), else an {@code @login}. {@code All:} and
 * {@code Everyone:} name a group, {@code TODO:} nobody. Owners resolve through the people directory for this note.
 * Within a paragraph, a line with an owner prefix starts a new item; a line without one continues the item above.
 */
public final class ActionItemExtractor {

    private static final Pattern TODO_HEADING = Pattern.compile("todo|task|decision|action", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?(?:\\*\\*)?"
                    + "(\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,2}"
                    + "(?:\\s*(?:/|,|&|\\+|\\band\\b)\\s*\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,2})*)"
                    + "(?:\\*\\*)?\\s*:(?:\\s+|$)(.*)$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|,|&|\\+|\\band\\b)\\s*");
    private static final Pattern TRAILING_OWNERS = Pattern.compile("\\(([^()]{1,60})\\)\\s*[.!]?\\s*$");
    private static final Pattern LOGIN = Pattern.compile("(?<![\\w/])@([A-Za-z0-9][A-Za-z0-9-]{0,38})\\b");
    /** A speaker committing to something: "I'll look at it", "Then I will", "I can do that", "I need to". */
    /**
     * A speaker's own commitment: "I'll", "I will", "I need to", "I want to", "i have to", "We'll look into it", or a
     * sentence with no subject ("Will investigate further", "No, will take a look into that").
     */
    private static final Pattern COMMITMENT = Pattern.compile(
            "\\b[Ii](?:\\s*(?:'|’)ll| will| am going to|\\s*(?:'|’)m going to| can do| can take| have to| need to"
                    + "| aim to| plan to| want to| would try to| will try to)\\b|\\b[Ww]e(?:\\s*(?:'|’)ll| will)\\s+"
                    + "(?!be\\b|see\\b|have\\b|need\\b)\\w+|(?:^|[.;!,]\\s+)(?i:will|going to|have to|need to)\\s+"
                    + "(?!be\\b)\\w+");
    /** Someone named takes something on: "Adina to provide the variable name", "Alex, please arrange ...". */
    private static final Pattern NAMED_COMMITMENT = Pattern.compile(
            "(?:^|[.;!]\\s+)(\\p{Lu}[\\p{L}’'-]+)(?:,\\s*please| to| will| is going to)\\s+(?!be\\b)(\\p{Ll}\\w*)");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");
    /** "Are there changes that I need to do?" asks; it does not commit. */
    private static final Pattern QUESTION = Pattern.compile(
            "\\?\\s*$|^(?:Are|Is|Do|Does|Should|Shall|Can|Could|Would|What|How|Why|When|Where|Who)\\b");
    private static final Set<String> GROUPS = Set.of("all", "everyone", "everybody", "team", "us", "we",
            "community leaders", "maintainers", "mentors", "students", "reviewers", "all maintainers");
    private static final Set<String> UNOWNED = Set.of("todo", "tbd", "to do", "fixme", "open", "n a");

    private final PeopleDirectory directory;

    public ActionItemExtractor(PeopleDirectory directory) {
        this.directory = directory;
    }

    public List<ActionItem> extract(Note note, NoteEvidence evidence) {
        List<int[]> todoRanges = todoRanges(note);
        List<ActionItem> items = new ArrayList<>();
        // Who the lines are by: an owner line on its own ("PO:") owns the list below it; a speaker's line
        // ("RD: ...") is theirs, and so are the lines and list items that follow it, until someone else speaks,
        // an unattributed paragraph starts, or the section ends.
        Owner current = null;
        int section = Integer.MIN_VALUE;
        for (Block block : note.outline().blocks()) {
            if (block.section() != section) {
                section = block.section();
                current = null;
            }
            if (block.text().isBlank()) {
                continue;
            }
            boolean inTodo = todoRanges.stream().anyMatch(r -> block.line() >= r[0] && block.line() <= r[1]);
            Owner own = owner(evidence, note.line(block.line()).strip());
            if (block.kind() == Block.Kind.PARAGRAPH) {
                current = own;
            }
            if (inTodo) {
                if (own != null && own.rest.isBlank() && block.line() == block.endLine()) {
                    continue; // "PO:" alone: it owns what follows, it is not an item
                }
                todoItems(note, evidence, block, own == null ? current : null, items);
            } else {
                current = commitments(note, evidence, block, current, items);
            }
        }
        return items;
    }

    /** Line ranges of sections whose heading names todos, tasks, decisions or actions, subsections included. */
    static List<int[]> todoRanges(Note note) {
        List<Heading> headings = note.outline().headings();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (TODO_HEADING.matcher(h.text()).find()) {
                int end = note.lines().size();
                for (int j = i + 1; j < headings.size(); j++) {
                    if (headings.get(j).level() <= h.level()) {
                        end = headings.get(j).line() - 1;
                        break;
                    }
                }
                ranges.add(new int[] {h.line(), end});
            }
        }
        return ranges;
    }

    private void todoItems(Note note, NoteEvidence evidence, Block block, Owner inherited, List<ActionItem> items) {
        if (block.kind() == Block.Kind.LIST_ITEM) {
            items.add(inherited == null || !inherited.rest.isBlank()
                    ? item(note, evidence, block.line(), block.text(), "todo")
                    : owned(note, block.line(), block.text(), inherited, "todo"));
            return;
        }
        // A paragraph: each line with an owner prefix is an item; other lines continue the one above ("FP: I need to
        // create patches ..." / "Complete it by October 17, 2022." is one item).
        int start = block.line();
        StringBuilder text = new StringBuilder(note.line(start).strip());
        for (int n = block.line() + 1; n <= block.endLine(); n++) {
            String line = note.line(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (owner(evidence, line) != null) {
                items.add(item(note, evidence, start, text.toString(), "todo"));
                start = n;
                text = new StringBuilder(line);
            } else {
                text.append(' ').append(line);
            }
        }
        items.add(item(note, evidence, start, text.toString(), "todo"));
    }

    /** Commitments in a discussion block; returns who speaks at its end. */
    private Owner commitments(Note note, NoteEvidence evidence, Block block, Owner speaker, List<ActionItem> items) {
        for (int n = block.line(); n <= block.endLine(); n++) {
            String line = note.line(n).strip();
            Owner own = owner(evidence, line);
            if (own != null) {
                speaker = own;
            }
            String said = own != null ? own.rest : line;
            // Sentence by sentence: "Could be. Had a similar issue. Will investigate further" commits in its last.
            Owner named = null;
            boolean committed = false;
            for (String sentence : SENTENCES.split(said)) {
                if (QUESTION.matcher(sentence).find()) {
                    continue;
                }
                named = named == null ? named(evidence, sentence) : named;
                committed |= COMMITMENT.matcher(sentence).find();
            }
            if (named != null) {
                items.add(owned(note, n, strip(said), named, "commitment"));
            } else if (committed && speaker != null && !speaker.people.isEmpty() && speaker.group == null) {
                items.add(owned(note, n, strip(said), speaker, "commitment"));
            }
        }
        return speaker;
    }

    /** The person a named commitment names, when the name is one person of this note. */
    private Owner named(NoteEvidence evidence, String said) {
        Matcher m = NAMED_COMMITMENT.matcher(said);
        if (!m.find() || !directory.knowsName(m.group(1))) {
            return null;
        }
        List<Resolution> names = directory.resolveEntry(evidence, m.group(1));
        if (names.size() != 1 || !names.get(0).resolved()) {
            return null;
        }
        return new Owner(m.group(1), List.of(AttendanceExtractor.ref(directory, names.get(0).person())), null,
                List.of(), said);
    }

    private static ActionItem owned(Note note, int line, String text, Owner owner, String kind) {
        return new ActionItem(strip(text), kind, owner.raw, owner.people, owner.group, owner.unresolved,
                new Provenance(note.source(), line, note.line(line).strip()));
    }

    private ActionItem item(Note note, NoteEvidence evidence, int line, String written, String kind) {
        Provenance provenance = new Provenance(note.source(), line, note.line(line).strip());
        Owner owner = owner(evidence, written);
        String text = owner == null ? strip(written) : owner.rest.strip();
        if (owner == null) {
            owner = trailingOwner(evidence, written);
        }
        if (owner == null) {
            return new ActionItem(text, kind, null, List.of(), null, List.of(), provenance);
        }
        return new ActionItem(text, kind, owner.raw, owner.people, owner.group, owner.unresolved, provenance);
    }

    /** What an owner prefix says: people, a group, or explicitly nobody; null when the line has no such prefix. */
    private record Owner(String raw, List<PersonRef> people, String group, List<String> unresolved, String rest) {
    }

    private Owner owner(NoteEvidence evidence, String line) {
        Matcher m = NAME_PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        return owners(evidence, m.group(1).strip(), m.group(2));
    }

    private Owner trailingOwner(NoteEvidence evidence, String text) {
        Matcher m = TRAILING_OWNERS.matcher(text);
        if (m.find()) {
            Owner owner = owners(evidence, m.group(1).strip(), text.substring(0, m.start()).strip());
            if (owner != null && (!owner.people.isEmpty() || owner.group != null)) {
                return owner;
            }
        }
        Matcher login = LOGIN.matcher(text);
        if (login.find()) {
            return directory.personWithLogin(login.group(1))
                    .map(p -> new Owner("@" + login.group(1), List.of(AttendanceExtractor.ref(directory, p.id())),
                            null, List.of(), text))
                    .orElse(null);
        }
        return null;
    }

    /**
     * Reads an owner as written: initials, names, a group, or "TODO". Null when it is none of these (a prose
     * label such as "Note" or "Update"), so that the line counts as having no owner.
     */
    private Owner owners(NoteEvidence evidence, String raw, String rest) {
        String folded = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip();
        if (GROUPS.contains(folded)) {
            return new Owner(raw, List.of(), raw, List.of(), rest);
        }
        if (UNOWNED.contains(folded)) {
            return new Owner(raw, List.of(), null, List.of(), rest);
        }
        List<PersonRef> people = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String part : SPLIT.split(raw)) {
            if (part.isBlank()) {
                continue;
            }
            Resolution r;
            if (!SpeakerPrefixes.tokens(part).isEmpty()) {
                r = directory.resolveInitials(evidence, part);
            } else if (Character.isUpperCase(part.charAt(0)) && directory.knowsName(part)) {
                List<Resolution> names = directory.resolveEntry(evidence, part);
                r = names.size() == 1 ? names.get(0) : null;
            } else {
                return null;
            }
            if (r != null && r.resolved()) {
                people.add(AttendanceExtractor.ref(directory, r.person()));
            } else {
                unresolved.add(part + ": " + (r == null ? "not one name" : r.reason()));
            }
        }
        return new Owner(raw, people, null, unresolved, rest);
    }

    private static String strip(String text) {
        return text.replaceFirst("^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?", "").strip();
    }
}
