package io.minutegraph.facts.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts of one vote as a note labels them ({@code SF}, {@code F}, {@code N}, {@code A}, {@code SA}; for,
 * against, abstain; yes, no), in a table, on tally lines or in parentheses, read onto one scale: the five points when
 * the note writes them, else for/against/abstain.
 */
final class VoteCounts {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A label and its count, with where the votes were cast when a meeting counts the room and the chat apart. */
    private static final Pattern TALLY = Pattern.compile("(?<![\\w+-])(strongly\\s+(?:for|in\\s+favou?r|against"
            + "|opposed)|in\\s+favou?r|SF|SA|F|N|A|for|against|neutral|abstain(?:ed|s|ing)?|abstentions?|yes|no|aye"
            + "|nay|opposed)\\s*[:=]?\\s*(\\d{1,4})(?:\\s*(?:in\\s+(?:the\\s+)?)?(?:room|chat|person|online|remote))?"
            + "(?:\\s*[,+]\\s*(\\d{1,4})\\s*(?:in\\s+(?:the\\s+)?)?(?:room|chat|person|online|remote))?(?![\\w.])", I);
    /** A count and its label, in that order: "7 in favor", "0 against", "2 abstentions". */
    private static final Pattern COUNT_FIRST = Pattern.compile("(?<![\\w.+-])(\\d{1,4})\\s+(?:votes?\\s+)?(in\\s+"
            + "favou?r|for|against|abstain(?:ed|s|ing)?|abstentions?|yes|no|opposed|neutral)\\b", I);
    private static final Pattern TALLY_FILLER = Pattern.compile("(?i)\\b(?:votes?|tally|tallies|counts?|results?"
            + "|poll|total)\\b|[\\s,;|/().*_:=+-]");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern VOTERS = Pattern.compile("(?<=\\d)\\s*\\((?!\\s*\\d)[^()]*\\)");

    /** Counts by label ("SF", "F", ..., or "for", "against", "abstain"), in the note's order. */
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** The scale and position a label stands for ("SF", "F", "for", "against", ...), or null. */
    static String label(String cell) {
        String folded = cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (folded) {
            case "sf", "stronglyfor", "stronglyinfavor", "stronglyinfavour" -> "SF";
            case "f" -> "F";
            case "n" -> "N";
            case "a" -> "A";
            case "sa", "stronglyagainst", "stronglyopposed" -> "SA";
            case "for", "infavor", "infavour", "yes", "aye" -> "for";
            case "against", "no", "nay", "opposed" -> "against";
            case "neutral", "abstain", "abstained", "abstains", "abstaining", "abstention", "abstentions" ->
                    "abstain";
            default -> null;
        };
    }

    void add(String writtenLabel, int count) {
        String label = label(writtenLabel);
        if (label != null) {
            counts.merge(label, count, Integer::sum);
        }
    }

    void addAll(VoteCounts other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
    }

    /**
     * Adds a line that holds only tallies ("SF: 9", "F: 5 N: 1", "7 in favor, 0 against"); false, adding nothing, for
     * any other.
     */
    boolean addTallyLine(String written) {
        if (written.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        // A table of one count a row ("| For | 7 |"), who voted in parentheses ("Yes: 9 (Trott, jasnell, ...)")
        // ... and its labels in bold ("| **SF** | 15 |")
        String line = VOTERS.matcher(written.replace('|', ' ').replaceAll("\\*\\*|__", "")).replaceAll(" ");
        return addTallies(line, TALLY.matcher(line), 1, 2) || addTallies(line, COUNT_FIRST.matcher(line), 2, 1);
    }

    private boolean addTallies(String line, Matcher m, int labelGroup, int countGroup) {
        List<String[]> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (m.find()) {
            int more = labelGroup == 1 && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
            found.add(new String[] {m.group(labelGroup), String.valueOf(Integer.parseInt(m.group(countGroup)) + more)});
            rest.append(line, at, m.start());
            at = m.end();
        }
        rest.append(line.substring(at));
        if (found.isEmpty() || !TALLY_FILLER.matcher(rest).replaceAll("").isEmpty()) {
            return false;
        }
        found.forEach(t -> add(t[0], Integer.parseInt(t[1])));
        return true;
    }

    /** Tallies in parentheses on a poll line: "Poll: X to phase 2 (SF 13, F 16, N 4, A 0, SA 0)". */
    void addInline(String line) {
        Matcher group = PARENTHESES.matcher(line);
        while (group.find()) {
            VoteCounts inside = new VoteCounts();
            if (inside.addTallyLine(group.group(1)) && inside.size() >= 2) {
                addAll(inside);
            }
        }
    }

    int size() {
        return counts.size();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The counts on one scale: five points when the note writes SF, F, N, A or SA; else for/against/abstain. */
    Map<String, Integer> votes() {
        boolean fivePoints = counts.keySet().stream().anyMatch(k -> Character.isUpperCase(k.charAt(0)));
        Map<String, Integer> votes = new LinkedHashMap<>();
        counts.forEach((label, count) -> votes.merge(fivePoints ? fivePoint(label) : label, count, Integer::sum));
        return votes;
    }

    private static String fivePoint(String label) {
        return switch (label) {
            case "for" -> "F";
            case "against" -> "A";
            case "abstain" -> "N";
            default -> label;
        };
    }

    /** Passed when more voted for than against, failed when fewer, unsettled on a tie or no counts. */
    String outcome() {
        Map<String, Integer> votes = votes();
        int pro = votes.getOrDefault("SF", 0) + votes.getOrDefault("F", 0) + votes.getOrDefault("for", 0);
        int con = votes.getOrDefault("SA", 0) + votes.getOrDefault("A", 0) + votes.getOrDefault("against", 0);
        return pro > con ? DecisionSentences.PASSED : pro < con ? DecisionSentences.FAILED : null;
    }
}
