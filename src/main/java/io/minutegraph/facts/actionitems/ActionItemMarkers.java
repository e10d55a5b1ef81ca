package io.minutegraph.facts.actionitems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How meeting notes mark a line as an action item, read from the text alone; who is named is for
 * {@link ActionItemOwners} to resolve:
 * <ul>
 * <li>markers: {@code ACTION:}, {@code ACTION ITEM Niko to ...}, {@code **Action item**:}, {@code Action item for
 * James:}, {@code Action item (Niko):}, {@code Pending action item:}, {@code Next steps:}, {@code AI:},
 * {@code AI(binji):}, and {@code TODO(francis): ...} anywhere in a line;</li>
 * <li>an owner and an arrow before an action: {@code Arno → update the docs}, {@code DS -> Action item to ...};</li>
 * <li>a paragraph that titles the list below it: {@code **Action items**};</li>
 * <li>a checkbox ({@code - [ ]}), ticked when done ({@code - [x]}); struck through or remarked "(done)" is done
 * too.</li>
 * </ul>
 */
final class ActionItemMarkers {

    /**
     * A line as written.
     *
     * @param body what it says, without indentation, bullet or numbering, and checkbox
     * @param done whether it is ticked, struck through or remarked done
     */
    record Written(String body, boolean done) {
    }

    /**
     * What a marker says.
     *
     * @param owner who the marker itself names ({@code binji} of {@code AI(binji):}, {@code James} of {@code Action
     *              item for James:}), or null
     * @param rest  what follows the marker; empty when the marker introduces the list below it
     * @param sure  whether the owner stands where only an owner does ({@code AI(binji)}, {@code TODO(AR)}), so that
     *              a name nobody knows is still its owner
     */
    record Marked(String owner, String rest, boolean sure) {
    }

    private static final Pattern LEAD = Pattern.compile("^\\s*(?:(?:[-*+]|\\d{1,3}[.)])\\s+)?(?:\\[([ xX])]\\s*)?");
    private static final Pattern STRUCK = Pattern.compile("~~.*?~~");
    private static final Pattern MARKUP = Pattern.compile("[\\s\\[\\]()*_`~.,;:!-]|https?://\\S+");
    private static final Pattern DONE_REMARK = Pattern.compile("[(\\[]\\s*done\\b[^)\\]]*[)\\]]\\s*[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MARKER = Pattern.compile(
            "^[\\[(]?[*_]{0,2}(?:(?:pending|another|new|one\\s+more)\\s+)?"
                    + "(?<word>action[ -]items?|action|next[ -]steps?|follow[ -]?ups?)[*_]{0,2}"
                    + "(?:]\\([^)]*\\))?(?:\\s*\\((?<paren>[^)]{1,60})\\)|\\s+for\\s+(?<for>[^:]{1,40}?))?[*_]{0,2}"
                    + "(?:\\s*(?<sep>[:,])\\s*[*_]{0,2}\\s*(?<rest>.*)|\\s+(?<to>to\\s+\\p{Ll}.*))$",
            Pattern.CASE_INSENSITIVE);
    /** "ACTION ITEM scottmcm to cancel FCP": capitals need no colon. */
    private static final Pattern SHOUTED_MARKER = Pattern.compile(
            "^[*_]{0,2}ACTION(?: ITEMS?)?[*_]{0,2}\\s+(?<rest>\\p{L}.*)$");
    /** "**Action items**" alone, "Next steps:": a title for the list below it. */
    private static final Pattern TASK_LABEL = Pattern.compile(
            "^[*_]{0,2}(?:action[ -]items?|next[ -]steps?|follow[ -]?ups?|to-?dos?)[*_]{0,2}\\s*:?\\s*[*_]{0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** "AI(binji):" names its owner; "AI (in chat):" is a speaker with a remark. */
    private static final Pattern AI_MARKER = Pattern.compile(
            "^[*_]{0,2}AIs?[*_]{0,2}(?:\\((?<owner>[\\w@.-]{1,40})\\))?\\s*:\\s*(?<rest>.+)$");
    private static final Pattern TODO_OWNED = Pattern.compile(
            "\\bTODO\\s*\\((?<owner>[^)]{1,40})\\)\\s*:?\\s*(?<rest>[^\\]]*)");
    private static final Pattern ARROW = Pattern.compile(
            "^(?<owner>[\\p{L}\\s/,&.()?'’@-]{1,60}?)\\s*(?:->|→|=>)\\s*(?<rest>\\S.*)$");
    private static final Pattern NOTHING = Pattern.compile("^(?:none|n/?a|nothing|no action items?|tbd)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_ALONE = Pattern.compile("^(?:\\[[^]]*]\\([^)]*\\)|<?https?://\\S+?>?)\\s*$");

    private ActionItemMarkers() {
    }

    /** A line read: its text without bullet and checkbox, and whether it is marked done. */
    static Written written(String line) {
        Matcher lead = LEAD.matcher(line);
        lead.lookingAt();
        String body = line.substring(lead.end()).strip();
        boolean ticked = lead.group(1) != null && !lead.group(1).isBlank();
        boolean struck = body.contains("~~") && MARKUP.matcher(STRUCK.matcher(body).replaceAll("")).replaceAll("")
                .isEmpty();
        return new Written(body, ticked || struck || DONE_REMARK.matcher(body).find());
    }

    /** Whether a line starts with a checkbox, ticked or not. */
    static boolean checkbox(String line) {
        Matcher lead = LEAD.matcher(line);
        return lead.lookingAt() && lead.group(1) != null;
    }

    /** The marker a line's text starts with, or a {@code TODO(owner)} anywhere in it. */
    static Optional<Marked> marked(String body) {
        Matcher m = MARKER.matcher(body);
        if (m.matches() && !(",".equals(m.group("sep")) && !m.group("word").toLowerCase(Locale.ROOT)
                .startsWith("action"))) {
            String owner = m.group("paren") != null ? m.group("paren") : m.group("for");
            return Optional.of(new Marked(owner, m.group("rest") != null ? m.group("rest").strip() : m.group("to"),
                    false));
        }
        Matcher shouted = SHOUTED_MARKER.matcher(body);
        if (shouted.matches()) {
            return Optional.of(new Marked(null, shouted.group("rest").strip(), false));
        }
        Matcher ai = AI_MARKER.matcher(body);
        // A bare "AI:" may as well open a remark on artificial intelligence: it marks an item when an action follows.
        if (ai.matches() && (ai.group("owner") != null || ActionVerbs.actionFirst(ai.group("rest"))
                || !Commitments.assignments(ai.group("rest")).isEmpty())) {
            return Optional.of(new Marked(ai.group("owner"), ai.group("rest").strip(), true));
        }
        // A bare "TODO: link to slides" is the note-taker's own placeholder; one that names its owner is a task.
        Matcher todo = TODO_OWNED.matcher(body);
        return todo.find() ? Optional.of(new Marked(todo.group("owner"), todo.group("rest").strip(), true))
                : Optional.empty();
    }

    /** Whether a paragraph only titles the list below it as things to do: {@code **Action items**}. */
    static boolean titlesTasks(String paragraph) {
        return TASK_LABEL.matcher(paragraph.strip()).matches();
    }

    /** An owner before an arrow and an action after it ({@code Arno → write the post}), as owner and rest. */
    static Optional<Marked> arrow(String body) {
        Matcher m = ARROW.matcher(body);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group("rest").strip();
        // "Michael -> we should look at it" reports what Michael said; an arrow assigns only an action.
        // "DS -> Action item to ..." marks its owner as surely as "AI(DS):" does.
        boolean marked = marked(rest).isPresent();
        return ActionVerbs.actionFirst(rest) || marked
                ? Optional.of(new Marked(m.group("owner").strip(), rest, marked)) : Optional.empty();
    }

    /** Whether an item's text says nothing to do: "None", "N/A". */
    static boolean nothing(String text) {
        return text.isBlank() || NOTHING.matcher(text.strip()).matches();
    }

    /**
     * Whether a text is a link alone: an owner's link is theirs to review ({@code RD: https://.../pull/316}), a link
     * with nobody's name points to a list kept elsewhere ({@code [Action items list](https://hackmd.io/...)}).
     */
    static boolean linkAlone(String text) {
        return LINK_ALONE.matcher(text.strip()).matches();
    }
}
