package io.minutegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown's backslash escapes read as the characters they escape: documents exported from editors such as Google
 * Docs write {@code \-}, {@code \[ \]}, {@code \+}, {@code \*} and {@code \_} wherever a character could be read as
 * Markdown, so {@code \- \[x\] Eric: update} is the item {@code - [x] Eric: update} a person reads. Fenced code is
 * left as written.
 */
public final class MarkdownEscapes {

    /** A backslash before ASCII punctuation, as CommonMark defines an escape. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private MarkdownEscapes() {
    }

    public static List<String> undo(List<String> lines) {
        List<String> read = new ArrayList<>(lines.size());
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                read.add(line);
            } else {
                read.add(inFence || line.indexOf('\\') < 0 ? line : ESCAPE.matcher(line).replaceAll("$1"));
            }
        }
        return read;
    }
}
