package io.minutegraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown table in an attendee list ({@code | Name | Affiliation | ✅ |}): which column holds the names, the
 * initials, the logins and the check marks, by their headers or, for a table without any, by what the cells hold;
 * and the people of its rows, only those ticked where a column ticks them.
 *
 * @param people the rows that name someone present, in order
 * @param end    the line after the table
 */
record AttendeeTable(List<Row> people, int end) {

    private static final Pattern TABLE_DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern DATE_LIKE = Pattern.compile("(?i)\\d{1,4}[-/.]\\d{1,2}|\\b(?:jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,38}");

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

    /** A row's name cell and line, with the initials and login its other columns give (null where they give none). */
    record Row(int line, String name, String initials, String login) {
    }

    /** Whether a table starts at line n: a row, or a line with a pipe above a delimiter row. */
    static boolean startsAt(NoteLines note, int n) {
        String line = note.visible(n).strip();
        if (line.startsWith("|")) {
            return true;
        }
        return line.contains("|") && n < note.last() && isDelimiterRow(cells(note.visible(n + 1)));
    }

    /** Reads the table starting at line n: nobody when no column holds names. */
    static AttendeeTable read(NoteLines note, int n, LabelVocabulary vocabulary) {
        List<Integer> rowLines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        while (n <= note.last() && note.isText(n) && note.visible(n).contains("|") && !note.visible(n).isBlank()) {
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
        Columns columns = Columns.of(header, data, vocabulary);
        List<Row> people = new ArrayList<>();
        if (columns.name() < 0) {
            return new AttendeeTable(people, n);
        }
        for (int r = 0; r < data.size(); r++) {
            List<String> row = data.get(r);
            String name = cell(row, columns.name());
            if (name.isEmpty() || isDelimiterRow(row)
                    || columns.check() >= 0 && !CHECKED.contains(checkToken(cell(row, columns.check())))) {
                continue;
            }
            String initials = cell(row, columns.initials()).replace(" ", "");
            people.add(new Row(rowLines.get(firstData + r), name,
                    WrittenPerson.isInitials(initials) ? initials : null, loginIn(cell(row, columns.login()))));
        }
        return new AttendeeTable(people, n);
    }

    /** The columns of an attendee table that matter; -1 for a column it lacks. */
    private record Columns(int name, int initials, int login, int check) {

        static Columns of(List<String> header, List<List<String>> data, LabelVocabulary vocabulary) {
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
                return new Columns(-1, -1, -1, -1);
            }
            if (initials < 0) {
                initials = initialsByContent(data, columns, name);
            }
            int check = -1;
            for (int c = 0; c < columns; c++) {
                String title = header == null ? "" : LabelVocabulary.core(cell(header, c));
                boolean attendance = CHECK_HEADERS.contains(title) || DATE_LIKE.matcher(title).find()
                        || vocabulary.namesAttendees(title);
                if (c != name && c != initials && attendance && isCheckColumn(data, c)) {
                    check = c;
                    break;
                }
            }
            return new Columns(name, initials, login, check);
        }

        private static int byHeader(List<String> header, Set<String> titles) {
            if (header != null) {
                for (int c = 0; c < header.size(); c++) {
                    if (titles.contains(LabelVocabulary.core(header.get(c)))) {
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
                if (c == initials || c == login || LabelVocabulary.namesRole(title)
                        || LabelVocabulary.namesOtherField(title)) {
                    continue;
                }
                int score = 0;
                for (List<String> row : data) {
                    WrittenPerson p = WrittenPerson.in(cell(row, c), false);
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
                        fitting += WrittenPerson.isInitials(cell) && WrittenPerson.fitsInitials(cell, cell(row, name))
                                ? 1 : 0;
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
        return Markup.withoutEmphasis(cell).replace("\uFE0F", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The login a cell gives: a GitHub profile's address, a link to one, or a handle with or without its "@". */
    private static String loginIn(String cell) {
        String s = Markup.withoutEmphasis(cell).strip();
        String profile = Markup.githubLogin(s);
        if (profile != null) {
            return profile;
        }
        Matcher link = Markup.MARKDOWN_LINK.matcher(s);
        if (link.find()) {
            String linked = Markup.githubLogin(link.group(3));
            s = linked != null ? linked : link.group(2);
        }
        s = s.startsWith("@") ? s.substring(1) : s;
        return LOGIN.matcher(s).matches() ? s : null;
    }
}
