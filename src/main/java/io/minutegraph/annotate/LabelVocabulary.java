package io.minutegraph.annotate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the headings and labels of a note say about the people under them: an attendee list ("Attendees",
 * "Members present", "Roll call"), people who did not come ("Apologies"), a job in the meeting ("Note-taker"), a group
 * of those present ("TSC", "Observers"), or another field that ends the list ("Agenda", "Action items").
 *
 * <p>Only the words that name an attendee list vary, with the words a community's settings add; the others are the
 * same for every note.
 *
 * @param attendeeLabel the whole label, as {@link #core} leaves it, that names an attendee list
 * @param stems         parts of words every such label holds, for {@link #mayName}
 */
record LabelVocabulary(Pattern attendeeLabel, List<String> stems) {

    /** The built-in label words alone, for notes of a community whose settings add none. */
    static final LabelVocabulary BUILT_IN = new LabelVocabulary(Set.of());

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
    /** Words that name a group of the people present: "TSC", "Observers", "In-person", "Release Work Group". */
    private static final Set<String> GROUP_WORDS = Set.of("members", "member", "team", "teams", "observers",
            "observer", "guests", "guest", "visitors", "invited", "invitees", "others", "other", "staff", "board",
            "in-person", "in person", "remote", "online", "virtual", "on-site", "onsite", "local", "voting", "regular",
            "emeritus", "collaborators", "maintainers", "contributors", "group", "wg", "committee", "liaisons",
            "also");
    /** Emphasis and code marks at the start of a text: what is left of "**Present**:" after its colon. */
    private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[\\s*_~`]+");

    LabelVocabulary(Set<String> extra) {
        this(Pattern.compile("^(?:(?<prefix>[\\p{L}\\p{N}'&,-]+(?: [\\p{L}\\p{N}'&,-]+){0,3}) )?(?:"
                        + ATTENDEE_NOUNS + alternatives(extra) + ")(?: list)?$"),
                Stream.concat(Stream.of("attend", "particip", "present", "roll", "who", "sign"),
                        extra.stream().filter(w -> !w.isBlank()).map(w -> w.strip().toLowerCase(Locale.ROOT)))
                        .toList());
    }

    /** The built-in words and the further ones a community's settings add (lower-case); null or empty for none. */
    static LabelVocabulary with(Set<String> extraLabels) {
        return extraLabels == null || extraLabels.isEmpty() ? BUILT_IN : new LabelVocabulary(extraLabels);
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
        String core = core(label);
        Matcher m = attendeeLabel.matcher(core);
        if (!m.matches()) {
            return false;
        }
        String prefix = m.group("prefix");
        return prefix == null || !NEGATION.matcher(prefix).find();
    }

    /** Whether a label introduces people who did not come: "Apologies", "Regrets", "Not present". */
    static boolean namesAbsence(String label) {
        return ABSENCE_LABEL.matcher(label).find();
    }

    /** Whether a label gives someone a job in the meeting: "Note-taker", "Chair", "Presenter". */
    static boolean namesRole(String label) {
        return ROLE_LABEL.matcher(label).find();
    }

    /** Whether a label starts something other than a group of people: "Agenda", "Action items", "Zoom". */
    static boolean namesOtherField(String label) {
        return OTHER_LABEL.matcher(label).find();
    }

    /** A short heading naming a group: one of the group words, or an acronym ("TSC", "CPC"), and nothing else. */
    static boolean namesGroup(String text) {
        String core = core(text);
        String[] words = core.split(" ");
        if (core.isEmpty() || words.length > 4 || namesOtherField(core)) {
            return false;
        }
        if (words.length == 1 && text.strip().matches("\\p{Lu}{2,5}")) {
            return true;
        }
        return GROUP_WORDS.contains(core) || Arrays.stream(words).anyMatch(GROUP_WORDS::contains);
    }

    /** A label as compared with the vocabulary: lower-case, no markup or emoji, its trailing remark cut. */
    static String core(String label) {
        String s = Markup.EMOJI_SHORTCODE.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = Markup.withoutEmphasis(s).replace('’', '\'').replace("#", " ");
        s = Markup.withoutSymbols(s);
        int cut = s.length();
        for (String remark : new String[] {"(", "[", ":", " - ", " – ", " — ", "|", " / "}) {
            int at = s.indexOf(remark);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        s = s.substring(0, cut).replaceAll("[^\\p{L}\\p{N}'&, -]", " ");
        s = Markup.SPACES.matcher(s).replaceAll(" ").strip();
        return s.replaceAll("^[ ,&-]+|[ ,&-]+$", "");
    }

    /** A label and what follows its colon: "Team members: a, b", "**Present**:", "Apologies from:". */
    record Label(String name, String rest) {

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
                    String name = Markup.SPACES.matcher(Markup.withoutEmphasis(text.substring(0, i))).replaceAll(" ")
                            .strip();
                    if (name.isEmpty() || name.contains("http") || name.split(" ").length > 6) {
                        return null;
                    }
                    return new Label(name, LEADING_EMPHASIS.matcher(text.substring(i + 1)).replaceFirst("")
                            .strip());
                }
            }
            return null;
        }
    }
}
