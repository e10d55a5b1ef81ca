package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.graph.TeamMembership;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Teams from the front matter, else from the folder, the file's prefix or the notes folder itself. */
class TeamAnnotatorTest {

    private static List<String> teams(FolderSettings settings, String folder, String source, String text)
            throws Exception {
        NoteDocument note = NoteDocument.whole(Annotated.parse(source, text));
        new TeamAnnotator(settings, folder).annotate(note);
        return note.get(Layers.TEAMS).stream().map(TeamMembership::team).toList();
    }

    private static String team(String folder, String source) throws Exception {
        return teams(FolderSettings.NONE, folder, source, "# notes\n").get(0);
    }

    @Test
    void theFrontMatterNamesTeamsFirst() throws Exception {
        // discussions/app-compat/app-compat-2023-03-29.md: "teams: app-compat, syscall, bincompat"
        assertThat(teams(FolderSettings.NONE, "notes", "discussions/app-compat/app-compat-2023-03-29.md",
                "---\ndatetime: 2023-03-29\nteams: app-compat, syscall, BinCompat\n---\n"))
                .containsExactly("app-compat", "syscall", "bincompat");
    }

    @Test
    void theFolderThatNamesAGroup() throws Exception {
        assertThat(team("wasm", "main/2024/CG-01-30.md")).isEqualTo("main");
        assertThat(team("wasm", "wasi/2026/WASI-04-16.md")).isEqualTo("wasi");
        assertThat(team("node-tsc", "meetings/io.js/2015-01-07.md")).isEqualTo("io.js");
        assertThat(team("docs", "SIG-Documentation/2023-05-02.md")).isEqualTo("sig-documentation");
        // Folders of meetings, minutes and years name no group.
        assertThat(team("unikraft", "discussions/community/2023/2023-01-06.md")).isEqualTo("community");
    }

    @Test
    void elseTheFilesPrefixElseTheNotesFolder() throws Exception {
        assertThat(team("bytecodealliance", "2023/cranelift-2023-01-04.md")).isEqualTo("cranelift");
        assertThat(team("wasm-main", "CG-01-30.md")).isEqualTo("cg");
        assertThat(team("node-tsc", "meetings/2023-02-01.md")).isEqualTo("node-tsc");
        assertThat(team("rust-lang", "design-meeting-minutes/2020-03-16-ffi-unwind.md")).isEqualTo("rust-lang");
        assertThat(team("rust-lang", "minutes/2019.04.18.md")).isEqualTo("rust-lang");
        // A month's name is a date, not a team.
        assertThat(team("club", "2020-03/april-2.md")).isEqualTo("club");
    }

    @Test
    void theFoldersSettingsDecideWhereTheyAreGiven() throws Exception {
        FolderSettings core = new FolderSettings("core", null, Set.of(), List.<Pattern>of(), List.of(), null);
        assertThat(teams(core, "notes", "main/2024/CG-01-30.md", "# x\n")).containsExactly("core");
        FolderSettings second = new FolderSettings(null, 2, Set.of(), List.<Pattern>of(), List.of(), null);
        assertThat(teams(second, "notes", "groups/compiler/2024-01-30.md", "# x\n")).containsExactly("compiler");
    }
}
