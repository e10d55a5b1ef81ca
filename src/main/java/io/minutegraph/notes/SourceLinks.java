package io.minutegraph.notes;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a person can read a line of a note on the web: a URL template per note, {@code {line}} standing for the line
 * number. From {@code minutegraph.notes.source-url} when set ({@code {path}}: the note's path in the notes folder,
 * {@code {commit}}, {@code {line}}), else from the git work tree the folder lies in when its remote is on GitHub,
 * GitLab, Codeberg or another Gitea or Forgejo: the file at the commit checked out. A note whose file is not what
 * git has committed, in a folder with no such remote, gets none. Nothing is fetched from the network.
 */
public final class SourceLinks {

    private static final Logger LOG = LoggerFactory.getLogger(SourceLinks.class);
    /** {@code https://host/owner/repo(.git)}, {@code ssh://git@host/owner/repo.git}, {@code git@host:owner/repo.git}. */
    private static final Pattern REMOTE = Pattern.compile(
            "^(?:(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/|[^@/]+@([^:/]+):)(.+?)(?:\\.git)?/?$");

    private final String template;
    private final GitWorkTree tree;

    private SourceLinks(String template, GitWorkTree tree) {
        this.template = template;
        this.tree = tree;
    }

    /** No links. */
    public static SourceLinks none() {
        return new SourceLinks(null, null);
    }

    /**
     * The links for the notes of {@code folder}.
     *
     * @param configured {@code minutegraph.notes.source-url}, or null or empty to derive them from git
     */
    public static SourceLinks of(Path folder, String configured) {
        GitWorkTree tree;
        try {
            tree = GitWorkTree.find(folder).orElse(null);
        } catch (IOException e) {
            LOG.warn("Cannot read the git work tree of {} ({}): facts will carry no links", folder, e.getMessage());
            tree = null;
        }
        if (configured != null && !configured.isBlank()) {
            return new SourceLinks(configured.strip(), tree);
        }
        String template = tree == null ? null : forgeTemplate(tree.remoteUrl());
        return template == null ? none() : new SourceLinks(template, tree);
    }

    /**
     * The URL template of a note's lines ({@code {line}} left to fill), or null when it has none: no template, or a
     * git work tree whose commit does not hold this content.
     */
    public String lineUrl(String source, byte[] content) {
        if (template == null) {
            return null;
        }
        if (tree != null && !tree.isCommitted(source, content)) {
            return null;
        }
        if (tree == null && template.contains("{commit}")) {
            return null;
        }
        String path = tree == null ? source : tree.pathInTree(source);
        return template.replace("{path}", encode(path)).replace("{commit}", tree == null ? "" : tree.commit());
    }

    /** Each part of the path percent-encoded (a space as {@code %20}), the slashes kept. */
    private static String encode(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** {@code https://github.com/o/r/blob/{commit}/{path}#L{line}} and the like, or null for an unknown host. */
    static String forgeTemplate(String remote) {
        if (remote == null) {
            return null;
        }
        Matcher m = REMOTE.matcher(remote.strip());
        if (!m.matches()) {
            return null;
        }
        String host = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        String base = "https://" + host + "/" + m.group(3);
        if (host.equals("github.com")) {
            return base + "/blob/{commit}/{path}#L{line}";
        }
        if (host.equals("gitlab.com") || host.startsWith("gitlab.")) {
            return base + "/-/blob/{commit}/{path}#L{line}";
        }
        if (host.equals("codeberg.org") || host.startsWith("gitea.") || host.startsWith("forgejo.")) {
            return base + "/src/commit/{commit}/{path}#L{line}";
        }
        return null;
    }
}
