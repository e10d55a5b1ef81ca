package io.minutegraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The code that turns notes into the graph, as one hash: the SHA-256 of every file Minutegraph's build put under
 * {@link #FOLDERS} (the bytecode of the packages a note passes through, the write and retract Cypher, the events
 * gazetteer), read from the jar or folder this class was loaded from. A note written by other code is extracted
 * again: a changed extractor, fact kind, writer or statement changes the hash without anyone bumping a number. So
 * does any other change to those classes (a moved line changes their line numbers), which costs one extraction.
 * Libraries, CoreNLP's models among them, are not counted.
 */
public final class ExtractionCode {

    /** Where the files that count are, by path in the jar. */
    public static final List<String> FOLDERS = List.of("io/minutegraph/notes/", "io/minutegraph/annotate/",
            "io/minutegraph/people/", "io/minutegraph/nlp/", "io/minutegraph/extract/", "io/minutegraph/facts/",
            "io/minutegraph/graph/", "io/minutegraph/store/", "cypher/store/", "gazetteer/");

    private ExtractionCode() {
    }

    /** The hash, worked out once a run. */
    public static String fingerprint() {
        return Computed.FINGERPRINT;
    }

    /** The files that count, by path, with their bytes. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        Path location = location();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        String name = location.relativize(file).toString().replace('\\', '/');
                        if (counts(name)) {
                            files.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && counts(e.getName())).toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Minutegraph's own code at " + location, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no code of Minutegraph's found at " + location);
        }
        return files;
    }

    private static boolean counts(String name) {
        return FOLDERS.stream().anyMatch(name::startsWith);
    }

    private static Path location() {
        CodeSource source = ExtractionCode.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("Minutegraph's classes were loaded from nowhere it can read");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read Minutegraph's own code at " + source.getLocation(), e);
        }
    }

    private static final class Computed {
        static final String FINGERPRINT = hash(files());

        /** Each file's path and length, then its bytes, in path order. */
        private static String hash(Map<String, byte[]> files) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                files.forEach((name, bytes) -> {
                    digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                });
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
