package io.minutegraph.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How node keys are made from names as written, so that every stage makes the same key from the same name. */
public final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    /** Case and diacritics folded, runs of anything but letters and digits made one space: "Ștefan  J." → "stefan j". */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** {@link #fold} with hyphens for spaces: a key that reads well in a URL. "Răzvan D" → "razvan-d". */
    public static String slug(String name) {
        return fold(name).replace(' ', '-');
    }

    /**
     * Edits between two names: letters added, dropped, changed, or two neighbours swapped (optimal string alignment
     * distance).
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
