package io.minutegraph.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The git work tree a notes folder lies in, read from its {@code .git} files alone (no git program, no network):
 * the commit checked out, the remote's URL, where the folder sits in the tree, and which files hold exactly what
 * git has staged for them, so that a line of such a file is the same line at that commit.
 *
 * <p>A file whose bytes differ from its staged version (edited and not committed, or rewritten by a filter such as
 * line-end conversion) or that git does not track is not {@link #isCommitted committed}. A change staged but not yet
 * committed reads as committed: telling it apart would mean reading the commit's trees from git's object store.
 */
public final class GitWorkTree {

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([^\\s\\]\"]+)(?:\\s+\"(.*)\")?\\s*]\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Za-z0-9-]+)\\s*=\\s*(.*?)\\s*$");

    private final String commit;
    private final String remoteUrl;
    private final String prefix;
    private final boolean sha256;
    /** Each tracked path's staged object id, by path relative to the work tree's root. */
    private final Map<String, String> staged;

    private GitWorkTree(String commit, String remoteUrl, String prefix, boolean sha256, Map<String, String> staged) {
        this.commit = commit;
        this.remoteUrl = remoteUrl;
        this.prefix = prefix;
        this.sha256 = sha256;
        this.staged = staged;
    }

    /**
     * The work tree holding {@code folder}, if it is in one with a commit checked out.
     *
     * @throws IOException when a file of git's that exists cannot be read as git writes it
     */
    public static Optional<GitWorkTree> find(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        for (Path root = dir; root != null; root = root.getParent()) {
            Path dotGit = root.resolve(".git");
            if (Files.isDirectory(dotGit) || Files.isRegularFile(dotGit)) {
                return open(root, gitDir(root, dotGit), dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<GitWorkTree> open(Path root, Path gitDir, Path folder) throws IOException {
        // A linked work tree keeps HEAD and its index apart, and shares config and refs with the main one.
        Path common = Files.isRegularFile(gitDir.resolve("commondir"))
                ? gitDir.resolve(Files.readString(gitDir.resolve("commondir")).strip()).normalize() : gitDir;
        Map<String, Map<String, String>> config = config(common.resolve("config"));
        boolean sha256 = "sha256".equalsIgnoreCase(config.getOrDefault("extensions", Map.of()).get("objectformat"));
        String head = Files.isRegularFile(gitDir.resolve("HEAD")) ? Files.readString(gitDir.resolve("HEAD")).strip() : "";
        String branch = head.startsWith("ref:") ? head.substring(4).strip() : null;
        String commit = branch == null ? head : resolve(gitDir, common, branch);
        if (commit == null || !commit.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            return Optional.empty(); // a new repository with nothing committed yet
        }
        String prefix = root.relativize(folder).toString().replace('\\', '/');
        Map<String, String> staged = Files.isRegularFile(gitDir.resolve("index"))
                ? index(Files.readAllBytes(gitDir.resolve("index")), sha256 ? 32 : 20) : Map.of();
        return Optional.of(new GitWorkTree(commit, remote(config, branch), prefix.isEmpty() ? "" : prefix + "/",
                sha256, staged));
    }

    /** The commit checked out, as 40 (or, in a SHA-256 repository, 64) hex digits. */
    public String commit() {
        return commit;
    }

    /** The URL of the remote the checked-out branch follows, else of {@code origin}, else of the first; or null. */
    public String remoteUrl() {
        return remoteUrl;
    }

    /** The path of a note ({@code source}, relative to the notes folder) relative to the work tree's root. */
    public String pathInTree(String source) {
        return prefix + source;
    }

    /** Whether {@code content} is what git has staged for the note at {@code source} (see the class comment). */
    public boolean isCommitted(String source, byte[] content) {
        String id = staged.get(pathInTree(source));
        return id != null && id.equals(blobId(content));
    }

    private String blobId(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance(sha256 ? "SHA-256" : "SHA-1");
            digest.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path gitDir(Path root, Path dotGit) throws IOException {
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        String text = Files.readString(dotGit).strip(); // "gitdir: <path>", as a submodule or linked work tree has
        if (!text.startsWith("gitdir:")) {
            throw new IOException(dotGit + " is neither a folder nor a 'gitdir:' file");
        }
        return root.resolve(text.substring("gitdir:".length()).strip()).normalize();
    }

    /** A ref's commit: its own file, else its line in packed-refs; null when it names nothing yet. */
    private static String resolve(Path gitDir, Path common, String ref) throws IOException {
        for (Path dir : List.of(gitDir, common)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Files.readString(loose).strip();
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                if (line.endsWith(" " + ref) && !line.startsWith("#") && !line.startsWith("^")) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return null;
    }

    /** Git's config file as sections ({@code remote.origin}) of lower-cased keys; enough for remotes and extensions. */
    static Map<String, Map<String, String>> config(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return sections;
        }
        String section = "";
        for (String line : Files.readAllLines(file)) {
            Matcher head = SECTION.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            if (head.matches()) {
                section = head.group(1).toLowerCase(Locale.ROOT) + (head.group(2) == null ? "" : "." + head.group(2));
            } else if (entry.matches() && !line.strip().startsWith("#") && !line.strip().startsWith(";")) {
                String value = entry.group(2);
                value = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
                sections.computeIfAbsent(section, s -> new LinkedHashMap<>())
                        .putIfAbsent(entry.group(1).toLowerCase(Locale.ROOT), value);
            }
        }
        return sections;
    }

    private static String remote(Map<String, Map<String, String>> config, String branch) {
        String followed = branch == null || !branch.startsWith("refs/heads/") ? null
                : config.getOrDefault("branch." + branch.substring("refs/heads/".length()), Map.of()).get("remote");
        for (String name : new String[] {followed, "origin"}) {
            if (name != null && config.containsKey("remote." + name) && config.get("remote." + name).get("url") != null) {
                return config.get("remote." + name).get("url");
            }
        }
        return config.entrySet().stream().filter(e -> e.getKey().startsWith("remote.") && e.getValue().get("url") != null)
                .map(e -> e.getValue().get("url")).findFirst().orElse(null);
    }

    /**
     * The staged object id of every path in git's index (versions 2, 3 and 4: a fixed-size entry, the object id,
     * flags, then the path, NUL-terminated and padded in 2 and 3, prefix-compressed against the previous one in 4).
     */
    static Map<String, String> index(byte[] bytes, int idLength) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || in.getInt() != 0x44495243) { // "DIRC"
            throw new IOException("not a git index");
        }
        int version = in.getInt();
        int entries = in.getInt();
        if (version < 2 || version > 4) {
            throw new IOException("git index version " + version + " is not one this reads (2, 3, 4)");
        }
        Map<String, String> staged = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        byte[] previous = new byte[0];
        try {
            for (int i = 0; i < entries; i++) {
                int start = in.position();
                in.position(start + 40); // times, device, inode, mode, owner, size
                byte[] id = new byte[idLength];
                in.get(id);
                int flags = in.getShort() & 0xffff;
                if (version >= 3 && (flags & 0x4000) != 0) {
                    in.getShort(); // extended flags
                }
                byte[] path;
                if (version == 4) {
                    int drop = varint(in);
                    byte[] suffix = untilNul(in);
                    path = Arrays.copyOf(previous, previous.length - drop + suffix.length);
                    System.arraycopy(suffix, 0, path, previous.length - drop, suffix.length);
                } else {
                    path = untilNul(in);
                    int length = in.position() - start;
                    in.position(start + ((length + 7) / 8) * 8); // NUL padding to a multiple of eight
                }
                previous = path;
                String name = new String(path, StandardCharsets.UTF_8);
                if ((flags & 0x3000) != 0) {
                    conflicted.add(name); // a merge in progress: no one version of the file
                } else {
                    staged.put(name, HexFormat.of().formatHex(id));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("git index is cut short or malformed", e);
        }
        conflicted.forEach(staged::remove);
        return staged;
    }

    private static byte[] untilNul(ByteBuffer in) {
        int start = in.position();
        while (in.get() != 0) {
            // reading up to the terminator
        }
        byte[] bytes = new byte[in.position() - start - 1];
        in.get(start, bytes);
        return bytes;
    }

    /** Git's offset encoding of a number (the index's path prefix lengths). */
    private static int varint(ByteBuffer in) {
        int b = in.get() & 0xff;
        int value = b & 0x7f;
        while ((b & 0x80) != 0) {
            b = in.get() & 0xff;
            value = ((value + 1) << 7) | (b & 0x7f);
        }
        return value;
    }
}
