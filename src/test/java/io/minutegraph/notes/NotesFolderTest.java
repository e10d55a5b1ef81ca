package io.minutegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFolderTest {

    @Test
    void listsEveryMarkdownNoteOfTheCorpusInPathOrder() {
        var notes = NotesFolder.list(TestPaths.corpus());
        assertThat(notes).hasSize(282);
        assertThat(notes.get(0).source()).isEqualTo("discussions/app-compat/2022-03-16.md");
        assertThat(notes).extracting(NoteFile::source).isSorted().contains("hackathons/2022/2022-03-26.md");
    }

    @Test
    void skipsHiddenFilesReadmesOtherFilesAndLinkLoops(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("team/.git"));
        Files.writeString(dir.resolve("team/2024-01-01.md"), "x");
        Files.writeString(dir.resolve("team/.git/HEAD.md"), "x");
        Files.writeString(dir.resolve("team/.draft.md"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createSymbolicLink(dir.resolve("team/loop"), dir);

        assertThat(NotesFolder.list(dir)).extracting(NoteFile::source).containsExactly("team/2024-01-01.md");
    }

    @Test
    void saysWhichFolderIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> NotesFolder.list(dir.resolve("nope")))
                .hasMessageContaining("nope").hasMessageContaining("does not exist");
    }
}
