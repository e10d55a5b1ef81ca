package io.minutegraph.annotate;

import io.minutegraph.graph.Keys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what one attendee list wrote into its entries, each person once, deciding with the whole list what a comma
 * in a line means: more people ({@code Yury Delendik, Luke Imhoff}), one person written {@code Last, First} (most of
 * the list is {@code Ahn, Heejin}), or a person and an affiliation ({@code Adam Foltzer, Fastly}). One line alone
 * cannot tell these apart; the list's other lines can.
 */
final class ListEntries {

    /** Words that mark what follows a name's comma as an organisation, not a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("inc", "ltd", "llc", "gmbh", "corp", "corporation",
            "co", "company", "university", "univ", "foundation", "labs", "lab", "technologies", "tech", "software",
            "systems", "institute", "group", "limited", "sa", "ag", "bv", "srl", "org", "self", "independent",
            "individual", "freelance", "consultant", "research", "college", "school");
    /** A line break written as HTML, as exports from online editors do: it separates names like a comma. */
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");

    enum Form {
        /** A list item or bare line: one person, or several in a comma list, decided with the whole list. */
        LINE,
        /** One name of a labelled comma list ("Others: mark, dtolnay"). */
        PART,
        /** A table row's name cell, with the initials and login its other columns give. */
        CELL
    }

    /** An entry as found, before the list is read whole; lenient when its place vouches for lower-case words. */
    record Candidate(int line, String raw, Form form, String initials, String login, boolean lenient) {
    }

    private ListEntries() {
    }

    /** The list's entries, each person once, with the decisions only the whole list can settle applied. */
    static List<AttendeeEntry> of(List<Candidate> found) {
        List<Candidate> rows = found.stream().filter(c -> c.form() != Form.PART).toList();
        long reversed = rows.stream().filter(c -> isLastFirst(c.raw())).count();
        boolean lastFirst = rows.size() >= 2 && reversed * 2 > rows.size();
        long multiple = rows.stream().filter(c -> c.form() == Form.LINE && parts(c.raw(), false).size() > 1)
                .count();
        long affiliated = rows.stream().filter(c -> c.form() == Form.LINE && hasAffiliation(c.raw())).count();
        boolean affiliations = affiliated > 0 && affiliated * 2 >= multiple;

        Map<String, AttendeeEntry> byName = new LinkedHashMap<>();
        for (Candidate c : found) {
            switch (c.form()) {
                case PART -> add(byName, c, c.raw(), withColumns(WrittenPerson.in(c.raw(), c.lenient()), c));
                case CELL -> {
                    WrittenPerson p = lastFirst && isLastFirst(c.raw()) ? reversedName(c.raw())
                            : WrittenPerson.in(c.raw(), c.lenient());
                    add(byName, c, c.raw(), withColumns(p, c));
                }
                case LINE -> {
                    if (lastFirst && isLastFirst(c.raw())) {
                        add(byName, c, c.raw(), reversedName(c.raw()));
                        continue;
                    }
                    List<String> parts = parts(c.raw(), true);
                    List<WrittenPerson> people = parts.stream().map(p -> WrittenPerson.in(p, c.lenient())).toList();
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
    private static WrittenPerson withColumns(WrittenPerson p, Candidate c) {
        return p == null ? null : p.withMarks(c.initials(), c.login());
    }

    private static void add(Map<String, AttendeeEntry> byName, Candidate c, String raw, WrittenPerson person) {
        if (person == null) {
            return;
        }
        String key = Keys.fold(person.name());
        if (!key.isEmpty()) {
            byName.putIfAbsent(key, new AttendeeEntry(raw, c.line(), person.name(), person.initials(),
                    person.login()));
        }
    }

    /**
     * Whether a list line names someone: what comes before its first comma reads as a name, or as names joined by
     * "and"; and the line is no sentence ("Goals and scope of upcoming work" is not Goals).
     */
    static boolean readsAsEntry(String text, boolean lenient) {
        WrittenPerson first = firstPerson(text, lenient);
        if (first == null) {
            return false;
        }
        // "Ben, can you take notes?" is a sentence; "Keith Miller, Apple, been attending for years." a full name
        // and a remark.
        return first.name().contains(" ") || !WrittenPerson.endsSentence(Markup.withoutAsides(text))
                || parts(text, true).size() == 1;
    }

    /** The person a line names first: before its first comma, unless that is several joined by "and". */
    private static WrittenPerson firstPerson(String text, boolean lenient) {
        List<String> commaParts = parts(text, false);
        if (commaParts.isEmpty()) {
            return null;
        }
        WrittenPerson first = WrittenPerson.in(commaParts.get(0), lenient);
        if (first != null) {
            return first;
        }
        List<String> joined = parts(commaParts.get(0), true);
        return joined.size() > 1 && joined.stream().allMatch(p -> WrittenPerson.in(p, lenient) != null)
                ? WrittenPerson.in(joined.get(0), lenient) : null;
    }

    /**
     * Whether a line is written "Last, First": one comma between a surname (a word, perhaps after particles) and one
     * or two given names, none of them an organisation.
     */
    private static boolean isLastFirst(String raw) {
        List<String> parts = parts(raw, false);
        if (parts.size() != 2) {
            return false;
        }
        WrittenPerson last = WrittenPerson.in(parts.get(0), false);
        WrittenPerson first = WrittenPerson.in(parts.get(1), false);
        if (last == null || first == null || isOrganisation(parts.get(0)) || isOrganisation(parts.get(1))) {
            return false;
        }
        String[] surname = last.name().split(" ");
        String[] given = first.name().split(" ");
        for (int i = 0; i < surname.length - 1; i++) {
            if (!WrittenPerson.isParticle(surname[i])) {
                return false;
            }
        }
        return surname.length <= 3 && given.length <= 2 && capitalised(surname[surname.length - 1])
                && Arrays.stream(given).allMatch(ListEntries::capitalised);
    }

    private static WrittenPerson reversedName(String raw) {
        List<String> parts = parts(raw, false);
        WrittenPerson last = WrittenPerson.in(parts.get(0), false);
        WrittenPerson first = WrittenPerson.in(parts.get(1), false);
        return new WrittenPerson(first.name() + " " + last.name(),
                first.initials() != null ? first.initials() : last.initials(),
                first.login() != null ? first.login() : last.login());
    }

    /**
     * Whether what follows the comma of "Full Name, X" is an affiliation: X is no name, or a single word after a full
     * name ("Adam Foltzer, Fastly"), or an organisation's word ("Cambridge University").
     */
    private static boolean hasAffiliation(String raw) {
        List<String> parts = parts(raw, false);
        if (parts.size() < 2) {
            return false;
        }
        WrittenPerson first = WrittenPerson.in(parts.get(0), false);
        if (first == null || !first.name().contains(" ")) {
            return false;
        }
        for (String part : parts.subList(1, parts.size())) {
            WrittenPerson p = WrittenPerson.in(part, false);
            if (p == null || !p.name().contains(" ") || isOrganisation(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganisation(String text) {
        for (String word : Keys.fold(Markup.withoutAsides(text)).split(" ")) {
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
    static List<String> parts(String written, boolean andToo) {
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

    private static boolean capitalised(String word) {
        int cp = word.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || Character.isLetter(cp) && !Character.isLowerCase(cp);
    }
}
