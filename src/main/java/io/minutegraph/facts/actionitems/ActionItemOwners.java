package io.minutegraph.facts.actionitems;

import io.minutegraph.annotate.NotePeople;
import io.minutegraph.facts.actionitems.ActionItemMarkers.Marked;
import io.minutegraph.facts.actionitems.Commitments.Assignment;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an action item names, resolved as speakers are, through the meeting's {@link NotePeople}: initials, first names,
 * handles, {@code @login}s, "I" for whoever speaks, and groups kept as groups ({@code All}, {@code the TSC},
 * {@code champions}). A name the note does not settle stays unresolved rather than guessed; a word that is no name
 * ("Note:", "Plan to") names nobody, so that the line counts as having no owner.
 */
final class ActionItemOwners {

    /**
     * Who an item is assigned to.
     *
     * @param raw        as written
     * @param people     the people it resolved to
     * @param group      a group it names, or null
     * @param unresolved each name written but not resolved, {@code "<name>: <reason>"}
     */
    record Owner(String raw, List<PersonRef> people, String group, List<String> unresolved) {

        Owner {
            people = List.copyOf(people);
            unresolved = List.copyOf(unresolved);
        }

        static Owner nobody() {
            return new Owner(null, List.of(), null, List.of());
        }

        boolean names() {
            return !people.isEmpty() || group != null;
        }
    }

    /** Where a text writes a name, which tells how surely a name it is. */
    enum Placement {
        /** Where only an owner stands ({@code AI(binji):}, {@code TODO(AR):}): a name nobody knows is kept. */
        MARKED,
        /** Opening a line or a sentence, as a speaker label does: a login as well ("niko to post ..."). */
        LEADING,
        /** In running text: only a name someone is written by, or "hard" of "hard for us to ..." could be Richard. */
        RUNNING
    }

    /** An owner prefix and what follows it: {@code RD: post on social media}. */
    record Prefixed(Owner owner, String rest) {
    }

    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?(?:\\*\\*)?"
                    + "(\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,2}"
                    + "(?:\\s*(?:/|,|&|\\+|\\band\\b)\\s*\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,2})*)"
                    + "(?:\\*\\*)?\\s*:(?:\\s+|$)(.*)$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|,|&|\\+|\\band/or\\b|\\band\\b)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,60})\\)");
    private static final Pattern LOGIN = Pattern.compile("(?<![\\w/])@([A-Za-z0-9][A-Za-z0-9-]{0,38})\\b");
    /** What surrounds a name without being part of it: markup, "@", "owner:", a hedge, a question mark. */
    private static final Pattern AROUND_NAME = Pattern.compile(
            "[*_`?]|^@|@$|(?i)^owners?\\s*:\\s*|(?i)\\b(?:hopefully|maybe|perhaps|possibly|probably|eventually)\\s+");
    private static final Pattern GROUP = Pattern.compile(
            "^(?:the\\s+|all\\s+|other\\s+|some\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}(?:teams?|members|maintainers|champions"
                    + "|chairs|editors|collaborators|folks|owners|reviewers|mentors|mentees|students|leaders|groups?"
                    + "|wg|tsc|tc|ctc|cg|sg|committee|vendors|contributors|volunteers|attendees|participants)$"
                    + "|^(?:all|everyone|everybody|others|us|we)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNOWNED = Set.of("todo", "tbd", "to do", "fixme", "open", "n a");
    private static final Set<String> SELF = Set.of("i", "me", "myself");
    private static final Pattern LABEL = Pattern.compile("([^:]{1,40}):\\s");

    private final NotePeople people;

    ActionItemOwners(NotePeople people) {
        this.people = people;
    }

    /**
     * The owner prefix a line starts with ({@code RD:}, {@code * AJ/RD:}, {@code Lukas:}, {@code All:},
     * {@code TODO:}) and what follows it; null when the line starts with no such prefix. A prefix is strict, since
     * "Note:" or "Update:" start lines as often: its names must be written capitalised and known to the folder.
     */
    Prefixed prefix(String line) {
        Matcher m = NAME_PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(1).strip();
        String folded = fold(raw);
        if (UNOWNED.contains(folded)) {
            return new Prefixed(new Owner(raw, List.of(), null, List.of()), m.group(2));
        }
        if (GROUP.matcher(folded).matches()) {
            return new Prefixed(new Owner(raw, List.of(), raw, List.of()), m.group(2));
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
            add(part, resolve(part), owners, unresolved);
        }
        return new Prefixed(whole(raw, owners, null, unresolved), m.group(2));
    }

    /**
     * Who a written owner names ({@code JZ / BN}, {@code Isaacs and Chris}, {@code Josh and I}, {@code binji},
     * {@code PS (and/or Philip Pfaffe?)}, {@code the TSC}); null when it names nobody: a word that is no name.
     *
     * @param speaker who speaks the line, whom "I" denotes; null when nobody is known to
     */
    Owner named(String raw, SpeakerMention speaker, Placement placement) {
        boolean marked = placement == Placement.MARKED;
        String written = AROUND_NAME.matcher(raw.replace('(', ',').replace(')', ' ')).replaceAll("").strip();
        String folded = fold(written);
        if (folded.isEmpty()) {
            return null;
        }
        if (UNOWNED.contains(folded)) {
            return marked ? new Owner(raw.strip(), List.of(), null, List.of()) : null;
        }
        List<PersonRef> owners = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> strangers = new ArrayList<>();
        String group = null;
        for (String piece : SPLIT.split(written)) {
            String part = AROUND_NAME.matcher(piece).replaceAll("").strip();
            if (part.isEmpty()) {
                continue;
            }
            if (SELF.contains(part.toLowerCase(Locale.ROOT)) && speaker != null) {
                owners.addAll(speaker.people().stream().filter(Objects::nonNull).toList());
                unresolved.addAll(speaker.unresolved());
            } else if (GROUP.matcher(part).matches()) {
                group = group == null ? part : group + ", " + part;
            } else {
                Resolution r = asSpeaker(part);
                // "PRs" looks like initials: in running text, initials must be someone's.
                boolean initials = !SpeakerPrefixes.tokens(part).isEmpty()
                        && r != null && (r.resolved() || !r.candidates().isEmpty());
                boolean name = marked || initials || people.knowsName(part)
                        || placement == Placement.LEADING && r != null && (r.resolved() ? loginOf(part, r.person())
                        : r.candidates().stream().anyMatch(id -> loginOf(part, id)));
                if (name) {
                    add(part, r, owners, unresolved);
                } else if (Character.isUpperCase(part.charAt(0))) {
                    strangers.add(part);
                } else {
                    return null;
                }
            }
        }
        // "Isaacs and Chris will review": a name nobody is known by, joined to one that is, is a name still; in a
        // list of commas it may be a word before the subject ("Today, I will ...", "Also, Rich will ...").
        if (owners.isEmpty() && group == null && unresolved.isEmpty() || !strangers.isEmpty() && raw.contains(",")) {
            return null;
        }
        strangers.forEach(part -> unresolved.add(part + ": not a name anyone in the notes is known by"));
        return whole(raw.strip(), owners.stream().distinct().toList(), group, unresolved);
    }

    /**
     * An owner as a whole: "RD + SK" with SK unsettled is not RD's alone, so then nobody is resolved, and the names
     * that did resolve are kept among the unresolved, with whom they denote.
     */
    private static Owner whole(String raw, List<PersonRef> owners, String group, List<String> unresolved) {
        if (unresolved.isEmpty()) {
            return new Owner(raw, owners, group, List.of());
        }
        List<String> all = new ArrayList<>();
        owners.forEach(p -> all.add(p.id() + ": resolved, but not every owner written with it"));
        all.addAll(unresolved);
        return new Owner(raw, List.of(), group, all);
    }

    /** Owners in parentheses ({@code (Marc, Michalis)}, {@code (owner: Felix)}), the last first, else an @login. */
    Owner mentioned(String text) {
        List<String> remarks = new ArrayList<>();
        Matcher m = PARENTHESES.matcher(text);
        while (m.find()) {
            remarks.add(0, m.group(1).strip());
        }
        for (String remark : remarks) {
            Owner owner = named(remark, null, Placement.RUNNING);
            if (owner != null && owner.names()) {
                return owner;
            }
        }
        Matcher login = LOGIN.matcher(text);
        if (login.find()) {
            return people.withLogin(login.group(1))
                    .map(p -> new Owner("@" + login.group(1), List.of(people.ref(p.id())), null, List.of()))
                    .orElse(null);
        }
        return null;
    }

    /** Who a marker itself names ({@code AI(binji):}, {@code Action item for James:}), or null. */
    Owner ofMarker(Marked marker, SpeakerMention speaker) {
        return marker.owner() == null ? null
                : named(marker.owner(), speaker, marker.sure() ? Placement.MARKED : Placement.LEADING);
    }

    /** Who a text names as owner: a prefix, an arrow, someone taking it on, names in parentheses, an @login. */
    Owner namedIn(String text, SpeakerMention speaker) {
        Prefixed prefixed = prefix(text);
        if (prefixed != null) {
            return prefixed.owner();
        }
        Optional<Marked> arrow = ActionItemMarkers.arrow(text);
        Owner owner = arrow.map(a -> named(a.owner(), speaker, Placement.LEADING)).orElse(null);
        if (owner == null) {
            owner = assigned(text, speaker);
        }
        return owner != null ? owner : mentioned(text);
    }

    /** The first one a text names taking something on who is someone, or some group ("Others to discuss"). */
    Owner assigned(String text, SpeakerMention speaker) {
        for (Assignment assignment : Commitments.assignments(text)) {
            for (String subject : assignment.subjects()) {
                boolean leading = assignment.leading() && subject.equals(assignment.subjects().get(0));
                Owner owner = named(subject, speaker, leading ? Placement.LEADING : Placement.RUNNING);
                if (owner != null && !(assignment.consent() && owner.people().isEmpty())) {
                    return owner;
                }
            }
        }
        return null;
    }

    /**
     * Who a marked item is for: whom the marker names; else, after the marker, a label as a speaker's would be ("Action:
     * SRL: document ..."), or whom its text names; else nobody. The speaker who says "Action item: ..." records it,
     * and need not be the one to do it.
     */
    Owner ofMarked(Marked marker, SpeakerMention speaker) {
        Owner owner = ofMarker(marker, speaker);
        Matcher label = LABEL.matcher(marker.rest());
        if (owner == null && label.lookingAt()) {
            owner = named(label.group(1), speaker, Placement.LEADING);
        }
        if (owner == null) {
            owner = namedIn(marker.rest(), speaker);
        }
        return owner != null ? owner : Owner.nobody();
    }

    /** A speaker as the owner of what they commit to: the people the label resolved to. */
    static Owner speaking(SpeakerMention speaker) {
        return new Owner(speaker.raw(), speaker.people().stream().filter(Objects::nonNull).toList(), null,
                speaker.unresolved());
    }

    /**
     * A name or initials in an owner prefix, resolved as the text resolves names, else as a speaker label is; null
     * when it is nothing of the sort.
     */
    private Resolution resolve(String part) {
        Resolution r = people.resolution(part);
        if (r != null && r.resolved()) {
            return r;
        }
        Resolution speaker = people.speaker(part, false);
        return speaker.resolved() ? speaker : r;
    }

    /**
     * A name, handle, login or initials written where a speaker's would be ("Mary to write", {@code AI(binji)}),
     * resolved as a speaker label is: the participant so written first, never a guess among several.
     */
    private Resolution asSpeaker(String part) {
        Resolution speaker = people.speaker(part, false);
        if (speaker.resolved()) {
            return speaker;
        }
        Optional<Resolution> login = people.withLogin(part)
                .map(p -> new Resolution(part, p.id(), "the one person with login " + part, List.of()));
        if (login.isPresent()) {
            return login.get();
        }
        // Where the speaker rule sees several people, so be it; where it sees nobody, the text's rule may.
        Resolution r = speaker.candidates().isEmpty() ? people.resolution(part) : null;
        return r != null ? r : speaker;
    }

    /**
     * Whether a word is written as a login of someone's: their login or a spelling of theirs, or their name made into
     * one ({@code dschuff}, {@code nikomatsakis}); not a word their login merely ends in ("hard" of "richard").
     */
    private boolean loginOf(String word, String id) {
        PersonRef p = people.ref(id);
        String w = Keys.fold(word).replace(" ", "");
        String[] names = Keys.fold(p.name()).split(" ");
        String first = names[0];
        String last = names.length < 2 ? "" : names[names.length - 1];
        if (w.equals(first) || p.github() != null && w.equals(Keys.fold(p.github()).replace(" ", ""))
                || p.aliases().stream().anyMatch(a -> Keys.fold(a).replace(" ", "").equals(w))) {
            return true;
        }
        return !first.isEmpty() && !last.isEmpty() && (w.equals(first + last) || w.equals(first.charAt(0) + last)
                || w.equals(first + last.charAt(0)) || w.equals(last + first.charAt(0)));
    }

    private void add(String part, Resolution r, List<PersonRef> owners, List<String> unresolved) {
        if (r != null && r.resolved()) {
            owners.add(people.ref(r.person()));
        } else {
            unresolved.add(part + ": " + (r == null ? "not one name" : r.reason()));
        }
    }

    private static String fold(String raw) {
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip();
    }
}
