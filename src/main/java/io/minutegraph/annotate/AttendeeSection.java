package io.minutegraph.annotate;

import io.minutegraph.annotate.LabelVocabulary.Label;
import io.minutegraph.annotate.ListEntries.Candidate;
import io.minutegraph.annotate.ListEntries.Form;
import io.minutegraph.annotate.NoteLines.Heading;
import io.minutegraph.annotate.NoteLines.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attendee list, read line by line from where it starts until something that is not part of it: the next heading
 * that does not only divide its people, the line that starts the discussion, or a blank line followed by something
 * that is not an entry. Inside it, sub-labels and sub-headings group the people ({@code * Team members: a, b},
 * {@code ### Observers}), while apologies, role lines ({@code Note-taker: Felix}), placeholders ({@code TBD}),
 * unticked boxes and remarks under an entry name nobody present.
 *
 * @param entries the list's people, each once, in the order written
 * @param end     the line after the list
 */
record AttendeeSection(List<AttendeeEntry> entries, int end) {

    /** A task-list box before an item's text: "[x] Ana" checked in, "[ ] Bob" not. */
    private static final Pattern TASK_BOX = Pattern.compile("^\\[([ xX✓✔])]\\s+");
    /** A mark or remark on an entry's line that says the person did not come: "❌ Dan", "Bob (absent)". */
    private static final Pattern ABSENT_MARK = Pattern.compile("[❌✗✘❎]|(?i)(?:\\(|\\s[-–—|:]\\s*)(?:absent"
            + "|regrets|apologies|excused|not present|did not attend|didn'?t attend|could(?:n'?t| not) attend)"
            + "\\)?\\s*$");
    /** An entry that stands for nobody yet: the list goes on after it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^[\\W_]*(?:tbd|tba|todo|to do|to fill|fixme|n/?a"
            + "|none|nobody|no one|\\.\\.\\.|…|\\?+|(?:please )?add (?:your|yourself|names?|here)\\b.*"
            + "|(?:your )?names? here|your name|name)[\\W_]*$");

    /**
     * Where a list starts: the label's line, the first line of entries, the heading's level (0 for a label line),
     * the label's bullet and indentation, whether a colon ended it, and entries on the label's own line.
     */
    record Start(int line, int contentLine, int level, boolean bullet, int indent, boolean colon, String inline) {
    }

    /** Reads the list that starts at {@code start}. */
    static AttendeeSection read(NoteLines note, LabelVocabulary vocabulary, Start start) {
        return new Reader(note, vocabulary, start).read();
    }

    /** The reading of one list: what it has found so far, and where it stands among the list's groups. */
    private static final class Reader {

        private final NoteLines note;
        private final LabelVocabulary vocabulary;
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

        Reader(NoteLines note, LabelVocabulary vocabulary, Start start) {
            this.note = note;
            this.vocabulary = vocabulary;
            this.start = start;
        }

        AttendeeSection read() {
            if (!start.inline().isBlank()) {
                List<Candidate> inline = labelledList(start.line(), start.inline());
                if (inline == null) {
                    return new AttendeeSection(List.of(), start.line() + 1); // "Present: slides by X": not a list
                }
                found.addAll(inline);
            }
            int n = start.contentLine();
            boolean blankBefore = false;
            boolean childrenOnly = start.bullet();
            while (n <= note.last()) {
                if (note.isCode(n)) {
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
                if (note.isThematicBreak(n)) {
                    break;
                }
                Item item = note.item(n);
                if (childrenOnly && item.indent() <= start.indent()) {
                    // A bullet label's list is its nested items, unless it has none and its names are the bullets
                    // that follow it ("- Attendees:", "- Ana", "- Bob"); a sibling after names is something else.
                    if (!found.isEmpty() || !start.colon() || !start.inline().isBlank() || !item.bullet()
                            || item.indent() != start.indent()) {
                        break;
                    }
                    childrenOnly = false;
                }
                if (AttendeeTable.startsAt(note, n)) {
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
            return new AttendeeSection(ListEntries.of(found), n);
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
            boolean strict = ListEntries.readsAsEntry(text, false);
            if (strict
                    || afterEntry && isBetweenEntries(n, item, blankBefore) && ListEntries.readsAsEntry(text, true)) {
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
            if (LabelVocabulary.namesAbsence(text)) {
                absent = true;
                absentIndent = -1;
                return true;
            }
            boolean sibling = heading.level() == groupLevel && text.split("\\s+").length <= 3
                    && !LabelVocabulary.namesOtherField(text);
            if (vocabulary.namesAttendees(text) || LabelVocabulary.namesGroup(text) || sibling) {
                absent = false;
                lastEntryIndent = -1;
                groupLevel = heading.level();
                return true;
            }
            return false;
        }

        /** "Team members: a, b", "Others:", "Apologies:", "Note-taker: Felix", or a speaker's line: "SC: I think". */
        private boolean readSubLabel(int n, Item item, Label label, boolean unchecked) {
            if (LabelVocabulary.namesAbsence(label.name())) {
                absent = true;
                absentIndent = item.bullet() ? item.indent() : -1;
                return true;
            }
            if (LabelVocabulary.namesRole(label.name())) {
                skipDeeperThan = item.indent();
                return true;
            }
            boolean group = vocabulary.namesAttendees(label.name());
            if (!group && LabelVocabulary.namesOtherField(label.name())) {
                return false;
            }
            if (!group && !LabelVocabulary.namesGroup(label.name()) && isFullName(label.name())
                    && isRemark(label.rest())) {
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
            if (people.size() == 1 && WrittenPerson.isInitials(label.name())
                    && WrittenPerson.fitsInitials(label.name(), label.rest())) {
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
            return lastEntryIndent >= 0 && !WrittenPerson.endsSentence(item.text())
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
            while (blankBefore && next <= note.last() && next <= n + 2 && note.visible(next).isBlank()) {
                next++;
            }
            return (blankBefore || next == n + 1) && nextIsEntry(next - 1, item.indent());
        }

        /** Whether line n + 1 is an entry at the given indentation. */
        private boolean nextIsEntry(int n, int indent) {
            if (n + 1 > note.last() || note.heading(n + 1) != null) {
                return false;
            }
            Item next = note.item(n + 1);
            return next.indent() == indent && Label.of(next.text()) == null
                    && ListEntries.readsAsEntry(next.text(), false);
        }

        /** Takes in the people of the table starting at line n; returns the line after it. */
        private int readTable(int n) {
            AttendeeTable table = AttendeeTable.read(note, n, vocabulary);
            for (AttendeeTable.Row row : table.people()) {
                found.add(new Candidate(row.line(), row.name(), Form.CELL, row.initials(), row.login(), true));
            }
            return table.end();
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
        for (String part : ListEntries.parts(rest, true)) {
            if (part.isBlank() || isPlaceholder(part)) {
                continue;
            }
            if (ABSENT_MARK.matcher(part).find()) {
                continue; // "Bob (absent)": named, but not present
            }
            if (WrittenPerson.in(part, true) != null) {
                people.add(new Candidate(line, part.strip(), Form.PART, null, null, true));
            } else if (Markup.withoutAsides(part).strip().split("\\s+").length >= 4) {
                return null; // "SC: Ann, can you take notes?": a sentence among the names
            } else {
                words++;
            }
        }
        return words > 0 && (people.isEmpty() || words > people.size()) ? null : people;
    }

    /** Whether a label is a full name ("Ana Pop" in "Ana Pop: Google"), not a group or a speaker's initials. */
    private static boolean isFullName(String label) {
        WrittenPerson person = WrittenPerson.in(label, false);
        return person != null && person.name().contains(" ") && person.login() == null;
    }

    /** Whether what follows a name's colon is a remark about them, not the words of a speaker: a few, no sentence. */
    private static boolean isRemark(String rest) {
        String plain = Markup.withoutAsides(rest).strip();
        return !plain.isEmpty() && plain.split("\\s+").length <= 4 && !WrittenPerson.endsSentence(plain)
                && plain.matches("[^.?!]*");
    }

    private static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(Markup.withoutEmphasis(text).strip()).matches();
    }
}
