package io.minutegraph.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as one written entry of an attendee list gives them: the name cleaned of remarks, affiliation, pronouns,
 * roles, markup and links, and the initials and GitHub login the entry carries ("Ross Tate (RT)",
 * "[Colin Ihrig](https://github.com/cjihrig)", "Gary Guo (nbdd0121)").
 *
 * <p>Being wrong costs more than missing someone, so {@link #in} gives nobody for text that reads like a sentence, a
 * placeholder, a link or a number; whether a comma in a line separates people is for {@link ListEntries} to say.
 */
record WrittenPerson(String name, String initials, String login) {

    /** No entry is longer, remarks included: a longer line is prose, and reading it as a name would cost. */
    private static final int MAX_ENTRY = 400;

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern BARE_URL = Pattern.compile("<?\\b(?:https?://|www\\.)[^\\s<>()]+>?");
    private static final Pattern EMAIL = Pattern.compile("<?(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?");
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
    /** Punctuation left around a name once its remarks are gone; a final dot may be an initial's. */
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\s,;:.!?'\"“”‘’\\-–—/]+|[\\s,;:!?'\"“”‘’\\-–—/]+$");
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
    /** A title before a name: "Dr. Carol Dinu" is Carol Dinu. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:dr|prof|mr|mrs|ms|mx|sir)\\.?\\s+)+",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The person an entry names, its remarks, affiliation and markup gone and the initials and login it carries
     * read; null when it names nobody (a placeholder, a sentence, a link, a number).
     *
     * @param lenient whether words in lower case may make up a name of up to three words, where the place vouches
     *                for it ("connor horman" in a list of handles, "Reid rankin" between two names)
     */
    static WrittenPerson in(String written, boolean lenient) {
        if (written.length() > MAX_ENTRY) {
            return null;
        }
        String s = HTML_TAG.matcher(Markup.INLINE_COMMENT.matcher(written).replaceAll(" ")).replaceAll(" ");
        String login = null;
        StringBuilder out = new StringBuilder();
        Matcher link = Markup.MARKDOWN_LINK.matcher(s);
        while (link.find()) {
            if (login == null) {
                login = Markup.githubLogin(link.group(3));
            }
            String text = link.group(1).isEmpty() ? link.group(2) : "";
            link.appendReplacement(out, Matcher.quoteReplacement(" " + text + " "));
        }
        link.appendTail(out);
        s = out.toString();
        out.setLength(0);
        Matcher url = BARE_URL.matcher(s);
        while (url.find()) {
            if (login == null) {
                login = Markup.githubLogin(url.group());
            }
            url.appendReplacement(out, " ");
        }
        url.appendTail(out);
        s = EMAIL.matcher(out.toString()).replaceAll(" ");

        List<String> asides = new ArrayList<>();
        s = Markup.withoutAsides(s, asides);
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
        s = Markup.EMOJI_SHORTCODE.matcher(Markup.withoutEmphasis(s)).replaceAll(" ");
        s = Markup.SPACES.matcher(Markup.withoutSymbols(s)).replaceAll(" ");
        s = HONORIFIC.matcher(EDGE_PUNCTUATION.matcher(s).replaceAll("")).replaceFirst("");
        s = s.endsWith(".") && !INITIAL_WITH_DOT.matcher(lastToken(s)).matches() ? s.substring(0, s.length() - 1) : s;

        String initials = null;
        for (String aside : asides) {
            String bare = Markup.withoutEmphasis(aside).strip();
            Matcher loginAside = LOGIN_ASIDE.matcher(aside);
            String profile = Markup.githubLogin(bare);
            if (loginAside.matches() || profile != null) {
                login = login != null ? login : loginAside.matches() ? loginAside.group(1) : profile;
            } else if (isInitials(bare) && initials == null && fitsInitials(bare, s)) {
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
        return new WrittenPerson(s, initials, login);
    }

    /** This person with the initials and login the note gives beside the entry (a table's columns, a label), if any. */
    WrittenPerson withMarks(String givenInitials, String givenLogin) {
        return new WrittenPerson(name, givenInitials != null ? givenInitials : initials,
                givenLogin != null ? givenLogin : login);
    }

    /** Whether a text is written as initials are: "RT", "DG2", "RdS". */
    static boolean isInitials(String text) {
        return INITIALS.matcher(text).matches();
    }

    /** Whether initials a note gives fit the name they follow: "RT" for Ross Tate, "FM" for Francis McCabe. */
    static boolean fitsInitials(String initials, String name) {
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

    /** Whether a word is a surname particle written inside a name: "van", "du", "'t". */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a text ends the way a sentence does: a lower-case word and a full stop, question or exclamation mark. */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
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

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
