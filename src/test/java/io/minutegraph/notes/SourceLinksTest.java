package io.minutegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to a note's lines: from a git work tree's remote and commit, or from a configured template. */
class SourceLinksTest {

    private static final String NOTE = "---\ndatetime: 2024-01-10\n---\n# Sync\n- RD: ship it\n";

    @TempDir
    Path dir;

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Test
    void aCommittedNoteLinksToItsLineAtTheCommitOnGitHub() throws IOException {
        GitRepository repo = GitRepository.init(dir.resolve("repo"));
        repo.git("remote", "add", "origin", "git@github.com:unikraft/meeting-notes.git");
        Path note = repo.write("notes/community/2024-01-10.md", NOTE);
        Path edited = repo.write("notes/community/2024-01-17.md", NOTE);
        String commit = repo.commitAll("notes");
        Files.writeString(edited, NOTE + "- more\n");
        Path untracked = repo.write("notes/community/2024-01-24.md", NOTE);

        SourceLinks links = SourceLinks.of(repo.root().resolve("notes"), null);
        assertThat(links.lineUrl("community/2024-01-10.md", bytes(note))).isEqualTo(
                "https://github.com/unikraft/meeting-notes/blob/" + commit + "/notes/community/2024-01-10.md#L{line}");
        // Edited since the commit: its lines are not those of any commit. Never committed: nowhere to link.
        assertThat(links.lineUrl("community/2024-01-17.md", bytes(edited))).isNull();
        assertThat(links.lineUrl("community/2024-01-24.md", bytes(untracked))).isNull();
    }

    @Test
    void everyIndexVersionAndPackedRefsAndLinkedWorkTreesAreRead() throws IOException {
        GitRepository repo = GitRepository.init(dir.resolve("repo"));
        repo.git("remote", "add", "upstream", "https://gitlab.com/group/sub/notes.git");
        Path note = repo.write("2024/a b.md", NOTE);
        for (int i = 0; i < 30; i++) {
            repo.write("2024/note-" + i + ".md", NOTE + i); // paths sharing long prefixes, as index v4 compresses
        }
        String commit = repo.commitAll("notes");
        String expected = "https://gitlab.com/group/sub/notes/-/blob/" + commit + "/2024/a%20b.md#L{line}";
        for (String version : new String[] {"2", "3", "4"}) {
            repo.git("update-index", "--index-version", version);
            assertThat(SourceLinks.of(repo.root(), null).lineUrl("2024/a b.md", bytes(note))).as("index v" + version)
                    .isEqualTo(expected);
            assertThat(SourceLinks.of(repo.root(), null).lineUrl("2024/note-29.md",
                    bytes(repo.root().resolve("2024/note-29.md")))).as("index v" + version).endsWith("note-29.md#L{line}");
        }
        repo.git("pack-refs", "--all");
        assertThat(Files.exists(repo.root().resolve(".git/refs/heads/main"))).isFalse();
        assertThat(SourceLinks.of(repo.root(), null).lineUrl("2024/a b.md", bytes(note))).isEqualTo(expected);

        Path linked = dir.resolve("linked");
        repo.git("worktree", "add", "-q", linked.toString());
        assertThat(Files.isRegularFile(linked.resolve(".git"))).isTrue();
        assertThat(SourceLinks.of(linked, null).lineUrl("2024/a b.md", bytes(linked.resolve("2024/a b.md"))))
                .isEqualTo(expected);
    }

    @Test
    void aSha256RepositoryIsReadToo() throws IOException {
        GitRepository repo = GitRepository.init(dir.resolve("repo"), "--object-format=sha256");
        repo.git("remote", "add", "origin", "https://codeberg.org/forgejo/meetings");
        Path note = repo.write("2024-01-10.md", NOTE);
        String commit = repo.commitAll("notes");
        assertThat(commit).hasSize(64);
        assertThat(SourceLinks.of(repo.root(), null).lineUrl("2024-01-10.md", bytes(note)))
                .isEqualTo("https://codeberg.org/forgejo/meetings/src/commit/" + commit + "/2024-01-10.md#L{line}");
    }

    @Test
    void withoutAKnownForgeOrAnyCommitThereAreNoLinks() throws IOException {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("2024-01-10.md"), NOTE);
        assertThat(SourceLinks.of(plain, null).lineUrl("2024-01-10.md", NOTE.getBytes(StandardCharsets.UTF_8)))
                .isNull();

        GitRepository fresh = GitRepository.init(dir.resolve("fresh"));
        fresh.git("remote", "add", "origin", "https://github.com/o/r.git");
        fresh.write("2024-01-10.md", NOTE);
        assertThat(SourceLinks.of(fresh.root(), null).lineUrl("2024-01-10.md", NOTE.getBytes(StandardCharsets.UTF_8)))
                .as("nothing committed yet").isNull();

        GitRepository elsewhere = GitRepository.init(dir.resolve("elsewhere"));
        elsewhere.git("remote", "add", "origin", "https://git.example.org/o/r.git");
        Path note = elsewhere.write("2024-01-10.md", NOTE);
        elsewhere.commitAll("notes");
        assertThat(SourceLinks.of(elsewhere.root(), null).lineUrl("2024-01-10.md", bytes(note))).isNull();
    }

    @Test
    void aConfiguredTemplateFillsPathCommitAndLeavesTheLine() throws IOException {
        String template = "https://notes.example.org/view/{path}?rev={commit}#line-{line}";
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        byte[] content = NOTE.getBytes(StandardCharsets.UTF_8);
        assertThat(SourceLinks.of(plain, "https://notes.example.org/{path}#L{line}").lineUrl("team/2024-01-10.md",
                content)).isEqualTo("https://notes.example.org/team/2024-01-10.md#L{line}");
        assertThat(SourceLinks.of(plain, template).lineUrl("2024-01-10.md", content))
                .as("no commit to fill in").isNull();

        GitRepository repo = GitRepository.init(dir.resolve("repo"));
        Path note = repo.write("minutes/2024-01-10.md", NOTE);
        String commit = repo.commitAll("notes");
        assertThat(SourceLinks.of(repo.root().resolve("minutes"), template).lineUrl("2024-01-10.md", bytes(note)))
                .isEqualTo("https://notes.example.org/view/minutes/2024-01-10.md?rev=" + commit + "#line-{line}");
    }

    @Test
    void remotesOfEveryFormNameTheirForge() {
        assertThat(SourceLinks.forgeTemplate("https://github.com/WebAssembly/meetings"))
                .isEqualTo("https://github.com/WebAssembly/meetings/blob/{commit}/{path}#L{line}");
        assertThat(SourceLinks.forgeTemplate("ssh://git@github.com:22/nodejs/TSC.git/"))
                .isEqualTo("https://github.com/nodejs/TSC/blob/{commit}/{path}#L{line}");
        assertThat(SourceLinks.forgeTemplate("https://user:token@gitlab.example.com/a/b/c.git"))
                .isEqualTo("https://gitlab.example.com/a/b/c/-/blob/{commit}/{path}#L{line}");
        assertThat(SourceLinks.forgeTemplate("git@gitea.example.net:team/notes.git"))
                .isEqualTo("https://gitea.example.net/team/notes/src/commit/{commit}/{path}#L{line}");
        assertThat(SourceLinks.forgeTemplate("/srv/git/notes.git")).isNull();
        assertThat(SourceLinks.forgeTemplate("https://bitbucket.org/o/r.git")).isNull();
    }
}
