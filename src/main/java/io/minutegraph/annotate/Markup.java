package io.minutegraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown and decoration writers put around the names and labels of attendee lists (emphasis, emoji, comments,
 * links, remarks in brackets) and how to take it off. Names, labels and table cells are all cleaned of it, and the same
 * way, so that "**Attendees**" is Attendees and "[Colin Ihrig](https://github.com/cjihrig)" is Colin Ihrig.
 */
final class Markup {

    static final Pattern INLINE_COMMENT = Pattern.compile("<!--.*?-->");
    /** A link or an image: "!" for an image, the text, the address. */
    static final Pattern MARKDOWN_LINK =
            Pattern.compile("(!?)\\[([^\\[\\]]*)]\\(([^()\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern EMOJI_SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
    static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

    private static final Pattern GITHUB_PROFILE = Pattern.compile(
            "(?i)^<?(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?>?$");
    /** Markdown emphasis and code marks; an underscore inside a word ("foo_bar") is part of it. */
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*\\*|__|~~|`|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])|\\*");
    /** A remark in parentheses or brackets, innermost first. */
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)]");

    private Markup() {
    }

    /** The login of a GitHub profile's address ("https://github.com/cjihrig", "<github.com/cjihrig>"), or null. */
    static String githubLogin(String address) {
        Matcher profile = GITHUB_PROFILE.matcher(address);
        return profile.matches() ? profile.group(1) : null;
    }

    static String withoutEmphasis(String text) {
        return EMPHASIS.matcher(text).replaceAll("");
    }

    static String withoutAsides(String text) {
        return withoutAsides(text, new ArrayList<>());
    }

    /** The text without its parentheses and brackets, innermost first, their contents added to {@code asides}. */
    static String withoutAsides(String text, List<String> asides) {
        String s = text;
        boolean found = true;
        while (found) {
            found = false;
            Matcher aside = ASIDE.matcher(s);
            StringBuilder out = new StringBuilder(s.length());
            while (aside.find()) {
                found = true;
                asides.add((aside.group(1) != null ? aside.group(1) : aside.group(2)).strip());
                aside.appendReplacement(out, " ");
            }
            aside.appendTail(out);
            s = out.toString();
        }
        return s;
    }

    /** Emoji and other pictographs taken out: "✅ Ana", "Attendees 👋". */
    static String withoutSymbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || cp == 0xFE0F || cp == 0x200D || type == Character.FORMAT;
            out.appendCodePoint(symbol ? ' ' : cp);
        });
        return out.toString();
    }
}
