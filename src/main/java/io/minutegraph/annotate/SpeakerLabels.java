package io.minutegraph.annotate;

import io.minutegraph.annotate.SpeakerLabel.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the speaker label that opens a line of meeting notes, in the conventions open-source communities write
 * them in: initials ({@code CW: ...}, {@code AJ/RD: ...}, {@code RD, SK: ...}, {@code BT & DB: ...}), handles
 * ({@code cramertj: ...}), first and full names ({@code Rod: ...}, {@code Michael Dawson: ...}), bold names
 * ({@code **Yosh Wuyts**: ...}, {@code **Dan Gohman:** ...}, {@code **Luke Wagner** ...}), brackets
 * ({@code [Riaan] - ...}), "Name, text" and "Name - text" list items, and a heading asking a question
 * ({@code ## Taylor: ...}); each after optional indentation, list bullet and checkbox, and each with an optional
 * remark after the label ({@code DS (chat): ...}, {@code RT<chat>: ...}, {@code KM [on queue]: ...}).
 * Who spoke at a meeting is one of the facts the graph records, and each community writes its speakers its own
 * way: reading only initials (as {@code SpeakerPrefixes} does) finds no speaker at all in notes that use names or
 * handles, so the rules here are general ones, about the shape of a label, never about a community's people.
 *
 * <p>Notes put many things before a colon that are not speakers ({@code Note:}, {@code Action item:},
 * {@code 10:30}, {@code https:}, a sentence ending in a colon), and the same shapes carry topics ({@code Wasm:}).
 * This class only reads the label's shape; it does not decide whom the label denotes: the caller resolves it
 * against the note's attendees. So it leans towards returning a label: a name-like word that turns out to be a word
 * is left to the resolver, flagged {@link SpeakerLabel#weak() weak} when the convention is often not a speaker. What
 * it drops are shapes no community uses for a speaker, and the words in {@link #NOT_NAMES}.
 *
 * <p>It reads one line at a time, so it cannot see that a line lies in a fenced code block or in front matter: the
 * caller skips those. It has no state; every method is a pure function of the line.
 */
public final class SpeakerLabels {

    /** Indentation, then an optional list bullet ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) and checkbox. */
    private static final Pattern LINE_LEAD = Pattern.compile(
            "^\\s*(?<bullet>(?:[-*+]|\\d{1,3}[.)])\\s+)?(?:\\[[ xX]]\\s+)?");
    /** An ATX heading's opening hashes. */
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+");
    /** A table row: labels never sit in table cells. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|");
    /** A remark between a label and its colon: {@code (chat)}, {@code <chat>}, {@code [on queue]}, {@code (in response to MM)}. */
    private static final Pattern TRAILING_REMARK = Pattern.compile(
            "\\s*(?:\\([^()]{1,60}\\)|<[^<>]{1,30}>|\\[[^\\[\\]]{1,30}])\\s*$");
    /** What joins the people of one label: {@code AJ/RD}, {@code RD, SK}, {@code BT & DB}, {@code MH+JF}, {@code Josh and Niko}. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[/,&+]\\s*|\\s+and\\s+");
    /** What separates a name from its text in "Name - text" items and in {@code [Riaan] - text}. */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("^\\s*(?:->|=>|→|--|[-–—])\\s*");
    /** "Name, text" or "Name - text" in a list item: up to three words, then the comma or the dash. */
    private static final Pattern LIST_ITEM_NAME = Pattern.compile(
            "^(?<who>[\\p{L}][\\p{L}'’.-]*(?: [\\p{L}][\\p{L}'’.-]*){0,2})"
                    + "(?<remark>\\s*\\([^()]{1,40}\\))?(?:(?<comma>,)|\\s+(?:->|=>|→|--|[-–—]))\\s+(?<said>\\S.*)$");
    /** A capitalised word of a name: {@code Michael}, {@code McCabe}, {@code O'Brien}, {@code Shu-yu}, {@code Michaël}. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*");
    /** A surname or middle name written as its initial: {@code Ben T}, {@code Michael F.}. */
    private static final Pattern INITIAL_LETTER = Pattern.compile("\\p{Lu}\\.?");
    /** Lower-case words inside names: {@code Antoine du Hamel}, {@code Emiel van Severen}. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "van", "von", "de", "du", "da", "der", "den", "di", "del", "della", "la", "le", "bin", "al", "dos", "das",
            "ter", "ten", "y");
    /** A handle: {@code cramertj}, {@code the8472}, {@code m-ou-se}, {@code @aduh95}; starts lower-case. */
    private static final Pattern HANDLE = Pattern.compile("\\p{Ll}[\\p{L}\\d_-]*[\\p{L}\\d]");
    /** An upper-case word of three or four letters: initials in some notes (SYG, LPC), a word elsewhere (WASI). */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,4}");
    /** A word of a name written all lower-case: {@code tucker taft}. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}");
    /**
     * An issue or commit title's reference ({@code doc: add X [#123](...)}, {@code fix: y (#42)}): a lower-case word
     * before the colon of such a line is a subsystem or commit type, not a handle. Agenda tools write these links;
     * people taking notes of speech rarely do.
     */
    private static final Pattern ISSUE_REFERENCE = Pattern.compile(
            "\\[#?\\d+]\\([^)\\s]*\\)|\\(#\\d+\\)\\s*\\.?\\s*$|(?:^|\\s)#\\d+\\s*\\.?\\s*$");
    /** A link destination alone after {@code [label]:}: a Markdown link reference definition, not speech. */
    private static final Pattern LINK_DESTINATION = Pattern.compile(
            "^(?:<\\S+>|\\S*[/#.]\\S*)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?$");
    /** What follows a label in a vote tally, not speech: {@code SF: 9}, {@code Yes: 12}. */
    private static final Pattern TALLY = Pattern.compile("^\\d+$");
    /**
     * Endings of English derived words ({@code exception}, {@code reflexive}, {@code portability}): a lower-case
     * word ending so is more likely a word than a handle, so it is a weak label.
     */
    private static final Pattern ENGLISH_WORD_ENDING = Pattern.compile(
            "\\p{Ll}{2,}(?:tions?|sions?|ity|ities|ives?|ness|ments?|ings?|able|ible|isms?|ences?|ances?|ous|ures?)");
    /**
     * Text of capitalised words only after "Name," in a list item: the item enumerates names or terms
     * ({@code Ahn, Heejin}, {@code Alex, Cristi, Cezar}) rather than reporting what someone said.
     */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("^\\p{Lu}\\S*(?:[\\s,]+\\p{Lu}\\S*)*[.,]?$");
    /** A speech label has at most four words; more is a sentence ending in a colon. */
    private static final int MAX_LABEL_WORDS = 4;
    /** How far into a line its label's colon may be: four words and a remark. */
    private static final int MAX_LABEL_CHARS = 120;

    /**
     * Words that stand before a colon or comma in notes without naming anyone, compared lower-case. Built from the
     * words that most often stand there in four communities' notes (WebAssembly, Node.js TSC, Rust lang team,
     * Unikraft), kept to general English and meeting-note vocabulary so that it serves communities not yet seen;
     * topic words of one community ({@code Wasm}, {@code Streams}) are left out on purpose and come back as weak
     * labels for the resolver to drop. Words that are also common first names (Will, Mark, May, Rich) are left out.
     */
    static final Set<String> NOT_NAMES = words(
            // What a meeting note labels: sections, items, outcomes, logistics, roles.
            """
            note notes nb update updates action actions ai poll polls vote votes voted voting motion proposal
            proposals proposed consensus decision decisions decided conclusion conclusions resolved resolution
            summary recap tldr question questions q a answer answers ans reply response comment comments todo
            fixme agenda result results outcome outcomes status example examples link links slide slides issue
            issues pr prs edit context background problem problems goal goals non-goal non-goals step steps
            owner owners champion champions date dates time times datetime when where location room venue
            recording recordings video audio livestream present attendees attendance attending participants
            participant team teams members member others scribe scribes note-taker notetaker notetakers minutes
            meeting meetings pros pro cons con re fyi psa aob misc bonus aside also topic topics
            presenter presenters presentation presentations speaker speakers overview reminder reminders plan
            plans option options discussion discussions discuss discussed announcement announcements host hosts
            contact email name names title tags chat call phone calendar invite tracking relevant related previous
            original followup follow-up concern concerns observation observations suggestion suggestions idea
            ideas request requests feedback review approved approval progress news risk risks impact motivation
            rationale alternative alternatives requirement requirements scope timeline deadline milestone
            milestones agreement agreed agree disagree objection objections dissent neutral abstain favor favour
            against interested opening welcome introduction intro logistics correction clarification details
            specifics purpose challenge challenges advantage advantages disadvantage disadvantages benefit
            benefits downside downsides upside tradeoff tradeoffs analogy argument arguments explanation
            recommendation precedent implication implications expectation expectations input inputs output
            outputs resources task tasks done completed closed skipped skip stalled deferred defer landed merged
            merge close postpone blocked blocker blockers pending ongoing wip tbd tba chair chairs moderator
            facilitator timekeeper apologies regrets absent guest guests observers invited liaison mentors mentees
            author authors bikeshed brainstorm pitch teaser demo appendix theme interaction limitation
            dependency dependencies initiative triage board governance charter lang libs attendee everyone
            everybody someone somebody nobody anyone all various co group groups wifi lunch dinner breakfast
            restaurants hotel parking transit directions prerequisites schedule
            """,
            // General English that opens a sentence before a comma or colon: pronouns, conjunctions, adverbs, days.
            """
            i we you he she they it this that these those there here so and but or if then else yes no ok okay
            well now today tomorrow yesterday tonight currently overall basically generally otherwise still again
            first second third finally last next later soon maybe perhaps probably actually thanks thank sure
            right true false why what how who which one two three some any many most more less both each every
            none nothing something anything everything please however additionally unfortunately fortunately
            meanwhile instead similarly specifically ideally personally interestingly anecdotally previously
            indeed hence thus therefore regardless anyway because since although though while even just only not
            the an in on at of to for from with without by about after before during per via vs eg ie etc see ah oh
            hmm um important warning caution tip hint nit new old open public private general final future
            current latest other another multiple self same reason reasons point points conversation
            monday tuesday wednesday thursday friday saturday sunday january february march july september october
            november december
            """,
            // Software and project words that label code, commits and items: commit types, folders, acronyms.
            """
            api apis abi cli bug bugs fix fixes feat feature features chore refactor perf test tests testing build
            builds ci lib src deps tools release releases version versions spec specs code error errors type types
            default syntax usage performance benchmark benchmarks repo repository branch commit patch wiki website
            blog spreadsheet gist hackmd doc docs document documentation zoom github discord slack zulip hangouts
            google youtube url uri rfc faq mcp fcp lts eol cve ios macos
            """);

    /**
     * Two capitals that are abbreviations, not initials, before a colon: AI (action item), NB (nota bene). Two
     * capitals are not looked up in {@link #NOT_NAMES}, whose English words (AT, AS, SO) are also people's initials.
     */
    static final Set<String> ABBREVIATIONS = Set.of("AI", "NB");
    /** Two-capital words that the initials rule leaves out, the same as in SpeakerPrefixes. */
    private static final Set<String> TWO_CAPITAL_WORDS = Set.of("OK", "PR", "CI", "QA", "OS", "VM", "IO", "UI", "ID");

    private SpeakerLabels() {
    }

    /** The label starting this line of a note's body, if it has one. */
    public static Optional<SpeakerLabel> of(String line) {
        if (line == null || line.isBlank() || TABLE_ROW.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.lookingAt()) {
            // A heading is a question's title far more often than a speaker: "## Taylor: what about generics?"
            String title = line.substring(heading.end());
            return cut(title).flatMap(c -> label(c, true)).or(() -> dashed(title).flatMap(c -> label(c, true)));
        }
        Matcher lead = LINE_LEAD.matcher(line);
        lead.lookingAt();
        String body = line.substring(lead.end());
        Optional<SpeakerLabel> labelled = cut(body).flatMap(c -> label(c, false));
        if (labelled.isPresent() || lead.group("bullet") == null) {
            return labelled;
        }
        // Only list items carry "Name, text" and "Name - text"; in prose they are ordinary sentences.
        return listItem(body).flatMap(c -> label(c, true));
    }

    /**
     * A line split into the label's text (remark included) and what follows it; {@code tight} when a word follows
     * the colon with no space, as in {@code node:master} or {@code i18n:fs}.
     */
    private record Cut(String who, String said, Form form, boolean tight) {

        Cut(String who, String said, Form form) {
            this(who, said, form, false);
        }
    }

    /** How the label was marked, which decides what it may be. */
    private enum Form {
        /** Before a colon, plain or emphasised. */
        COLON,
        /** In brackets, before a colon or dash. */
        BRACKETS,
        /** Emphasised with no colon: only a full name ({@code **Luke Wagner** text}). */
        EMPHASIS_NO_COLON,
        /** Before a comma or dash in a list item. */
        LIST_ITEM
    }

    /** The kind of one person in a label, by its shape. */
    private enum Shape {
        INITIALS,
        HANDLE,
        FULL_NAME,
        /** One capitalised word ({@code Rod}, {@code Wasm}) or three capitals ({@code SYG}, {@code WASI}). */
        LONE_WORD,
        /** Lower-case words ({@code tucker taft}), which could as well be a phrase. */
        LOWER_CASE_NAME
    }

    private static Optional<Cut> cut(String body) {
        if (body.startsWith("**") || body.startsWith("__")) {
            return emphasised(body, body.substring(0, 2));
        }
        if ((body.startsWith("*") || body.startsWith("_")) && body.length() > 1
                && !Character.isWhitespace(body.charAt(1))) {
            return emphasised(body, body.substring(0, 1));
        }
        if (body.startsWith("[")) {
            return bracketed(body);
        }
        return colon(body, Form.COLON);
    }

    /** {@code **MR**: text}, {@code **Dan Gohman:** text}, {@code **Joel** (chat): text}, {@code **Luke Wagner** text}. */
    private static Optional<Cut> emphasised(String body, String delimiter) {
        int close = body.indexOf(delimiter, delimiter.length());
        if (close < 0) {
            return Optional.empty();
        }
        String inner = body.substring(delimiter.length(), close).strip();
        String rest = body.substring(close + delimiter.length());
        if (inner.endsWith(":")) {
            return Optional.of(new Cut(inner.substring(0, inner.length() - 1), rest.strip(), Form.COLON));
        }
        Optional<Cut> remarkThenColon = colon(rest, Form.COLON)
                .filter(c -> c.who().isBlank() || TRAILING_REMARK.matcher(c.who()).matches())
                .map(c -> new Cut(inner + " " + c.who().strip(), c.said(), Form.COLON));
        if (remarkThenColon.isPresent() || delimiter.length() == 1 || rest.isBlank()
                || !Character.isWhitespace(rest.charAt(0))) {
            return remarkThenColon;
        }
        return Optional.of(new Cut(inner, DASH_SEPARATOR.matcher(rest).replaceFirst("").strip(),
                Form.EMPHASIS_NO_COLON));
    }

    /** {@code [Riaan] - text}, {@code [Riaan]: text}; not a link {@code [text](url)} nor a link definition. */
    private static Optional<Cut> bracketed(String body) {
        int close = body.indexOf(']');
        if (body.startsWith("[^") || close < 0 || body.indexOf('[', 1) >= 0 && body.indexOf('[', 1) < close) {
            return Optional.empty();
        }
        String who = body.substring(1, close);
        String rest = body.substring(close + 1);
        if (rest.startsWith(":")) {
            String said = rest.substring(1).strip();
            return LINK_DESTINATION.matcher(said).matches()
                    ? Optional.empty()
                    : Optional.of(new Cut(who, said, Form.BRACKETS));
        }
        Matcher dash = DASH_SEPARATOR.matcher(rest);
        if (rest.startsWith(" ") && dash.lookingAt()) {
            return Optional.of(new Cut(who, rest.substring(dash.end()).strip(), Form.BRACKETS));
        }
        return Optional.empty();
    }

    /**
     * The text before the first colon that is not inside brackets, and the text after it; none when that colon
     * belongs to a URL ({@code https://}), a path ({@code a::b}) or code.
     */
    private static Optional<Cut> colon(String body, Form form) {
        int depth = 0;
        for (int i = 0; i < Math.min(body.length(), MAX_LABEL_CHARS); i++) {
            char c = body.charAt(i);
            switch (c) {
                case '(', '[', '<' -> depth++;
                case ')', ']', '>' -> depth = Math.max(0, depth - 1);
                case '`' -> {
                    return Optional.empty();
                }
                case ':' -> {
                    if (depth > 0) {
                        continue;
                    }
                    String after = body.substring(i + 1);
                    if (after.startsWith("/") || after.startsWith(":")) {
                        return Optional.empty();
                    }
                    boolean tight = !after.isEmpty() && Character.isLetterOrDigit(after.charAt(0));
                    return Optional.of(new Cut(body.substring(0, i), after.strip(), form, tight));
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** A heading's {@code Mark - Q: why ...}. */
    private static Optional<Cut> dashed(String title) {
        Matcher m = LIST_ITEM_NAME.matcher(title);
        return m.matches() && m.group("comma") == null
                ? Optional.of(new Cut(m.group("who"), m.group("said").strip(), Form.LIST_ITEM))
                : Optional.empty();
    }

    /** {@code Michael, is it SemVer major?}, {@code Michael Dawson - update on ...}, {@code Gireesh -> if we ...}. */
    private static Optional<Cut> listItem(String body) {
        Matcher m = LIST_ITEM_NAME.matcher(body);
        if (!m.matches()) {
            return Optional.empty();
        }
        String remark = m.group("remark") == null ? "" : m.group("remark");
        return Optional.of(new Cut(m.group("who") + remark, m.group("said").strip(), Form.LIST_ITEM));
    }

    /** The label a cut line carries, if its text before the separator names people. */
    private static Optional<SpeakerLabel> label(Cut cut, boolean weakConvention) {
        String who = TRAILING_REMARK.matcher(cut.who()).replaceFirst("").strip();
        if (who.isEmpty() || who.split("\\s+").length > MAX_LABEL_WORDS) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (String part : PART_SEPARATOR.split(who, -1)) {
            String person = part.startsWith("@") ? part.substring(1) : part;
            Optional<Shape> shape = shape(person);
            if (shape.isEmpty()) {
                return Optional.empty();
            }
            parts.add(person);
            shapes.add(shape.get());
        }
        if (cut.form() == Form.EMPHASIS_NO_COLON && !shapes.stream().allMatch(s -> s == Shape.FULL_NAME)) {
            return Optional.empty();
        }
        if (cut.form() == Form.LIST_ITEM && (CAPITALISED_WORDS.matcher(cut.said()).matches()
                || shapes.stream().anyMatch(s -> s == Shape.HANDLE || s == Shape.LOWER_CASE_NAME))) {
            // Lower-case words before a comma or dash open ordinary sentences ("so, ...", "also - ...").
            return Optional.empty();
        }
        Kind kind = shapes.stream().allMatch(s -> s == Shape.INITIALS) ? Kind.INITIALS : Kind.NAME;
        if (TALLY.matcher(cut.said()).matches() || cut.tight() && kind != Kind.INITIALS) {
            // "SF: 9" counts votes; "node:master" names a branch. Hurried notes do write "CW:text", so initials stay.
            return Optional.empty();
        }
        boolean loneWord = parts.size() == 1 && (shapes.get(0) == Shape.HANDLE || shapes.get(0) == Shape.LONE_WORD);
        if (loneWord && ISSUE_REFERENCE.matcher(cut.said()).find()) {
            return Optional.empty();
        }
        boolean ambiguous = true;
        for (int i = 0; i < parts.size(); i++) {
            ambiguous &= couldBeWord(parts.get(i), shapes.get(i));
        }
        boolean weak = weakConvention || ambiguous;
        // As written, a remark included ("DS (chat)", "BB (Neutral)"): it is part of what the note wrote.
        String raw = cut.who().strip().replace("@", "");
        return Optional.of(new SpeakerLabel(raw, kind, parts, weak, cut.said()));
    }

    /**
     * Whether a person of a label could as well be an ordinary word: one capitalised word ({@code Rod},
     * {@code Wasm}), lower-case words ({@code tucker taft}), or a handle shaped like an English derived word
     * ({@code exception}). Initials, full names and other handles ({@code cramertj}) are not words.
     */
    private static boolean couldBeWord(String person, Shape shape) {
        return switch (shape) {
            case LONE_WORD, LOWER_CASE_NAME -> true;
            case HANDLE -> ENGLISH_WORD_ENDING.matcher(person).matches();
            case INITIALS, FULL_NAME -> false;
        };
    }

    /** What one person of a label looks like, or empty when it cannot be a person's label. */
    private static Optional<Shape> shape(String person) {
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String[] words = person.split("\\s+");
        if (words.length == 1) {
            return word(person);
        }
        if (Arrays.stream(words).anyMatch(w -> NOT_NAMES.contains(lower(w)))) {
            return Optional.empty();
        }
        if (words.length <= 3 && Arrays.stream(words).allMatch(w -> LOWER_WORD.matcher(w).matches())) {
            return Optional.of(Shape.LOWER_CASE_NAME);
        }
        if (!NAME_WORD.matcher(words[0]).matches() || !hasLowerCase(words[0])) {
            return Optional.empty();
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean nameWord = NAME_WORD.matcher(w).matches() && hasLowerCase(w);
            boolean particle = i < words.length - 1 && NAME_PARTICLES.contains(w);
            if (!nameWord && !particle && !INITIAL_LETTER.matcher(w).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(Shape.FULL_NAME);
    }

    /** A one-word person: initials, a handle, a first name or a capitalised word. */
    private static Optional<Shape> word(String word) {
        if (isInitials(word)) {
            // Mixed-case "initials" can be words too (PRs, iOS); two capitals are words only as abbreviations.
            boolean notSpeaker = ABBREVIATIONS.contains(word) || word.length() > 2 && NOT_NAMES.contains(lower(word));
            return notSpeaker ? Optional.empty() : Optional.of(Shape.INITIALS);
        }
        if (NOT_NAMES.contains(lower(word))) {
            return Optional.empty();
        }
        if (HANDLE.matcher(word).matches()) {
            return Optional.of(Shape.HANDLE);
        }
        if (NAME_WORD.matcher(word).matches() && hasLowerCase(word) || CAPITALS.matcher(word).matches()) {
            return Optional.of(Shape.LONE_WORD);
        }
        return Optional.empty();
    }

    /**
     * Initials, by the same rule as {@code io.minutegraph.people.SpeakerPrefixes.isInitials}: two capitals (RD, SK;
     * not TODO, SMP or ARM, which are words), or 3 to 5 letters mixing cases with at least two capitals (SjK, MdS,
     * MSch, ATtr). {@link #ABBREVIATIONS} are left out by the caller, not here, to keep the rule the same.
     */
    static boolean isInitials(String word) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        if (capitals == word.length()) {
            return word.length() == 2 && !TWO_CAPITAL_WORDS.contains(word);
        }
        return word.length() >= 3 && word.length() <= 5 && capitals >= 2;
    }

    private static boolean hasLowerCase(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String... lists) {
        return Arrays.stream(lists)
                .flatMap(list -> Arrays.stream(list.strip().split("\\s+")))
                .collect(Collectors.toUnmodifiableSet());
    }
}
