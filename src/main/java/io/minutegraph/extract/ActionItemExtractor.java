package io.minutegraph.extract;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.NotePeople;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.graph.ActionItem;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.notes.Block;
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
public final class ActionItemExtractor implements Annotator {

    public static final Layer<List<ActionItem>> ACTION_ITEMS = new Layer<>("action items");
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

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PEOPLE, Layers.SPEAKER_TURNS, TaskSectionsAnnotator.TASK_SECTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(ACTION_ITEMS);
    }

    @Override
    public void annotate(NoteDocument note) {
        NotePeople people = note.get(Layers.PEOPLE);
        SpeakerTurns turns = note.get(Layers.SPEAKER_TURNS);
        List<ActionItem> items = new ArrayList<>();
        // In a task section, an owner line on its own ("PO:") owns the list below it. In the discussion, who speaks
        // is the speaker turns' to say.
        Owner current = null;
        int section = Integer.MIN_VALUE;
        for (Block block : note.blocks()) {
            if (block.section() != section) {
                section = block.section();
                current = null;
            }
            if (block.text().isBlank()) {
                continue;
            }
            Owner own = owner(people, note.line(block.line()).strip());
            if (block.kind() == Block.Kind.PARAGRAPH) {
                current = own;
            }
            if (TaskSectionsAnnotator.inTasks(note, block.line())) {
                if (own != null && own.rest.isBlank() && block.line() == block.endLine()) {
                    continue; // "PO:" alone: it owns what follows, it is not an item
                }
                todoItems(note, people, block, own == null ? current : null, items);
            } else {
                commitments(note, people, turns, block, items);
            }
        }
        note.put(ACTION_ITEMS, List.copyOf(items));
    }

    private void todoItems(NoteDocument note, NotePeople people, Block block, Owner inherited,
                           List<ActionItem> items) {
        if (block.kind() == Block.Kind.LIST_ITEM) {
            items.add(inherited == null || !inherited.rest.isBlank()
                    ? item(note, people, block.line(), block.text(), "todo")
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
            if (owner(people, line) != null) {
                items.add(item(note, people, start, text.toString(), "todo"));
                start = n;
                text = new StringBuilder(line);
            } else {
                text.append(' ').append(line);
            }
        }
        items.add(item(note, people, start, text.toString(), "todo"));
    }

    /** Commitments in a discussion block: a speaker's "I'll …", or someone named taking something on. */
    private void commitments(NoteDocument note, NotePeople people, SpeakerTurns turns, Block block,
                             List<ActionItem> items) {
        for (int n = block.line(); n <= block.endLine(); n++) {
            String said = turns.said(n, note.line(n).strip());
            Owner speaker = turns.at(n).map(ActionItemExtractor::speaking).orElse(null);
            // Sentence by sentence: "Could be. Had a similar issue. Will investigate further" commits in its last.
            Owner named = null;
            boolean committed = false;
            for (String sentence : SENTENCES.split(said)) {
                if (QUESTION.matcher(sentence).find()) {
                    continue;
                }
                named = named == null ? named(people, sentence) : named;
                committed |= COMMITMENT.matcher(sentence).find();
            }
            if (named != null) {
                items.add(owned(note, n, strip(said), named, "commitment"));
            } else if (committed && speaker != null && !speaker.people.isEmpty()) {
                items.add(owned(note, n, strip(said), speaker, "commitment"));
            }
        }
    }

    /** A speaker as the owner of what they commit to: the people the label resolved to. */
    private static Owner speaking(SpeakerMention speaker) {
        return new Owner(speaker.raw(), speaker.people().stream().filter(java.util.Objects::nonNull).toList(), null,
                speaker.unresolved(), "");
    }

    /** The person a named commitment names, when the name is one person of this note. */
    private Owner named(NotePeople people, String said) {
        Matcher m = NAMED_COMMITMENT.matcher(said);
        if (!m.find()) {
            return null;
        }
        PersonRef person = people.person(m.group(1));
        return person == null || !people.knowsName(m.group(1)) ? null
                : new Owner(m.group(1), List.of(person), null, List.of(), said);
    }

    private static ActionItem owned(NoteDocument note, int line, String text, Owner owner, String kind) {
        return new ActionItem(strip(text), kind, owner.raw, owner.people, owner.group, owner.unresolved,
                new Provenance(note.source(), line, note.line(line).strip()));
    }

    private ActionItem item(NoteDocument note, NotePeople people, int line, String written, String kind) {
        Provenance provenance = new Provenance(note.source(), line, note.line(line).strip());
        Owner owner = owner(people, written);
        String text = owner == null ? strip(written) : owner.rest.strip();
        if (owner == null) {
            owner = trailingOwner(people, written);
        }
        if (owner == null) {
            return new ActionItem(text, kind, null, List.of(), null, List.of(), provenance);
        }
        return new ActionItem(text, kind, owner.raw, owner.people, owner.group, owner.unresolved, provenance);
    }

    /** What an owner prefix says: people, a group, or explicitly nobody; null when the line has no such prefix. */
    private record Owner(String raw, List<PersonRef> people, String group, List<String> unresolved, String rest) {
    }

    private Owner owner(NotePeople people, String line) {
        Matcher m = NAME_PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        return owners(people, m.group(1).strip(), m.group(2));
    }

    private Owner trailingOwner(NotePeople people, String text) {
        Matcher m = TRAILING_OWNERS.matcher(text);
        if (m.find()) {
            Owner owner = owners(people, m.group(1).strip(), text.substring(0, m.start()).strip());
            if (owner != null && (!owner.people.isEmpty() || owner.group != null)) {
                return owner;
            }
        }
        Matcher login = LOGIN.matcher(text);
        if (login.find()) {
            return people.withLogin(login.group(1))
                    .map(p -> new Owner("@" + login.group(1), List.of(people.ref(p.id())), null, List.of(), text))
                    .orElse(null);
        }
        return null;
    }

    /**
     * Reads an owner as written: initials, names, a group, or "TODO". Null when it is none of these (a prose
     * label such as "Note" or "Update"), so that the line counts as having no owner.
     */
    private Owner owners(NotePeople people, String raw, String rest) {
        String folded = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip();
        if (GROUPS.contains(folded)) {
            return new Owner(raw, List.of(), raw, List.of(), rest);
        }
        if (UNOWNED.contains(folded)) {
            return new Owner(raw, List.of(), null, List.of(), rest);
        }
        List<PersonRef> owners = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String part : SPLIT.split(raw)) {
            if (part.isBlank()) {
                continue;
            }
            boolean name = SpeakerPrefixes.tokens(part).isEmpty();
            if (name && !(Character.isUpperCase(part.charAt(0)) && people.knowsName(part))) {
                return null;
            }
            Resolution r = people.resolution(part);
            if (r != null && r.resolved()) {
                owners.add(people.ref(r.person()));
            } else {
                unresolved.add(part + ": " + (r == null ? "not one name" : r.reason()));
            }
        }
        return new Owner(raw, owners, null, unresolved, rest);
    }

    private static String strip(String text) {
        return text.replaceFirst("^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?", "").strip();
    }
}
