package io.minutegraph.annotate;

import io.minutegraph.graph.Keys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads who attended a meeting from the body of a note: the attendee lists its writers keep, in every convention the
 * communities we know use, so that a note with no front matter still says who came.
 *
 * <p>A list starts at a heading ({@code ### Attendees}, {@code ## Present}, {@code ### Introduction of attendees})
 * or a label ({@code Attendees:}, {@code **Present**}, {@code * Attending:}) and holds bullets, bare lines, comma
 * lists, sub-labels ({@code * Team members: nikomatsakis, Josh}) and tables. It ends at the next heading, at the line
 * that starts the discussion, or after a blank line followed by something that is not an entry. Apologies, regrets
 * and absentees, role lines ({@code Note-taker: Felix}) and placeholders ({@code TBD}) name nobody present.
 *
 * <p>Notes are written by hand, so the reader decides a few things per list rather than per line: whether entries
 * are written {@code Last, First} (most of the list is {@code Ahn, Heejin}), and whether what follows a name's comma
 * is an affiliation ({@code Adam Foltzer, Fastly}) or more people ({@code Yury Delendik, Luke Imhoff}). Being wrong
 * costs more than missing someone, so a line that reads like a sentence is never taken for a name.
 */
public final class AttendeeLists {

    // ---- Markdown structure

    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-{2,})[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    /** A bullet or numbered item: its indentation and its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(?:[-*+•]|\\d{1,3}[.)])(?:[ \\t]+(.*))?$");
    /** A task-list box before an item's text: "[x] Ana" checked in, "[ ] Bob" not. */
    private static final Pattern TASK_BOX = Pattern.compile("^\\[([ xX✓✔])]\\s+");
    private static final Pattern INLINE_COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern TABLE_DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    // ---- labels

    /** What a list of the people present is called, as the last words of a label. */
    private static final String ATTENDEE_NOUNS = "attendees?|attendance|attending|attendants?|participants?"
            + "|participating|present|roll[- ]?call|who'?s here|who is here|who'?s attending|who attended"
            + "|sign[- ]?in(?: sheet)?";
    /** Words before the noun that turn it into its opposite: "Not present", "Non-attendees". */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|non|no|absent|missing|unable|excused)\\b");
    /** Sub-lists of people who were not there. */
    private static final Pattern ABSENCE_LABEL = Pattern.compile("(?i)\\b(?:apolog\\w*|regrets?|absent\\w*|absence"
            + "|excused|missing|not (?:present|attending|here|in attendance)|non-?attend\\w*"
            + "|unable to (?:attend|join|make it)|(?:can'?t|cannot|could(?:n'?t| not)) (?:attend|join|make it))\\b");
    /** Lines that give someone a job in the meeting rather than listing them: "Action item scribe: simulacrum". */
    private static final Pattern ROLE_LABEL = Pattern.compile("(?i)\\b(?:scribes?|note[- ]?takers?|notes? by"
            + "|taking notes|minutes? (?:taker|by)|facilitators?|facilitated by|chairs?|co-?chairs?|chairperson"
            + "|hosts?|hosted by|moderators?|moderated by|time-?keepers?|time keepers?|presenters?|speakers?"
            + "|secretary|recorder|driver|organi[sz]ers?)\\b");
    /** Labels that start something other than a group of people: the list is over. */
    private static final Pattern OTHER_LABEL = Pattern.compile("(?i)\\b(?:agenda|notes|minutes|discussion|topics?"
            + "|action items?|actions|decisions?|summary|links?|date|time|when|where|location|venue|place"
            + "|zoom|call|meeting|recording|video|slides|next|previous|issues?|prs?)\\b");

    // ---- what an entry holds besides a name

    /** A link or an image: "!" for an image, the text, the address. */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("(!?)\\[([^\\[\\]]*)]\\(([^()\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern BARE_URL = Pattern.compile("<?\\b(?:https?://|www\\.)[^\\s<>()]+>?");
    private static final Pattern GITHUB_PROFILE = Pattern.compile(
            "(?i)^<?(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?>?$");
    private static final Pattern EMAIL = Pattern.compile("<?(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?");
    /** A remark in parentheses or brackets, innermost first. */
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)]");
    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\w@])@([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))");
    /** "(github @hoodmane)", "(gh: hoodmane)", "(@hoodmane)", "(`adminy`)". */
    private static final Pattern LOGIN_ASIDE = Pattern.compile(
            "(?i)^(?:(?:github|gh)(?: handle| login)?\\s*:?\\s*@?|@|`)([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))`?$");
    /** A handle no English remark looks like: a digit, an underscore or an inner capital ("nbdd0121", "MoLow"). */
    private static final Pattern HANDLE_ASIDE = Pattern.compile(
            "^(?=[A-Za-z0-9_-]*(?:\\d|_|\\p{Ll}\\p{Lu}))[A-Za-z0-9][A-Za-z0-9_-]{0,38}$");
    /** Initials a note gives in parentheses or a column: "RT", "DG2", "RdS". */
    private static final Pattern INITIALS =
            Pattern.compile("^(?=(?:\\p{Ll}*\\p{Lu}){2})[\\p{Lu}\\p{Ll}]{2,5}\\d{0,2}$");
    /** Where a remark after the name starts: "- Guest from OSTIF", "| Mozilla", "– joined late", ": Google". */
    private static final Pattern REMARK_SEPARATOR =
            Pattern.compile("\\s+[-–—|/]\\s+|\\s+[–—]|\\s*\\||\\s*:\\s");
    private static final Pattern EMOJI_SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
    /** Markdown emphasis and code marks; an underscore inside a word ("foo_bar") is part of it. */
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*\\*|__|~~|`|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])|\\*");
    private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[\\s*_~`]+");
    /** Punctuation left around a name once its remarks are gone; a final dot may be an initial's. */
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\s,;:.!?'\"“”‘’\\-–—/]+|[\\s,;:!?'\"“”‘’\\-–—/]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u2060\\ufeff]");
    /** What a name may be made of: letters in any script, marks, apostrophes, hyphens, initials' dots. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’.\\-_/]+");
    /** A surname after an elided particle: "d’Antras", "l'Huillier". */
    private static final Pattern ELIDED_PARTICLE = Pattern.compile("^(?:d|l|dall|dell|degli)['’]\\p{Lu}.*");
    /** A nickname in quotes inside a name: Nick "fitzgen" Fitzgerald, Michał “phoe” Herda. */
    private static final Pattern QUOTED_NICKNAME =
            Pattern.compile("\\s[\"“”'‘’][^\\s\"“”]+[\"“”'‘’](?=\\s)");
    private static final Pattern INITIAL_WITH_DOT = Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}\\p{Ll}\\.");
    /** Within one token, a dot between letters: a domain or a file, not a name ("Tweag.io"). */
    private static final Pattern DOTTED_WORD = Pattern.compile("\\p{L}\\.\\p{L}{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.?!]\\s*$");
    private static final Pattern DATE_LIKE = Pattern.compile("(?i)\\d{1,4}[-/.]\\d{1,2}|\\b(?:jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    /** An entry that stands for nobody yet: the list goes on after it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^[\\W_]*(?:tbd|tba|todo|to do|to fill|fixme|n/?a"
            + "|none|nobody|no one|\\.\\.\\.|…|\\?+|(?:please )?add (?:your|yourself|names?|here)\\b.*"
            + "|(?:your )?names? here|your name|name)[\\W_]*$");

    /** No entry is longer, remarks included: a longer line is prose, and reading it as a name would cost. */
    private static final int MAX_ENTRY = 400;

    /** Surname particles, written lower-case inside a name: "Antoine du Hamel", "Wouter van Oortmerssen". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "dei",
            "di", "da", "das", "dos", "do", "du", "des", "la", "le", "les", "ten", "ter", "bin", "ibn", "al", "el", "y",
            "zu", "af", "av", "st", "e", "'t");
    /** Words that make a sentence of whatever holds them, in any case ("Opening Of The Meeting"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "for", "with", "from", "at",
            "by", "is", "are", "was", "were", "we", "our", "this", "that", "about", "please", "meeting", "agenda",
            "notes", "minutes", "discussion", "update", "updates");
    /** Words that make a sentence of whatever holds them when written lower-case ("Can", "Will" are names). */
    private static final Set<String> LOWER_CASE_STOP_WORDS = Set.of("a", "an", "or", "on", "in", "be", "been", "will",
            "would", "can", "could", "should", "you", "he", "she", "they", "it", "its", "these", "those", "my", "your",
            "their", "not", "no", "yes", "all", "some", "any", "as", "if", "so", "but", "add", "here", "also", "has",
            "have", "had", "do", "does", "did", "who", "what", "when", "where", "why", "how", "there", "then", "than",
            "into", "via", "per", "i", "me", "us", "late", "early", "joined", "left");
    /** A whole entry that is a word, not a person. */
    private static final Set<String> NOT_NAMES = Set.of("tbd", "tba", "todo", "n/a", "na", "none", "nobody", "noone",
            "everyone", "everybody", "all", "yes", "no", "ok", "okay", "sure", "thanks", "thank you", "agreed", "right",
            "correct", "done", "unknown", "name", "names", "etc", "agenda", "notes", "minutes", "discussion", "summary",
            "attendees", "attendance", "participants", "present", "absent", "regrets", "apologies", "others", "other",
            "guests", "team", "members", "chair", "scribe", "facilitator", "host", "recording", "slides", "link",
            "links", "video", "remote", "online", "in-person", "in person", "observers", "invited");
    /** Words that mark what follows a name's comma as an organisation, not a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("inc", "ltd", "llc", "gmbh", "corp", "corporation",
            "co", "company", "university", "univ", "foundation", "labs", "lab", "technologies", "tech", "software",
            "systems", "institute", "group", "limited", "sa", "ag", "bv", "srl", "org", "self", "independent",
            "individual", "freelance", "consultant", "research", "college", "school");
    /** Words that name a group of the people present: "TSC", "Observers", "In-person", "Release Work Group". */
    private static final Set<String> GROUP_WORDS = Set.of("members", "member", "team", "teams", "observers",
            "observer", "guests", "guest", "visitors", "invited", "invitees", "others", "other", "staff", "board",
            "in-person", "in person", "remote", "online", "virtual", "on-site", "onsite", "local", "voting", "regular",
            "emeritus", "collaborators", "maintainers", "contributors", "group", "wg", "committee", "liaisons",
            "also");
    private static final Set<String> NAME_HEADERS = Set.of("name", "names", "full name", "attendee", "attendees",
            "attendee name", "who", "person", "people", "participant", "participants", "member", "members");
    private static final Set<String> INITIALS_HEADERS = Set.of("abbreviation", "abbr", "abbrev", "initials", "init",
            "id", "short", "short name", "key", "code");
    private static final Set<String> LOGIN_HEADERS = Set.of("github", "gh", "github handle", "github login",
            "github username", "github id", "handle", "login", "username", "user");
    private static final Set<String> CHECK_HEADERS = Set.of("", "present", "attended", "attending", "attendance",
            "here", "joined", "checked in", "check-in", "check in", "in attendance", "roll call", "✓", "✔", "x", "?",
            "yes");
    private static final Set<String> CHECKED = Set.of("x", "✓", "✔", "✔️", "✅", "☑", "☑️", "yes", "y", "present",
            "attended", "here", "1", "true", "+1");
    private static final Set<String> UNCHECKED = Set.of("", "❌", "✗", "✘", "❎", "no", "n", "absent", "-", "–", "0",
            "false");
    /** A mark or remark on an entry's line that says the person did not come: "❌ Dan", "Bob (absent)". */
    private static final Pattern ABSENT_MARK = Pattern.compile("[❌✗✘❎]|(?i)(?:\\(|\\s[-–—|:]\\s*)(?:absent"
            + "|regrets|apologies|excused|not present|did not attend|didn'?t attend|could(?:n'?t| not) attend)"
            + "\\)?\\s*$");
    /** A line break written as HTML, as exports from online editors do: it separates names like a comma. */
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    /** A title before a name: "Dr. Carol Dinu" is Carol Dinu. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:dr|prof|mr|mrs|ms|mx|sir)\\.?\\s+)+",
            Pattern.CASE_INSENSITIVE);

    /** The built-in label words alone, for notes of a community whose settings add none. */
    private static final Vocabulary BUILT_IN = new Vocabulary(Set.of());

    private AttendeeLists() {
    }

    /** Whether a heading's text, or a label before a colon, names an attendee list. */
    public static boolean namesAttendees(String label) {
        return BUILT_IN.namesAttendees(label);
    }

    /**
     * The entries of every attendee list within lines firstLine..lastLine (1-based, inclusive) of a note.
     *
     * @param lines       the note's lines (line n is lines.get(n - 1)); Markdown escapes are already undone
     * @param extraLabels further label words a community's settings add (lower-case), may be empty
     */
    public static List<AttendeeEntry> read(List<String> lines, int firstLine, int lastLine, Set<String> extraLabels) {
        int first = Math.max(1, firstLine);
        int last = Math.min(lines.size(), lastLine);
        if (first > last) {
            return List.of();
        }
        Vocabulary vocabulary = extraLabels == null || extraLabels.isEmpty() ? BUILT_IN : new Vocabulary(extraLabels);
        Note note = new Note(lines, first, last, vocabulary);
        List<AttendeeEntry> found = new ArrayList<>();
        int n = first;
        while (n <= last) {
            Start start = note.kind(n) == LineKind.TEXT ? note.startAt(n) : null;
            if (start == null) {
                n++;
                continue;
            }
            Section section = new SectionReader(note, start).read();
            found.addAll(section.entries());
            n = Math.max(n + 1, section.end());
        }
        return List.copyOf(found);
    }

    // ---- the vocabulary of labels

    /**
     * The label words: the built-in ones and those a community's settings add; with a quick test that lets most lines
     * of a note go without the full one.
     */
    private record Vocabulary(Pattern attendeeLabel, List<String> stems) {

        Vocabulary(Set<String> extra) {
            this(Pattern.compile("^(?:(?<prefix>[\\p{L}\\p{N}'&,-]+(?: [\\p{L}\\p{N}'&,-]+){0,3}) )?(?:"
                    + ATTENDEE_NOUNS + alternatives(extra) + ")(?: list)?$"),
                    Stream.concat(Stream.of("attend", "particip", "present", "roll", "who", "sign"),
                            extra.stream().filter(w -> !w.isBlank()).map(w -> w.strip().toLowerCase(Locale.ROOT)))
                            .toList());
        }

        private static String alternatives(Set<String> words) {
            return words.stream().filter(w -> !w.isBlank())
                    .map(w -> "|" + Pattern.quote(w.strip().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining());
        }

        /** Whether a line holds a word a label could be made of: few lines do. */
        boolean mayName(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String stem : stems) {
                if (lower.contains(stem)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Attendees", "Introduction of attendees", "Opening, welcome and roll call", "Members present",
         * "Attendees (please add yourself)": the noun comes last, after at most a few words, before any remark.
         * "Present and discuss X" and "Participants agreed that ..." go on after the noun, "Not present" negates it.
         */
        boolean namesAttendees(String label) {
            if (label == null) {
                return false;
            }
            String core = labelCore(label);
            Matcher m = attendeeLabel.matcher(core);
            if (!m.matches()) {
                return false;
            }
            String prefix = m.group("prefix");
            return prefix == null || !NEGATION.matcher(prefix).find();
        }
    }

    /** A label as compared with the vocabulary: lower-case, no markup or emoji, its trailing remark cut. */
    private static String labelCore(String label) {
        String s = EMOJI_SHORTCODE.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = EMPHASIS.matcher(s).replaceAll("").replace('’', '\'').replace("#", " ");
        s = withoutSymbols(s);
        int cut = s.length();
        for (String remark : new String[] {"(", "[", ":", " - ", " – ", " — ", "|", " / "}) {
            int at = s.indexOf(remark);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        s = s.substring(0, cut).replaceAll("[^\\p{L}\\p{N}'&, -]", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.replaceAll("^[ ,&-]+|[ ,&-]+$", "");
    }

    /** A label and what follows its colon: "Team members: a, b", "**Present**:", "Apologies from:". */
    private record Label(String name, String rest) {

        /** The label an item's text starts with, or null: the colon must end a short phrase outside any bracket. */
        static Label of(String text) {
            int depth = 0;
            for (int i = 0; i < text.length() && i <= 80; i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[' || c == '<') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '>') && depth > 0) {
                    depth--;
                } else if (c == ':' && depth == 0) {
                    boolean ends = i + 1 == text.length() || " \t*_".indexOf(text.charAt(i + 1)) >= 0;
                    if (!ends) {
                        return null;
                    }
                    String name = SPACES.matcher(EMPHASIS.matcher(text.substring(0, i)).replaceAll("")).replaceAll(" ")
                            .strip();
                    if (name.isEmpty() || name.contains("http") || name.split(" ").length > 6) {
                        return null;
                    }
                    return new Label(name, LEADING_EMPHASIS.matcher(text.substring(i + 1)).replaceFirst("").strip());
                }
            }
            return null;
        }
    }

    // ---- the note's lines

    private enum LineKind { TEXT, CODE, COMMENT }

    /** A bullet or numbered item, or a bare line: which of them, how far it is indented, and its text. */
    private record Item(boolean bullet, boolean numbered, int indent, String text) {

        static Item of(String line) {
            Matcher m = LIST_ITEM.matcher(line);
            if (m.matches()) {
                return new Item(true, Character.isDigit(line.strip().charAt(0)), indent(m.group(1)),
                        m.group(2) == null ? "" : m.group(2).strip());
            }
            return new Item(false, false, indent(line), line.strip());
        }

        private static int indent(String s) {
            int width = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    width++;
                } else if (c == '\t') {
                    width += 4;
                } else {
                    break;
                }
            }
            return width;
        }
    }

    /** A heading: its level (1-6), its text, and the line after it. */
    private record Heading(int level, String text, int contentLine) {
    }

    /**
     * Where a list starts: the label's line, the first line of entries, the heading's level (0 for a label line),
     * the label's bullet and indentation, whether a colon ended it, and entries on the label's own line.
     */
    private record Start(int line, int contentLine, int level, boolean bullet, int indent, boolean colon,
                         String inline) {
    }

    /** A note's lines in the range read, with code blocks and HTML comments marked so that nothing in them counts. */
    private static final class Note {

        private final int last;
        private final Vocabulary vocabulary;
        private final LineKind[] kinds;
        /** Each line as a reader sees it: comments taken out, nothing of a code block, no-break spaces as spaces. */
        private final String[] visible;

        Note(List<String> lines, int first, int last, Vocabulary vocabulary) {
            this.last = last;
            this.vocabulary = vocabulary;
            this.kinds = new LineKind[last + 2];
            this.visible = new String[last + 2];
            String fence = null;
            boolean comment = false;
            for (int n = first; n <= last; n++) {
                String line = lines.get(n - 1);
                LineKind kind = LineKind.TEXT;
                if (fence != null) {
                    kind = LineKind.CODE;
                    if (line.strip().startsWith(fence)) {
                        fence = null;
                    }
                } else if (comment) {
                    kind = LineKind.COMMENT;
                    comment = !line.contains("-->");
                } else if (line.contains("```") || line.contains("~~~") || line.contains("<!--")) {
                    Matcher f = FENCE.matcher(line);
                    if (f.find()) {
                        fence = f.group(1);
                        kind = LineKind.CODE;
                    } else {
                        String open = INLINE_COMMENT.matcher(line).replaceAll("");
                        int at = open.indexOf("<!--");
                        if (at >= 0) {
                            comment = true;
                            kind = open.substring(0, at).isBlank() ? LineKind.COMMENT : LineKind.TEXT;
                        }
                    }
                }
                kinds[n] = kind;
                visible[n] = kind == LineKind.TEXT ? seen(line) : "";
            }
        }

        private static String seen(String line) {
            if (line.contains("<!--")) {
                line = INLINE_COMMENT.matcher(line).replaceAll("");
                int open = line.indexOf("<!--");
                line = open >= 0 ? line.substring(0, open) : line;
            }
            return INVISIBLE.matcher(line.replace('\u00a0', ' ')).replaceAll(""); // a line of one NBSP is blank
        }

        LineKind kind(int n) {
            return n > last || kinds[n] == null ? LineKind.CODE : kinds[n];
        }

        String visible(int n) {
            return n > last || visible[n] == null ? "" : visible[n];
        }

        /** The heading at line n (ATX, or setext underlined by the next line), or null. */
        Heading heading(int n) {
            String line = visible(n);
            Matcher h = ATX_HEADING.matcher(line);
            if (h.matches()) {
                return new Heading(h.group(1).length(), h.group(2) == null ? "" : h.group(2), n + 1);
            }
            if (n < last && !line.isBlank() && !LIST_ITEM.matcher(line).matches() && !line.strip().startsWith("|")
                    && kind(n + 1) == LineKind.TEXT && SETEXT_UNDERLINE.matcher(visible(n + 1)).matches()) {
                return new Heading(visible(n + 1).strip().startsWith("=") ? 1 : 2, line.strip(), n + 2);
            }
            return null;
        }

        /** The attendee list that starts at line n, or null. */
        Start startAt(int n) {
            String line = visible(n);
            if (line.isBlank() || !vocabulary.mayName(line)) {
                return null;
            }
            Heading heading = heading(n);
            if (heading != null) {
                Label label = Label.of(heading.text());
                if (label != null && vocabulary.namesAttendees(label.name())) {
                    return new Start(n, heading.contentLine(), heading.level(), false, -1, true, label.rest());
                }
                return vocabulary.namesAttendees(heading.text())
                        ? new Start(n, heading.contentLine(), heading.level(), false, -1, false, "") : null;
            }
            Item item = Item.of(line);
            Label label = Label.of(item.text());
            if (label != null) {
                return vocabulary.namesAttendees(label.name())
                        ? new Start(n, n + 1, 0, item.bullet(), item.indent(), true, label.rest()) : null;
            }
            if (!item.text().isEmpty() && item.text().split("\\s+").length <= 6
                    && vocabulary.namesAttendees(item.text())) {
                return new Start(n, n + 1, 0, item.bullet(), item.indent(), false, "");
            }
            return null;
        }
    }

    // ---- reading one list

    private enum Form {
        /** A list item or bare line: one person, or several in a comma list, decided with the whole list. */
        LINE,
        /** One name of a labelled comma list ("Others: mark, dtolnay"). */
        PART,
        /** A table row's name cell, with the initials and login its other columns give. */
        CELL
    }

    /** An entry as found, before the list is read whole; lenient when its place vouches for lower-case words. */
    private record Candidate(int line, String raw, Form form, String initials, String login, boolean lenient) {
    }

    private record Section(List<AttendeeEntry> entries, int end) {
    }

    /** One list, read line by line from its start until something that is not part of it. */
    private static final class SectionReader {

        private final Note note;
        private final Start start;
        private final List<Candidate> found = new ArrayList<>();
        /** Inside an "Apologies:" sub-list; for a bullet label, only its deeper items. */
        private boolean absent;
        private int absentIndent = -1;
        /** Lines deeper than this belong to something skipped: a role line, a remark under an entry. */
        private int skipDeeperThan = -1;
        private int lastEntryIndent = -1;
        /** Whether the last line read that was not blank was an entry. */
        private boolean previousWasEntry;
        /** The level of the headings that divide the list into groups ("### TSC", "### V8"), once there is one. */
        private int groupLevel = -1;
        /** The list's first entry line: a blank line and then an item of another kind starts another list. */
        private Item firstEntry;

        SectionReader(Note note, Start start) {
            this.note = note;
            this.start = start;
        }

        Section read() {
            if (!start.inline().isBlank()) {
                List<Candidate> inline = labelledList(start.line(), start.inline());
                if (inline == null) {
                    return new Section(List.of(), start.line() + 1); // "Present: slides by X": not a list
                }
                found.addAll(inline);
            }
            int n = start.contentLine();
            boolean blankBefore = false;
            boolean childrenOnly = start.bullet();
            while (n <= note.last) {
                if (note.kind(n) == LineKind.CODE) {
                    break;
                }
                String line = note.visible(n);
                if (line.isBlank()) {
                    blankBefore = true;
                    n++;
                    continue;
                }
                Heading heading = note.heading(n);
                if (heading != null) {
                    if (!readSubHeading(heading)) {
                        break;
                    }
                    n = heading.contentLine();
                    blankBefore = false;
                    continue;
                }
                if (THEMATIC_BREAK.matcher(line).matches()) {
                    break;
                }
                Item item = Item.of(line);
                if (childrenOnly && item.indent() <= start.indent()) {
                    // A bullet label's list is its nested items, unless it has none and its names are the bullets
                    // that follow it ("- Attendees:", "- Ana", "- Bob"); a sibling after names is something else.
                    if (!found.isEmpty() || !start.colon() || !start.inline().isBlank() || !item.bullet()
                            || item.indent() != start.indent()) {
                        break;
                    }
                    childrenOnly = false;
                }
                if (isTableStart(n)) {
                    n = readTable(n);
                    blankBefore = false;
                    continue;
                }
                if (skipDeeperThan >= 0) {
                    if (item.indent() > skipDeeperThan) {
                        n++;
                        continue;
                    }
                    skipDeeperThan = -1;
                }
                if (absent && absentIndent >= 0 && item.indent() <= absentIndent) {
                    absent = false;
                }
                if (!readLine(n, item, blankBefore)) {
                    break;
                }
                blankBefore = false;
                n++;
            }
            return new Section(entries(), n);
        }

        /** Takes in one line of the list; false when the line is not part of it. */
        private boolean readLine(int n, Item item, boolean blankBefore) {
            boolean afterEntry = previousWasEntry;
            previousWasEntry = false;
            String text = item.text();
            Matcher box = TASK_BOX.matcher(text);
            boolean unchecked = false;
            if (box.find()) {
                unchecked = box.group(1).isBlank();
                text = text.substring(box.end());
            }
            if (text.isEmpty() || isPlaceholder(text)) {
                return true;
            }
            Label label = Label.of(text);
            if (label != null) {
                return readSubLabel(n, item, label, unchecked);
            }
            if (blankBefore && firstEntry != null && firstEntry.bullet() && (!item.bullet()
                    || item.numbered() != firstEntry.numbered() || item.indent() < firstEntry.indent())) {
                return false; // "- Jay Krell", "", "1. Closure": the agenda goes on, not the list
            }
            boolean strict = readsAsEntry(text, false);
            if (strict || afterEntry && isBetweenEntries(n, item, blankBefore) && readsAsEntry(text, true)) {
                return readEntry(n, item, text, !strict, unchecked);
            }
            if (item.bullet() && lastEntryIndent >= 0 && item.indent() > lastEntryIndent) {
                skipDeeperThan = lastEntryIndent; // a remark under the entry above ("joined late")
                return true;
            }
            return !blankBefore && isStrayLine(n, item);
        }

        private boolean readEntry(int n, Item item, String text, boolean lenient, boolean unchecked) {
            previousWasEntry = true;
            if (firstEntry == null) {
                firstEntry = item;
            }
            if (!absent && !unchecked && !ABSENT_MARK.matcher(text).find()) {
                found.add(new Candidate(n, text, Form.LINE, null, null, lenient));
            }
            lastEntryIndent = item.indent();
            return true;
        }

        /**
         * A heading below the list's own that only divides its people ("### Present", "### TSC", "### Observers",
         * "### Absent", and after one of them a short sibling: "### V8"); any other heading ends the list.
         */
        private boolean readSubHeading(Heading heading) {
            if (start.level() == 0 || heading.level() <= start.level()) {
                return false;
            }
            String text = heading.text();
            if (ABSENCE_LABEL.matcher(text).find()) {
                absent = true;
                absentIndent = -1;
                return true;
            }
            boolean sibling = heading.level() == groupLevel && text.split("\\s+").length <= 3
                    && !OTHER_LABEL.matcher(text).find();
            if (note.vocabulary.namesAttendees(text) || isGroupName(text) || sibling) {
                absent = false;
                lastEntryIndent = -1;
                groupLevel = heading.level();
                return true;
            }
            return false;
        }

        /** "Team members: a, b", "Others:", "Apologies:", "Note-taker: Felix", or a speaker's line: "SC: I think". */
        private boolean readSubLabel(int n, Item item, Label label, boolean unchecked) {
            if (ABSENCE_LABEL.matcher(label.name()).find()) {
                absent = true;
                absentIndent = item.bullet() ? item.indent() : -1;
                return true;
            }
            if (ROLE_LABEL.matcher(label.name()).find()) {
                skipDeeperThan = item.indent();
                return true;
            }
            boolean group = note.vocabulary.namesAttendees(label.name());
            if (!group && OTHER_LABEL.matcher(label.name()).find()) {
                return false;
            }
            if (!group && !isGroupName(label.name()) && isFullName(label.name()) && isRemark(label.rest())) {
                return readEntry(n, item, item.text(), false, unchecked); // "Ana Pop: Google"
            }
            if (label.rest().isEmpty()) {
                absent = false;
                lastEntryIndent = -1;
                return true; // "In-person:", "* Attending:": the people follow
            }
            List<Candidate> people = labelledList(n, label.rest());
            if (people == null) {
                return false; // a speaker's words or another field: the discussion has started
            }
            if (people.size() == 1 && INITIALS.matcher(label.name()).matches()
                    && fitsInitials(label.name(), label.rest())) {
                // "KS: Karl Schimpf": the label is the initials of the one person it introduces
                people = List.of(new Candidate(n, label.rest(), Form.PART, label.name(), null, true));
            }
            absent = false;
            found.addAll(people);
            lastEntryIndent = item.indent();
            return true;
        }

        /**
         * A line that breaks a bullet list for no reason ("a *Ruy Adorno @ruyadorno" between two bullets): the list
         * goes on when the very next line is one of its entries and this line is no sentence.
         */
        private boolean isStrayLine(int n, Item item) {
            return lastEntryIndent >= 0 && !SENTENCE_END.matcher(item.text()).find()
                    && item.text().split("\\s+").length <= 8 && nextIsEntry(n, lastEntryIndent);
        }

        /**
         * Whether a line sits between two entries of the same list, with no blank line before it: there, a name
         * with a word in lower case is a typo ("Reid rankin"), not the start of the discussion.
         */
        private boolean isBetweenEntries(int n, Item item, boolean blankBefore) {
            if (item.indent() != lastEntryIndent) {
                return false;
            }
            // Entries spaced by blank lines stay spaced alike: "Nicholas Yang", "", "Lars hansen", "", "Daniel Wirtz".
            int next = n + 1;
            while (blankBefore && next <= note.last && next <= n + 2 && note.visible(next).isBlank()) {
                next++;
            }
            return (blankBefore || next == n + 1) && nextIsEntry(next - 1, item.indent());
        }

        /** Whether line n + 1 is an entry at the given indentation. */
        private boolean nextIsEntry(int n, int indent) {
            if (n + 1 > note.last || note.heading(n + 1) != null) {
                return false;
            }
            Item next = Item.of(note.visible(n + 1));
            return next.indent() == indent && Label.of(next.text()) == null && readsAsEntry(next.text(), false);
        }

        private boolean isTableStart(int n) {
            String line = note.visible(n).strip();
            if (line.startsWith("|")) {
                return true;
            }
            return line.contains("|") && n < note.last && isDelimiterRow(cells(note.visible(n + 1)));
        }

        /** Reads the table starting at line n; returns the line after it. */
        private int readTable(int n) {
            List<Integer> rowLines = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            while (n <= note.last && note.kind(n) == LineKind.TEXT && note.visible(n).contains("|")
                    && !note.visible(n).isBlank()) {
                rowLines.add(n);
                rows.add(cells(note.visible(n)));
                n++;
            }
            List<String> header = null;
            int firstData = 0;
            if (rows.size() >= 2 && isDelimiterRow(rows.get(1))) {
                header = rows.get(0);
                firstData = 2;
            }
            List<List<String>> data = rows.subList(firstData, rows.size());
            Table table = Table.of(header, data, note.vocabulary);
            if (table.name() < 0) {
                return n;
            }
            for (int r = 0; r < data.size(); r++) {
                List<String> row = data.get(r);
                String name = cell(row, table.name());
                if (name.isEmpty() || isDelimiterRow(row)
                        || table.check() >= 0 && !CHECKED.contains(checkToken(cell(row, table.check())))) {
                    continue;
                }
                String initials = cell(row, table.initials());
                String login = loginIn(cell(row, table.login()));
                found.add(new Candidate(rowLines.get(firstData + r), name, Form.CELL,
                        INITIALS.matcher(initials.replace(" ", "")).matches() ? initials.replace(" ", "") : null,
                        login, true));
            }
            return n;
        }

        /** The list's entries, each person once, with the decisions only the whole list can settle applied. */
        private List<AttendeeEntry> entries() {
            List<Candidate> rows = found.stream().filter(c -> c.form() != Form.PART).toList();
            long reversed = rows.stream().filter(c -> isLastFirst(c.raw())).count();
            boolean lastFirst = rows.size() >= 2 && reversed * 2 > rows.size();
            long multiple = rows.stream().filter(c -> c.form() == Form.LINE && splitList(c.raw(), false).size() > 1)
                    .count();
            long affiliated = rows.stream().filter(c -> c.form() == Form.LINE && hasAffiliation(c.raw())).count();
            boolean affiliations = affiliated > 0 && affiliated * 2 >= multiple;

            Map<String, AttendeeEntry> byName = new LinkedHashMap<>();
            for (Candidate c : found) {
                switch (c.form()) {
                    case PART -> add(byName, c, c.raw(), withColumns(person(c.raw(), c.lenient()), c));
                    case CELL -> {
                        Person p = lastFirst && isLastFirst(c.raw()) ? reversedName(c.raw())
                                : person(c.raw(), c.lenient());
                        add(byName, c, c.raw(), withColumns(p, c));
                    }
                    case LINE -> {
                        if (lastFirst && isLastFirst(c.raw())) {
                            add(byName, c, c.raw(), reversedName(c.raw()));
                            continue;
                        }
                        List<String> parts = splitList(c.raw(), true);
                        List<Person> people = parts.stream().map(p -> person(p, c.lenient())).toList();
                        boolean several = parts.size() > 1 && !affiliations && !hasAffiliation(c.raw())
                                && people.stream().allMatch(p -> p != null);
                        if (several) {
                            for (int i = 0; i < parts.size(); i++) {
                                add(byName, c, parts.get(i).strip(), people.get(i));
                            }
                        } else {
                            add(byName, c, c.raw(), firstPerson(c.raw(), c.lenient()));
                        }
                    }
                }
            }
            return List.copyOf(byName.values());
        }

        /** The person with the initials and login the note gives beside the entry: a table's columns, a label. */
        private static Person withColumns(Person p, Candidate c) {
            return p == null ? null : new Person(p.name(), c.initials() != null ? c.initials() : p.initials(),
                    c.login() != null ? c.login() : p.login());
        }

        private static void add(Map<String, AttendeeEntry> byName, Candidate c, String raw, Person person) {
            if (person == null) {
                return;
            }
            String key = Keys.fold(person.name());
            if (!key.isEmpty()) {
                byName.putIfAbsent(key, new AttendeeEntry(raw, c.line(), person.name(), person.initials(),
                        person.login()));
            }
        }
    }

    /**
     * The people of a comma list after a label ("Others: mark, dtolnay, Gary Guo (nbdd0121)"), lenient with
     * lower-case names as handles lists are; empty for a placeholder, null when it is mostly words, not names.
     */
    private static List<Candidate> labelledList(int line, String rest) {
        if (isPlaceholder(rest)) {
            return List.of();
        }
        List<Candidate> people = new ArrayList<>();
        int words = 0;
        for (String part : splitList(rest, true)) {
            if (part.isBlank() || isPlaceholder(part)) {
                continue;
            }
            if (ABSENT_MARK.matcher(part).find()) {
                continue; // "Bob (absent)": named, but not present
            }
            if (person(part, true) != null) {
                people.add(new Candidate(line, part.strip(), Form.PART, null, null, true));
            } else if (withoutAsides(part).strip().split("\\s+").length >= 4) {
                return null; // "SC: Ann, can you take notes?": a sentence among the names
            } else {
                words++;
            }
        }
        return words > 0 && (people.isEmpty() || words > people.size()) ? null : people;
    }

    /**
     * Whether a list line names someone: what comes before its first comma reads as a name, or as names joined by
     * "and"; and the line is no sentence ("Goals and scope of upcoming work" is not Goals).
     */
    private static boolean readsAsEntry(String text, boolean lenient) {
        Person first = firstPerson(text, lenient);
        if (first == null) {
            return false;
        }
        // "Ben, can you take notes?" is a sentence; "Keith Miller, Apple, been attending for years." a full name
        // and a remark.
        return first.name().contains(" ") || !SENTENCE_END.matcher(withoutAsides(text)).find()
                || splitList(text, true).size() == 1;
    }

    /** The person a line names first: before its first comma, unless that is several joined by "and". */
    private static Person firstPerson(String text, boolean lenient) {
        List<String> commaParts = splitList(text, false);
        if (commaParts.isEmpty()) {
            return null;
        }
        Person first = person(commaParts.get(0), lenient);
        if (first != null) {
            return first;
        }
        List<String> joined = splitList(commaParts.get(0), true);
        return joined.size() > 1 && joined.stream().allMatch(p -> person(p, lenient) != null)
                ? person(joined.get(0), lenient) : null;
    }

    /** Whether a label is a full name ("Ana Pop" in "Ana Pop: Google"), not a group or a speaker's initials. */
    private static boolean isFullName(String label) {
        Person person = person(label, false);
        return person != null && person.name().contains(" ") && person.login() == null;
    }

    /** Whether what follows a name's colon is a remark about them, not the words of a speaker: a few, no sentence. */
    private static boolean isRemark(String rest) {
        String plain = withoutAsides(rest).strip();
        return !plain.isEmpty() && plain.split("\\s+").length <= 4 && !SENTENCE_END.matcher(plain).find()
                && plain.matches("[^.?!]*");
    }

    /** A short heading naming a group: one of the group words, or an acronym ("TSC", "CPC"), and nothing else. */
    private static boolean isGroupName(String text) {
        String core = labelCore(text);
        String[] words = core.split(" ");
        if (core.isEmpty() || words.length > 4 || OTHER_LABEL.matcher(core).find()) {
            return false;
        }
        if (words.length == 1 && text.strip().matches("\\p{Lu}{2,5}")) {
            return true;
        }
        return GROUP_WORDS.contains(core) || Arrays.stream(words).anyMatch(GROUP_WORDS::contains);
    }

    private static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(EMPHASIS.matcher(text).replaceAll("").strip()).matches();
    }

    // ---- tables

    /** The columns of an attendee table that matter; -1 for a column it lacks. */
    private record Table(int name, int initials, int login, int check) {

        static Table of(List<String> header, List<List<String>> data, Vocabulary vocabulary) {
            int columns = data.stream().mapToInt(List::size).max().orElse(0);
            if (header != null) {
                columns = Math.max(columns, header.size());
            }
            int initials = byHeader(header, INITIALS_HEADERS);
            int login = byHeader(header, LOGIN_HEADERS);
            int name = byHeader(header, NAME_HEADERS);
            if (name < 0) {
                name = namesByContent(header, data, columns, initials, login);
            }
            if (name < 0) {
                return new Table(-1, -1, -1, -1);
            }
            if (initials < 0) {
                initials = initialsByContent(data, columns, name);
            }
            int check = -1;
            for (int c = 0; c < columns; c++) {
                String title = header == null ? "" : labelCore(cell(header, c));
                boolean attendance = CHECK_HEADERS.contains(title) || DATE_LIKE.matcher(title).find()
                        || vocabulary.namesAttendees(title);
                if (c != name && c != initials && attendance && isCheckColumn(data, c)) {
                    check = c;
                    break;
                }
            }
            return new Table(name, initials, login, check);
        }

        private static int byHeader(List<String> header, Set<String> titles) {
            if (header != null) {
                for (int c = 0; c < header.size(); c++) {
                    if (titles.contains(labelCore(header.get(c)))) {
                        return c;
                    }
                }
            }
            return -1;
        }

        /**
         * The leftmost column with the most names, full names counting double; none unless most rows hold one. A
         * column headed by a role or a topic ("Presenter", "Topic") holds other people than those present.
         */
        private static int namesByContent(List<String> header, List<List<String>> data, int columns, int initials,
                                          int login) {
            int best = -1;
            int bestScore = 0;
            for (int c = 0; c < columns; c++) {
                String title = header == null ? "" : cell(header, c);
                if (c == initials || c == login || ROLE_LABEL.matcher(title).find()
                        || OTHER_LABEL.matcher(title).find()) {
                    continue;
                }
                int score = 0;
                for (List<String> row : data) {
                    Person p = person(cell(row, c), false);
                    score += p == null ? 0 : p.name().contains(" ") ? 2 : 1;
                }
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            return bestScore >= data.size() ? best : -1;
        }

        /** A column of initials that fit the names beside them ("KS" by "Karl Schimpf"), not of roles ("TSC"). */
        private static int initialsByContent(List<List<String>> data, int columns, int name) {
            for (int c = 0; c < columns; c++) {
                int filled = 0;
                int fitting = 0;
                for (List<String> row : data) {
                    String cell = cell(row, c);
                    if (!cell.isEmpty()) {
                        filled++;
                        fitting += INITIALS.matcher(cell).matches() && fitsInitials(cell, cell(row, name)) ? 1 : 0;
                    }
                }
                if (c != name && filled >= 2 && fitting * 5 >= filled * 4) {
                    return c;
                }
            }
            return -1;
        }

        /** Only check marks in it, one at least ticked: "x", "✅", "yes" against "❌", "no", nothing. */
        private static boolean isCheckColumn(List<List<String>> data, int c) {
            boolean ticked = false;
            for (List<String> row : data) {
                String token = checkToken(cell(row, c));
                if (CHECKED.contains(token)) {
                    ticked = true;
                } else if (!UNCHECKED.contains(token)) {
                    return false;
                }
            }
            return ticked;
        }
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : UNESCAPED_PIPE.split(s, -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static boolean isDelimiterRow(List<String> cells) {
        return !cells.isEmpty()
                && cells.stream().allMatch(c -> TABLE_DELIMITER_CELL.matcher(c.replace(" ", "")).matches());
    }

    private static String cell(List<String> row, int c) {
        return c >= 0 && c < row.size() ? row.get(c) : "";
    }

    private static String checkToken(String cell) {
        return EMPHASIS.matcher(cell).replaceAll("").replace("\uFE0F", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String loginIn(String cell) {
        String s = EMPHASIS.matcher(cell).replaceAll("").strip();
        Matcher profile = GITHUB_PROFILE.matcher(s);
        if (profile.matches()) {
            return profile.group(1);
        }
        Matcher link = MARKDOWN_LINK.matcher(s);
        if (link.find()) {
            Matcher inLink = GITHUB_PROFILE.matcher(link.group(3));
            s = inLink.matches() ? inLink.group(1) : link.group(2);
        }
        s = s.startsWith("@") ? s.substring(1) : s;
        return s.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,38}") ? s : null;
    }

    // ---- names

    /** A person as an entry gives them. */
    private record Person(String name, String initials, String login) {
    }

    /**
     * The person an entry names, its remarks, affiliation and markup gone and the initials and login it carries
     * read; null when it names nobody (a placeholder, a sentence, a link, a number).
     *
     * @param lenient whether words in lower case may make up a name of up to three words, where the place vouches
     *                for it ("connor horman" in a list of handles, "Reid rankin" between two names)
     */
    private static Person person(String written, boolean lenient) {
        if (written.length() > MAX_ENTRY) {
            return null;
        }
        String s = HTML_TAG.matcher(INLINE_COMMENT.matcher(written).replaceAll(" ")).replaceAll(" ");
        String login = null;
        StringBuilder out = new StringBuilder();
        Matcher link = MARKDOWN_LINK.matcher(s);
        while (link.find()) {
            Matcher profile = GITHUB_PROFILE.matcher(link.group(3));
            if (profile.matches() && login == null) {
                login = profile.group(1);
            }
            String text = link.group(1).isEmpty() ? link.group(2) : "";
            link.appendReplacement(out, Matcher.quoteReplacement(" " + text + " "));
        }
        link.appendTail(out);
        s = out.toString();
        out.setLength(0);
        Matcher url = BARE_URL.matcher(s);
        while (url.find()) {
            Matcher profile = GITHUB_PROFILE.matcher(url.group());
            if (profile.matches() && login == null) {
                login = profile.group(1);
            }
            url.appendReplacement(out, " ");
        }
        url.appendTail(out);
        s = EMAIL.matcher(out.toString()).replaceAll(" ");

        List<String> asides = new ArrayList<>();
        s = withoutAsides(s, asides);
        int unclosed = indexOfAny(s, "([");
        if (unclosed >= 0) {
            s = s.substring(0, unclosed); // "Jeremiah Senkpiel @Fishrock123 (TS": the remark was cut off
        }
        s = s.replace(")", " ").replace("]", " ");
        s = QUOTED_NICKNAME.matcher(s).replaceAll(" ");
        String[] remark = REMARK_SEPARATOR.split(s, 2);
        s = remark.length == 0 ? "" : remark[0];
        if (remark.length > 1) {
            asides.add(remark[1].strip()); // "Karl Schimpf - KS", "Ana Pop | @anapop"
        }

        Matcher at = AT_HANDLE.matcher(s);
        if (at.find() && login == null) {
            login = at.group(1);
        }
        s = AT_HANDLE.matcher(s).replaceAll(" ").replace("@", " ");
        s = EMOJI_SHORTCODE.matcher(EMPHASIS.matcher(s).replaceAll("")).replaceAll(" ");
        s = SPACES.matcher(withoutSymbols(s)).replaceAll(" ");
        s = HONORIFIC.matcher(EDGE_PUNCTUATION.matcher(s).replaceAll("")).replaceFirst("");
        s = s.endsWith(".") && !INITIAL_WITH_DOT.matcher(lastToken(s)).matches() ? s.substring(0, s.length() - 1) : s;

        String initials = null;
        for (String aside : asides) {
            String bare = EMPHASIS.matcher(aside).replaceAll("").strip();
            Matcher loginAside = LOGIN_ASIDE.matcher(aside);
            Matcher profile = GITHUB_PROFILE.matcher(bare);
            if (loginAside.matches() || profile.matches()) {
                login = login != null ? login : loginAside.matches() ? loginAside.group(1) : profile.group(1);
            } else if (INITIALS.matcher(bare).matches() && initials == null && fitsInitials(bare, s)) {
                initials = bare;
            } else if (HANDLE_ASIDE.matcher(bare).matches() && login == null && s.contains(" ")) {
                login = bare;
            }
        }
        if (s.isEmpty() && login != null) {
            s = login; // "@BethGriggs", "https://github.com/cjihrig": the handle is all the note calls them
        }
        if (!isName(s, lenient)) {
            return null;
        }
        return new Person(s, initials, login);
    }

    /**
     * Whether cleaned text reads as a person's name: at most four words besides particles, each capitalised (or in
     * a script without case), no sentence punctuation, no function words; or a single token, which is a handle.
     */
    private static boolean isName(String s, boolean lenient) {
        if (s.isEmpty() || s.length() > 60 || !NAME_CHARACTERS.matcher(s).matches()
                || s.chars().noneMatch(Character::isLetter) || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] tokens = s.split(" ");
        if (tokens.length == 1) {
            return s.length() <= 39 && !DOTTED_WORD.matcher(s).find();
        }
        if (tokens.length > 6) {
            return false;
        }
        int words = 0;
        int lowerCase = 0;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.chars().anyMatch(Character::isDigit) || FUNCTION_WORDS.contains(lower)) {
                return false;
            }
            if (token.indexOf('.') >= 0 && !INITIAL_WITH_DOT.matcher(token).matches()) {
                return false;
            }
            if (PARTICLES.contains(lower)) {
                continue;
            }
            words++;
            if (Character.isLowerCase(token.codePointAt(0)) && !ELIDED_PARTICLE.matcher(token).matches()) {
                if (LOWER_CASE_STOP_WORDS.contains(lower)) {
                    return false;
                }
                lowerCase++;
            }
        }
        if (words == 0 || words > 4) {
            return false;
        }
        return lowerCase == 0 || lenient && tokens.length <= 3;
    }

    /** Whether initials a note gives fit the name they follow: "RT" for Ross Tate, "FM" for Francis McCabe. */
    private static boolean fitsInitials(String initials, String name) {
        String letters = plain(initials).replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        StringBuilder capitals = new StringBuilder();
        for (String token : plain(name).split("[ \\-]+")) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (i == 0 || Character.isUpperCase(c)) {
                    capitals.append(Character.toUpperCase(c));
                }
            }
        }
        if (letters.isEmpty() || capitals.isEmpty() || letters.charAt(0) != capitals.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = capitals.indexOf(String.valueOf(letters.charAt(i)), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * Whether a line is written "Last, First": one comma between a surname (a word, perhaps after particles) and one
     * or two given names, none of them an organisation.
     */
    private static boolean isLastFirst(String raw) {
        List<String> parts = splitList(raw, false);
        if (parts.size() != 2) {
            return false;
        }
        Person last = person(parts.get(0), false);
        Person first = person(parts.get(1), false);
        if (last == null || first == null || isOrganisation(parts.get(0)) || isOrganisation(parts.get(1))) {
            return false;
        }
        String[] surname = last.name().split(" ");
        String[] given = first.name().split(" ");
        for (int i = 0; i < surname.length - 1; i++) {
            if (!PARTICLES.contains(surname[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return surname.length <= 3 && given.length <= 2 && capitalised(surname[surname.length - 1])
                && Arrays.stream(given).allMatch(AttendeeLists::capitalised);
    }

    private static Person reversedName(String raw) {
        List<String> parts = splitList(raw, false);
        Person last = person(parts.get(0), false);
        Person first = person(parts.get(1), false);
        return new Person(first.name() + " " + last.name(),
                first.initials() != null ? first.initials() : last.initials(),
                first.login() != null ? first.login() : last.login());
    }

    /**
     * Whether what follows the comma of "Full Name, X" is an affiliation: X is no name, or a single word after a full
     * name ("Adam Foltzer, Fastly"), or an organisation's word ("Cambridge University").
     */
    private static boolean hasAffiliation(String raw) {
        List<String> parts = splitList(raw, false);
        if (parts.size() < 2) {
            return false;
        }
        Person first = person(parts.get(0), false);
        if (first == null || !first.name().contains(" ")) {
            return false;
        }
        for (String part : parts.subList(1, parts.size())) {
            Person p = person(part, false);
            if (p == null || !p.name().contains(" ") || isOrganisation(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganisation(String text) {
        for (String word : Keys.fold(withoutAsides(text)).split(" ")) {
            if (ORGANISATION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a list separated by commas, semicolons and {@code <br>} (and, with {@code andToo}, "and", "&"),
     * never inside parentheses, brackets or links: "Daniel Rosenwasser (invited, from the TypeScript team)" is one
     * part.
     */
    private static List<String> splitList(String written, boolean andToo) {
        String text = HTML_BREAK.matcher(written).replaceAll(",");
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '<') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '>') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(text.substring(from, i));
                from = i + 1;
            } else if (depth == 0 && andToo && c == ' ') {
                for (String word : new String[] {" and ", " & ", " + "}) {
                    if (text.regionMatches(true, i, word, 0, word.length())) {
                        parts.add(text.substring(from, i));
                        from = i + word.length();
                        i = from - 1;
                        break;
                    }
                }
            }
        }
        parts.add(text.substring(from));
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static String withoutAsides(String text) {
        return withoutAsides(text, new ArrayList<>());
    }

    /** The text without its parentheses and brackets, innermost first, their contents added to {@code asides}. */
    private static String withoutAsides(String text, List<String> asides) {
        String s = text;
        boolean found = true;
        while (found) {
            found = false;
            Matcher aside = ASIDE.matcher(s);
            StringBuilder out = new StringBuilder(s.length());
            while (aside.find()) {
                found = true;
                asides.add((aside.group(1) != null ? aside.group(1) : aside.group(2)).strip());
                aside.appendReplacement(out, " ");
            }
            aside.appendTail(out);
            s = out.toString();
        }
        return s;
    }

    /** Emoji and other pictographs taken out: "✅ Ana", "Attendees 👋". */
    private static String withoutSymbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || cp == 0xFE0F || cp == 0x200D || type == Character.FORMAT;
            out.appendCodePoint(symbol ? ' ' : cp);
        });
        return out.toString();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean capitalised(String word) {
        int cp = word.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || Character.isLetter(cp) && !Character.isLowerCase(cp);
    }

    private static String lastToken(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
