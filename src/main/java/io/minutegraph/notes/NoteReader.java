package io.minutegraph.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one note file into a {@link Note}, or rejects it with a reason a person can act on.
 *
 * <p>Accepted: UTF-8 with or without a byte order mark, LF or CRLF line ends, with or without a YAML front matter
 * (a first line {@code ---} opens one, which must be closed and be a map). Rejected: files over {@link #MAX_BYTES},
 * empty, binary or non-UTF-8 files, and a front matter that is not closed or not a YAML map. Markdown escapes of
 * exported documents ({@code \-}, {@code \[}) are read as the characters they escape ({@link MarkdownEscapes}).
 */
public final class NoteReader {

    /** Larger files are rejected: no meeting note is this long, and the limit bounds memory per note. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private NoteReader() {
    }

    public static Note read(NoteFile file) throws NoteRejectedException {
        return parse(file.source(), bytes(file));
    }

    /** A note file's content, within the size limit. */
    public static byte[] bytes(NoteFile file) throws NoteRejectedException {
        String source = file.source();
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                throw new NoteRejectedException(source,
                        "file is " + size + " bytes, over the " + MAX_BYTES + "-byte limit for a note");
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new NoteRejectedException(source, "cannot read file: " + e.getMessage());
        }
    }

    /** Reads a note's content that comes from elsewhere than a file (an upload), with the same size limit. */
    public static Note check(String source, byte[] bytes) throws NoteRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw new NoteRejectedException(source,
                    "note is " + bytes.length + " bytes, over the " + MAX_BYTES + "-byte limit for a note");
        }
        return parse(source, bytes);
    }

    public static Note parse(String source, byte[] bytes) throws NoteRejectedException {
        String text = decode(source, bytes);
        List<String> lines = MarkdownEscapes.undo(Arrays.asList(text.split("\n", -1)));
        int open = firstNonBlank(lines);
        if (open < 0) {
            throw new NoteRejectedException(source, "file is empty");
        }
        FrontMatter frontMatter = FrontMatter.NONE;
        int bodyStart = 0;
        if (lines.get(open).strip().equals("---")) {
            int close = -1;
            for (int i = open + 1; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.equals("---") || l.equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                throw new NoteRejectedException(source,
                        "front matter opened on line " + (open + 1) + " is never closed with a '---' line");
            }
            String yaml = String.join("\n", lines.subList(open + 1, close));
            frontMatter = FrontMatterReader.read(source, yaml, open + 1, close + 1);
            bodyStart = close + 1;
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size()));
        Outline outline;
        try {
            outline = OutlineReader.read(body, bodyStart + 1);
        } catch (IllegalArgumentException e) {
            throw new NoteRejectedException(source, e.getMessage());
        }
        return new Note(source, sha256(bytes), frontMatter, outline, lines);
    }

    private static String decode(String source, byte[] bytes) throws NoteRejectedException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new NoteRejectedException(source, "binary file (contains NUL bytes), not a Markdown note");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NoteRejectedException(source, "not valid UTF-8 text; save the note as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
