package io.minutegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cypher file from the {@code cypher/} folder, packaged on the classpath under {@code cypher/}. The service runs
 * the same files a person can paste into Neo4j Browser.
 *
 * @param name path under {@code cypher/}, e.g. {@code store/write-meeting.cypher}
 * @param text the file's text, comments included
 */
public record CypherFile(String name, String text) {

    public static CypherFile load(String name) {
        String resource = "cypher/" + name;
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file " + resource + " is missing from the classpath");
            }
            return new CypherFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The statements of a file that holds several, each ended by a ';' at the end of a line; comment lines dropped. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
