package io.minutegraph.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the notes in a folder: every {@code .md} file below it, in a stable order.
 *
 * <p>Hidden files and folders ({@code .git}, editor files) and {@code README.md} files are not notes. Linked
 * folders are not followed, so a link loop cannot trap the walk; a linked file is read like any other.
 */
public final class NotesFolder {

    private NotesFolder() {
    }

    public static List<NoteFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("notes folder " + folder + " does not exist or is not a folder");
        }
        Path root = folder.toAbsolutePath().normalize();
        List<NoteFile> notes = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isNote(file) && Files.isRegularFile(file)) {
                        notes.add(new NoteFile(file, relative(root, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable entry is reported when it is read, not here: keep walking.
                    if (isNote(file)) {
                        notes.add(new NoteFile(file, relative(root, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list notes folder " + folder, e);
        }
        notes.sort(Comparator.comparing(NoteFile::source));
        return notes;
    }

    /**
     * Why a path cannot name a note inside a notes folder, or null when it can: relative, with '/' separators, no
     * empty, {@code .} or {@code ..} parts, no hidden parts, ending in {@code .md} and not a README.
     */
    public static String pathProblem(String source) {
        if (source == null || source.isBlank()) {
            return "is empty";
        }
        if (source.startsWith("/") || source.contains("\\") || source.contains("\0")) {
            return "must be relative, with '/' between folders";
        }
        for (String part : source.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "must not have empty, '.' or '..' parts";
            }
            if (part.startsWith(".")) {
                return "must not have hidden parts (starting with '.')";
            }
        }
        if (!isNote(Path.of(source))) {
            return "must end in .md and not be a README.md";
        }
        return null;
    }

    static boolean isNote(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") && !lower.equals("readme.md") && !isHidden(file);
    }

    static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
