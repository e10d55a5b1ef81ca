package io.minutegraph.facts.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version numbers on a line of a note, each with what its context says: a release of the project, of KraftKit, a
 * version of other software, or nothing decided.
 *
 * <p>Strong release context: the line speaks of a release ({@code release 0.9}, {@code the 0.12 release}), the
 * number has a {@code v} ({@code v0.13.0}), follows the project's name ({@code Unikraft 0.13}), or is a heading of
 * its own ({@code ### 0.17}). Weak context: a preposition before it ({@code moved to 0.15}, {@code works with 0.12}),
 * or it starts a list item ({@code - 0.13: ...}); weak mentions count only for versions the folder establishes as
 * releases elsewhere. Another product's name right before it ({@code Redis 7.0.11}, {@code glibc 2.31}), an
 * {@code of Redis} after it, or a unit after it ({@code 1.5x}, {@code 0.5 ms}) make it not the project's.
 */
final class VersionMentions {

    enum Context { STRONG, WEAK, NONE }

    /**
     * One version number on a line.
     *
     * @param version normalised: no {@code v}, a {@code .0} patch dropped ({@code v0.13.0} → {@code 0.13})
     * @param product {@code unikraft}, {@code kraftkit}, or the other software's name as written
     */
    record Mention(String version, String written, String product, Context context) {

        boolean isProjectRelease() {
            return product.equals(PROJECT) || product.equals(KRAFTKIT);
        }
    }

    static final String PROJECT = "unikraft";
    static final String KRAFTKIT = "kraftkit";

    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\w.\\-/:#@])([vV])?(\\d{1,2})\\.(\\d{1,3})(?:\\.(\\d{1,3}))?(?![\\w-]|\\.\\d)");
    private static final Pattern RELEASE_WORD = Pattern.compile("\\breleas(?:e|es|ed|ing)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^\\s*(?:%|x\\b|×|[kKMGT]i?B\\b|ms\\b|us\\b|ns\\b|s\\b|sec|seconds?\\b|min|minutes?\\b|hours?\\b|days?\\b"
                    + "|GHz|MHz|[GM]bps|times\\b|percent)");
    private static final Pattern OF_PRODUCT = Pattern.compile("^\\s+of\\s+([A-Z][\\w+.-]*)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\w+.-]*)[\\s`'\"(]*$");
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*#{1,6}\\s*(?:\\S+\\s+)?(?:release\\s+)?v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,3})?(?:\\s+release)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_START = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+(?:\\*\\*)?v?\\d");
    /** Words that may stand right before the project's version without naming other software. */
    private static final Set<String> CONTEXT_WORDS = Set.of("release", "releases", "version", "versions", "v",
            "unikraft", "to", "for", "in", "on", "with", "into", "until", "till", "after", "before", "since", "of",
            "post", "pre", "next", "the", "from", "towards", "toward", "than", "at", "by", "and", "or", "new",
            "latest", "upcoming", "current", "planned", "tagged", "tag", "is", "be", "was", "are", "beyond",
            "target", "targeting", "about", "as", "like", "vs", "via", "wait", "ready", "out", "plan", "major", "minor",
            "our", "their", "this", "that", "these", "its", "my", "your", "a", "an", "each", "every", "first", "last",
            "final", "stable", "previous", "following", "coming");

    private VersionMentions() {
    }

    static List<Mention> find(String line) {
        return find(line, PROJECT);
    }

    /**
     * @param defaultProduct whose versions unqualified numbers are: {@link #KRAFTKIT} in a KraftKit team's notes
     */
    static List<Mention> find(String line, String defaultProduct) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = VERSION.matcher(line);
        boolean releaseLine = RELEASE_WORD.matcher(line).find();
        boolean heading = HEADING.matcher(line).matches();
        while (m.find()) {
            String after = line.substring(m.end());
            if (UNIT_AFTER.matcher(after).find()) {
                continue;
            }
            String version = normalise(m.group(2), m.group(3), m.group(4));
            String before = line.substring(0, m.start());
            Matcher word = WORD_BEFORE.matcher(before);
            String previous = word.find() ? word.group(1) : "";
            String previousLower = previous.toLowerCase(Locale.ROOT);
            Matcher of = OF_PRODUCT.matcher(after);
            String product;
            if (previousLower.contains("kraftkit") || previousLower.equals("kraft")
                    || before.toLowerCase(Locale.ROOT).matches(".*\\bkraftkit\\b\\W*(?:\\w+\\W+){0,2}$")) {
                product = KRAFTKIT;
            } else if (of.find()) {
                product = of.group(1);
            } else if (!previous.isEmpty() && !CONTEXT_WORDS.contains(previousLower)
                    && !previous.matches("\\d.*")) {
                product = previous;
            } else {
                product = previousLower.equals("unikraft") ? PROJECT : defaultProduct;
            }
            Context context;
            if (!product.equals(PROJECT) && !product.equals(KRAFTKIT)) {
                context = Context.NONE;
            } else if (releaseLine || heading || m.group(1) != null || previousLower.equals("unikraft")) {
                context = Context.STRONG;
            } else if (CONTEXT_WORDS.contains(previousLower) || LIST_START.matcher(line).find() && before.strip()
                    .matches("^(?:[-*+]|\\d+\\.)\\s*(?:\\*\\*)?$")) {
                context = Context.WEAK;
            } else {
                context = Context.NONE;
            }
            mentions.add(new Mention(version, m.group(), product, context));
        }
        return mentions;
    }

    static String normalise(String major, String minor, String patch) {
        String version = Integer.parseInt(major) + "." + Integer.parseInt(minor);
        return patch == null || Integer.parseInt(patch) == 0 ? version : version + "." + Integer.parseInt(patch);
    }
}
