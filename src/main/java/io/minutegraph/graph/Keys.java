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
}
