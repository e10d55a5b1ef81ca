package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutegraph people}: the review a maintainer reads, and the registry that settles what it lists. */
class PeopleCommandTest {

    private static String people(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).start()) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(MinutegraphCommand.commandLine(context).execute(args)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsPeopleAndWhatIsLeftUnresolvedThenARegistrySettlesIt(@TempDir Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a-2024-01-01.md"), "---\nteams: [kraft]\nparticipants:\n- MariaS\n- Simon\n---\n");
        Files.writeString(notes.resolve("b-2024-01-08.md"), "---\nteams: [vmm]\nparticipants:\n- MariaP\n---\n");
        Files.writeString(notes.resolve("c-2024-01-15.md"),
                "---\nteams: [docs]\nparticipants:\n- Maria\n- Simon Kuenzer\n---\n\nZZ: who is this?\n");

        String review = people("people", notes.toString());
        assertThat(review).contains("simon-kuenzer  Simon Kuenzer  [SK]").contains("written: Simon, Simon Kuenzer")
                .contains("Unresolved participant names (1):")
                .contains("c-2024-01-15.md:4  Maria: could be MariaP, MariaS; the note does not say which")
                .contains("Unresolved initials (1):").contains("c-2024-01-15.md:8  ZZ: nobody known has initials ZZ");

        Path registry = Files.writeString(dir.resolve("people.yaml"),
                "- name: Maria Sfîrăială\n  aliases: [Maria, MariaS]\n");
        String settled = people("people", notes.toString(), "--registry", registry.toString());
        assertThat(settled).contains("maria-sfiraiala  Maria Sfîrăială").contains("written: Maria, MariaS")
                .contains("Unresolved participant names (0):");
    }
}
