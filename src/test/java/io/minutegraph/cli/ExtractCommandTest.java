package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.minutegraph.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code extract --json}: the format of docs/extract-format.md, without a database. */
class ExtractCommandTest {

    private record Run(int exitCode, List<Map<String, Object>> lines, String err) {
    }

    @SuppressWarnings("unchecked")
    private static Run extract(Path dir) throws IOException {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).start()) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cli = MinutegraphCommand.commandLine(context);
            code = cli.execute("extract", dir.toString(), "--json");
            JsonMapper json = context.getBean(JsonMapper.class);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(json.readValue(line, Argument.mapOf(String.class, Object.class)));
                }
            }
            return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsANoteLinePerNoteThenAPersonLinePerPerson() throws IOException {
        Run run = extract(TestPaths.sampleNotes());
        assertThat(run.exitCode()).isZero();
        List<Map<String, Object>> notes = run.lines().stream().filter(l -> "note".equals(l.get("kind"))).toList();
        List<Map<String, Object>> people = run.lines().stream().filter(l -> "person".equals(l.get("kind"))).toList();
        assertThat(notes).hasSize(5);
        assertThat(notes.size() + people.size()).isEqualTo(run.lines().size());

        Map<String, Object> toc = notes.stream().filter(n -> n.get("source").equals("toc-2025-01-08.md"))
                .findFirst().orElseThrow();
        Map<String, Object> meeting = (Map<String, Object>) toc.get("meeting");
        assertThat(meeting).containsEntry("title", "Technical Oversight Committee Meeting, January 8, 2025")
                .containsEntry("date", "2025-01-08").containsEntry("teams", List.of("toc"))
                .containsEntry("location", "Google Meet");
        List<Map<String, Object>> participants = (List<Map<String, Object>>) toc.get("participants");
        assertThat(participants).extracting(p -> p.get("raw"))
                .containsExactly("RÄƒzvanD", "Michalis", "Felipe", "Alex", "Marc", "Simon");
        assertThat(participants.get(1)).containsEntry("person", "michalis").containsEntry("line", 10);

        Map<String, Object> razvan = people.stream().filter(p -> p.get("id").equals("razvand")).findFirst()
                .orElseThrow();
        assertThat(razvan).containsEntry("name", "RăzvanD").containsEntry("aliases", List.of("RăzvanD"))
                .containsEntry("initials", List.of("RD")).containsKey("github");
        // Every person a note line points to has a person line.
        assertThat(people).extracting(p -> p.get("id")).containsAll(notes.stream()
                .flatMap(n -> ((List<Map<String, Object>>) n.get("participants")).stream())
                .map(p -> p.get("person")).toList());
    }

    @Test
    void listsRejectedNotesOnStandardErrorAndExitsWith2(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok-2024-01-01.md"), "---\nparticipants: [Ana]\n---\n");
        Files.writeString(dir.resolve("bad.md"), "no front matter here\n");
        Run run = extract(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).extracting(l -> l.get("kind")).containsExactly("note", "person");
        assertThat(run.err()).contains("rejected bad.md: no meeting date");
    }

    @Test
    void aMissingFolderIsAClearErrorNotAStackTrace(@TempDir Path dir) throws IOException {
        Run run = extract(dir.resolve("missing"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("minutegraph extract:").contains("does not exist")
                .doesNotContain("at io.minutegraph");
    }
}
