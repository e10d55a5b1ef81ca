package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** minutegraph.yml: every key read, a bad file refused naming the file and the reason. */
class FolderSettingsTest {

    @TempDir
    Path folder;

    @Test
    void noFileNoSettings() {
        assertThat(FolderSettings.of(folder)).isEqualTo(FolderSettings.NONE);
    }

    @Test
    void everyKey() throws Exception {
        Files.writeString(folder.resolve("minutegraph.yml"), """
                default-team: Core
                team-folder-level: 2
                attendee-labels: [Roll, Quorum]
                speaker-patterns:
                  - '^>\\s*(?<label>[A-Z]{2}):'
                skip: ['drafts/**', '**/template.md']
                """);
        FolderSettings settings = FolderSettings.of(folder);
        assertThat(settings.defaultTeam()).isEqualTo("core");
        assertThat(settings.teamFolderLevel()).isEqualTo(2);
        assertThat(settings.attendeeLabels()).containsExactlyInAnyOrder("roll", "quorum");
        assertThat(settings.speakerPatterns()).hasSize(1);
        assertThat(settings.skips("drafts/2024-01-01.md")).isTrue();
        assertThat(settings.skips("wg/template.md")).isTrue();
        assertThat(settings.skips("wg/2024-01-01.md")).isFalse();
    }

    @Test
    void aBadFileIsRefusedWithItsNameAndTheReason() throws Exception {
        Path file = folder.resolve("minutegraph.yml");
        Files.writeString(file, "team: core\n");
        assertThatThrownBy(() -> FolderSettings.of(folder)).hasMessageContaining(file.toString())
                .hasMessageContaining("unknown setting 'team'");
        Files.writeString(file, "speaker-patterns: ['^(\\\\w+:']\n");
        assertThatThrownBy(() -> FolderSettings.of(folder)).hasMessageContaining("is not a regex");
        Files.writeString(file, "speaker-patterns: ['^(\\\\w+):']\n");
        assertThatThrownBy(() -> FolderSettings.of(folder)).hasMessageContaining("no group named label");
        Files.writeString(file, "team-folder-level: zero\n");
        assertThatThrownBy(() -> FolderSettings.of(folder)).hasMessageContaining("whole number");
        Files.writeString(file, "[a, b]\n");
        assertThatThrownBy(() -> FolderSettings.of(folder)).hasMessageContaining("must be a map");
    }
}
