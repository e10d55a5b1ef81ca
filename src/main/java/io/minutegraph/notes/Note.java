package io.minutegraph.notes;

import java.util.List;

/**
 * A meeting note, read and parsed: what every extractor works from.
 *
 * @param source      path relative to the notes folder
 * @param sha256      hex SHA-256 of the file's bytes
 * @param frontMatter the YAML front matter
 * @param outline     the Markdown body's structure
 * @param lines       the file's text lines (line {@code n} is {@code lines.get(n - 1)}), for evidence
 */
public record Note(String source, String sha256, FrontMatter frontMatter, Outline outline, List<String> lines) {

    public Note {
        lines = List.copyOf(lines);
    }

    /** The text of 1-based line {@code n}, or "" when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
