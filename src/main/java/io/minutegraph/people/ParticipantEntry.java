package io.minutegraph.people;

import io.minutegraph.graph.Keys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant entry as written in a note's front matter, read into the name forms it holds.
 *
 * <p>{@code FH, SK, DA} and {@code Simon, Felipe, Dragos} hold several people; {@code Carol Bontas (came later)}
 * holds one, the remark dropped; {@code Sairaj Kodilkar (SK)} carries initials, {@code Marin (`adminy`)} and
 * {@code Beth Griggs (@BethGriggs)} a login;
 * {@code TODO}, {@code TO FILL} and {@code None} hold nobody.
 *
 * @param raw   the entry exactly as written
 * @param names the name forms in it, in written order; empty for a placeholder
 */
public record ParticipantEntry(String raw, List<NameForm> names) {

    private static final Set<String> PLACEHOLDERS = Set.of("todo", "to fill", "tofill", "none", "n a", "na", "tbd",
            "tba", "fixme", "xxx", "unknown", "nobody", "name", "names", "participants", "");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;]|\\s&\\s|\\sand\\s)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^)]*)\\)");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,2}\\p{Ll}{0,2}");
    private static final Pattern LOGIN = Pattern.compile("`?([a-z0-9][a-z0-9_.-]*)`?");
    /** A GitHub login as attendee lists write it, any case: {@code (@BethGriggs)}. */
    private static final Pattern AT_LOGIN = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9-]{0,38}");
    private static final Pattern HANDLE = Pattern.compile("(\\p{Lu}\\p{Ll}+)(\\p{Lu}[\\p{L}]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");

    public ParticipantEntry {
        names = List.copyOf(names);
    }

    public boolean isPlaceholder() {
        return names.isEmpty();
    }

    public static ParticipantEntry parse(String raw) {
        String text = Normalizer.normalize(raw == null ? "" : raw.strip(), Normalizer.Form.NFC);
        List<NameForm> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            NameForm form = nameForm(part.strip());
            if (form != null) {
                names.add(form);
            }
        }
        return new ParticipantEntry(raw, names);
    }

    /** One name, with its parenthesised annotations read and remarks dropped; null for a placeholder. */
    static NameForm nameForm(String part) {
        Set<String> initials = new LinkedHashSet<>();
        String login = null;
        Matcher paren = PARENTHESES.matcher(part);
        StringBuilder bare = new StringBuilder();
        while (paren.find()) {
            String inside = paren.group(1).strip();
            if (INITIALS.matcher(inside).matches()) {
                initials.add(foldInitials(inside));
            } else if (AT_LOGIN.matcher(inside).matches()) {
                login = inside.substring(1);
            } else if (LOGIN.matcher(inside).matches()) {
                Matcher m = LOGIN.matcher(inside);
                m.matches();
                login = m.group(1);
            }
            // anything else ("came later", "host") is a remark about the person, not part of the name
            paren.appendReplacement(bare, "");
        }
        paren.appendTail(bare);
        String name = bare.toString().replace("`", "").strip();
        if (PLACEHOLDERS.contains(Keys.fold(name))) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(name);
        while (w.find()) {
            words.add(w.group());
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            String word = words.get(0);
            if (word.equals(word.toLowerCase(Locale.ROOT)) && !word.isEmpty()) {
                return new NameForm(name, NameForm.Kind.LOGIN, null, null, initials, word);
            }
            Matcher handle = HANDLE.matcher(word);
            if (handle.matches()) {
                return handle(name, handle.group(1), handle.group(2), initials, login);
            }
            if (INITIALS.matcher(word).matches() && word.length() <= 3) {
                // "SK" alone: initials standing for a participant; resolved like a speaker's initials.
                initials.add(foldInitials(word));
                return new NameForm(name, NameForm.Kind.INITIALS, null, null, initials, login);
            }
            return new NameForm(name, NameForm.Kind.FIRST, firstToken(word), null, initials, login);
        }
        String last = words.get(words.size() - 1);
        if (words.size() == 2 && last.replace(".", "").length() == 1) {
            return handle(name, words.get(0), last.replace(".", ""), initials, login); // "Razvan V"
        }
        String first = words.get(0);
        initials.add(foldInitials(first.substring(0, 1) + last.substring(0, 1)));
        if (words.size() > 2) {
            // "Renê de Souza Pinto" goes by RP, RdS or RdSP: every word's initial, with and without the last.
            StringBuilder all = new StringBuilder();
            words.forEach(word -> all.append(word.charAt(0)));
            initials.add(foldInitials(all.toString()));
            initials.add(foldInitials(all.substring(0, all.length() - 1)));
        }
        if (name.contains("-")) {
            // "Shu-yu Guo" goes by SYG and "Luna Phipps-Costin" by LPC: the parts of a joined name count.
            StringBuilder parts = new StringBuilder();
            for (String piece : name.split("[\\s-]+")) {
                if (!piece.isEmpty() && Character.isLetter(piece.charAt(0))) {
                    parts.append(piece.charAt(0));
                }
            }
            if (parts.length() > 2) {
                initials.add(foldInitials(parts.toString()));
            }
        }
        return new NameForm(name, NameForm.Kind.FULL, firstToken(first), lastToken(last), initials, login);
    }

    private static NameForm handle(String text, String first, String surnameStart, Set<String> initials,
                                   String login) {
        initials.add(foldInitials(first.substring(0, 1) + surnameStart.substring(0, 1)));
        return new NameForm(text, NameForm.Kind.HANDLE, firstToken(first), Keys.fold(surnameStart), initials, login);
    }

    /** "Vlad-Andrei" → "vlad": people go by the first part of a compound first name. */
    private static String firstToken(String word) {
        String folded = Keys.fold(word);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    private static String lastToken(String word) {
        String folded = Keys.fold(word);
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    /** "ȘJ" → "SJ", "Sk" → "SK": initials compared without case and diacritics. */
    public static String foldInitials(String initials) {
        return Keys.fold(initials).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
