package io.minutegraph.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initials written as a speaker or owner prefix at the start of a line: {@code RD: ...}, {@code * RD: ...},
 * {@code AJ/RD: ...}, {@code RD, SK: ...}, {@code **MR**: ...}.
 */
public final class SpeakerPrefixes {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]]\\s+)?(?:\\*\\*)?"
                    + "(\\p{Lu}[\\p{L}]{1,4}(?:\\s*(?:/|,|&|\\+|\\band\\b)\\s*\\p{Lu}[\\p{L}]{1,4})*)"
                    + "(?:\\*\\*)?\\s*:");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|,|&|\\+|\\band\\b)\\s*");
    /** Two-capital words that stand before a colon without naming anyone. */
    private static final Set<String> NOT_INITIALS = Set.of("OK", "PR", "CI", "QA", "OS", "VM", "IO", "UI", "ID");

    private SpeakerPrefixes() {
    }

    /** The prefix as written ({@code "AJ/RD"}), or null when the line has none. */
    public static String prefix(String line) {
        Matcher m = PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        List<String> tokens = tokens(m.group(1));
        return tokens.isEmpty() ? null : m.group(1);
    }

    /**
     * The initials in a prefix, as written ({@code "AJ/RD"} → [AJ, RD], {@code "SjK"} → [SjK]); empty unless every
     * part is initials.
     */
    public static List<String> tokens(String prefix) {
        List<String> tokens = new ArrayList<>();
        for (String part : SPLIT.split(prefix.strip())) {
            if (!isInitials(part)) {
                return List.of();
            }
            tokens.add(part);
        }
        return tokens;
    }

    /**
     * Two capitals (RD, SK; not TODO, SMP or ARM, which are words), or 3 to 5 letters mixing cases with at least two
     * capitals (SjK, MdS, MSch, ATtr).
     */
    static boolean isInitials(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        if (capitals == word.length()) {
            return word.length() == 2 && !NOT_INITIALS.contains(word);
        }
        return word.length() >= 3 && word.length() <= 5 && capitals >= 2;
    }
}
