package io.minutegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoteReaderTest {

    private static Note parse(String text) throws NoteRejectedException {
        return NoteReader.parse("test.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(String text) {
        try {
            parse(text);
        } catch (NoteRejectedException e) {
            assertThat(e.source()).isEqualTo("test.md");
            return e.reason();
        }
        throw new AssertionError("expected the note to be rejected");
    }

    @Test
    void readsTheFrontMatterOfARealNoteWithLines() throws Exception {
        // discussions/community/2022/2022-01-19.md: an empty participant entry and a trailing space in another
        Path file = TestPaths.corpus().resolve("discussions/community/2022/2022-01-19.md");
        Note note = NoteReader.read(new NoteFile(file, "discussions/community/2022/2022-01-19.md"));

        FrontMatter fm = note.frontMatter();
        assertThat(fm.datetime().text()).isEqualTo("2022-01-19T13:00:00+01:00");
        assertThat(fm.datetime().line()).isEqualTo(2);
        assertThat(fm.teams()).extracting(FrontMatterEntry::text).containsExactly("community");
        assertThat(fm.participants().get(0)).isEqualTo(new FrontMatterEntry("Alexander Jun", 8));
        assertThat(fm.participants()).extracting(FrontMatterEntry::text).contains("Sergiu Moga", "Felipe Huici")
                .doesNotContain("");
        assertThat(note.line(8)).isEqualTo("  - Alexander Jun ");
        assertThat(note.sha256()).hasSize(64);
    }

    @Test
    void outlineKeepsFileLinesOfHeadingsAndItems() throws Exception {
        Note note = parse("""
                ---
                title: T
                datetime: 2024-03-04T11:00:00+02:00
                ---

                ## :dart: Agenda

                * Updates to linuxu deprecation decision (are there any?)
                * Next release plans
                  * nested item
                    continued on a second line

                SK: Maybe move it out part of re arch.
                """);
        Outline outline = note.outline();
        assertThat(outline.headings()).containsExactly(new Heading(2, ":dart: Agenda", 6));
        assertThat(outline.blocks()).containsExactly(
                new Block(Block.Kind.LIST_ITEM, "Updates to linuxu deprecation decision (are there any?)", 8, 8, 1, 0),
                new Block(Block.Kind.LIST_ITEM, "Next release plans", 9, 9, 1, 0),
                new Block(Block.Kind.LIST_ITEM, "nested item continued on a second line", 10, 11, 2, 0),
                new Block(Block.Kind.PARAGRAPH, "SK: Maybe move it out part of re arch.", 13, 13, 0, 0));
    }

    @Test
    void acceptsCrlfAndAByteOrderMark() throws Exception {
        Note note = parse("\uFEFF---\r\ndatetime: 2023-01-06\r\nparticipants:\r\n- AlexJ\r\n---\r\n# Hi\r\n");
        assertThat(note.frontMatter().participants()).containsExactly(new FrontMatterEntry("AlexJ", 4));
        assertThat(note.outline().headings()).containsExactly(new Heading(1, "Hi", 6));
    }

    @Test
    void readsAScalarWhereAListBelongsAsACommaSeparatedList() throws Exception {
        Note note = parse("---\nparticipants: Simon, Felipe,  Dragos\nteams: kraft\n---\n");
        assertThat(note.frontMatter().participants()).extracting(FrontMatterEntry::text)
                .containsExactly("Simon", "Felipe", "Dragos");
        assertThat(note.frontMatter().teams()).extracting(FrontMatterEntry::text).containsExactly("kraft");
    }

    @Test
    void keepsScalarsAsWrittenInsteadOfTypingThem() throws Exception {
        // YAML would read these as a timestamp, a number and a boolean; a note means the text.
        Note note = parse("---\ndatetime: 2023-05-010T08:30:00+02:00\ntitle: 0.16\nparticipants:\n- yes\n- 'Ana'\n---\n");
        assertThat(note.frontMatter().datetime().text()).isEqualTo("2023-05-010T08:30:00+02:00");
        assertThat(note.frontMatter().title().text()).isEqualTo("0.16");
        assertThat(note.frontMatter().participants()).extracting(FrontMatterEntry::text).containsExactly("yes", "Ana");
    }

    @Test
    void readsANoteWithoutFrontMatterFromItsFirstLine() throws Exception {
        // The WebAssembly CG's notes start with a logo and a heading; the body is the whole file.
        Note note = parse("![WebAssembly logo](/images/WebAssembly.png)\n\n## Agenda for the January 31st video call\n"
                + "\n### Attendees\n - Sam Clegg\n");
        assertThat(note.frontMatter()).isEqualTo(FrontMatter.NONE);
        assertThat(note.outline().headings()).extracting(h -> h.line() + " " + h.text())
                .containsExactly("3 Agenda for the January 31st video call", "5 Attendees");
    }

    @Test
    void readsExportedEscapesAsTheCharactersTheyEscape() throws Exception {
        // Google Docs exports escape list marks and brackets: "\\- \\[x\\] Eric: update" is an item a person reads.
        Note note = parse("# Notes\n\n\\- \\[x\\] Eric: update the spec \\+ tests\n\n```\nkeep \\- this\n```\n");
        assertThat(note.line(3)).isEqualTo("- [x] Eric: update the spec + tests");
        assertThat(note.line(6)).isEqualTo("keep \\- this");
        assertThat(note.outline().blocks().get(0).kind()).isEqualTo(Block.Kind.LIST_ITEM);
    }

    @Test
    void rejectsAFrontMatterThatCannotBeRead() {
        assertThat(reason("---\ntitle: never closed\n\n## Agenda\n")).contains("never closed");
        assertThat(reason("---\n- just\n- a list\n---\n")).contains("not a map");
        assertThat(reason("---\n---\nbody")).contains("front matter is empty");
        assertThat(reason("---\ntitle: [unclosed\n---\n")).startsWith("invalid YAML front matter at line");
        assertThat(reason("")).isEqualTo("file is empty");
        assertThat(reason("  \n\n")).isEqualTo("file is empty");
    }

    @Test
    void rejectsBinaryAndNonUtf8Files() {
        assertThatThrownBy(() -> NoteReader.parse("b.md", new byte[] {'-', '-', '-', 0, 1, 2}))
                .hasMessageContaining("binary");
        byte[] latin1 = "---\ntitle: Ștefan\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        latin1[12] = (byte) 0xE9;
        assertThatThrownBy(() -> NoteReader.parse("l.md", latin1)).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void neverInstantiatesTypeTagsOrExpandsAliasBombs() {
        assertThat(reason("---\ndatetime: 2024-01-01\ntitle: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n---\n"))
                .isEqualTo("invalid YAML front matter at line 3: Global tag is not allowed:"
                        + " tag:yaml.org,2002:javax.script.ScriptEngineManager");
        assertThat(reason("---\ndatetime: 2024-01-01\nparticipants:\n- Ana\n- !person Bob\n---\n"))
                .isEqualTo("YAML type tag !person on line 5 is not allowed in front matter");
        StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        bomb.append("participants: *z\n---\n");
        assertThat(reason(bomb.toString())).startsWith("invalid YAML front matter");
    }

    @Test
    void rejectsFilesOverTheSizeLimit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[NoteReader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> NoteReader.read(new NoteFile(big, "big.md"))).hasMessageContaining("limit");
    }
}
