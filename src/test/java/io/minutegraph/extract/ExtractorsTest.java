package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.TestPaths;
import io.minutegraph.annotate.Annotated;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.topics.TopicMention;
import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The issue-2 extractors (meeting, teams, attendance, topics) on real notes and on made-up tricky ones. */
class ExtractorsTest {

    /** What a folder of this one note gives for it. */
    private static NoteGraph graph(Note note) throws NoteRejectedException {
        return Annotated.graph(note);
    }

    private static Note corpusNote(String source) throws NoteRejectedException {
        return NoteReader.read(new NoteFile(TestPaths.corpus().resolve(source), source));
    }

    private static Note note(String source, String text) throws NoteRejectedException {
        return NoteReader.parse(source, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheMaintainersMeetingOfMarch4() throws Exception {
        Note note = NoteReader.read(new NoteFile(TestPaths.sampleNotes().resolve("maintainers-2024-03-04.md"),
                "maintainers-2024-03-04.md"));
        NoteGraph graph = graph(note);

        Meeting m = graph.meeting();
        assertThat(m.id()).isEqualTo("maintainers-2024-03-04");
        assertThat(m.title()).isEqualTo("Maintainers Meeting, March 4, 2024");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(m.datetime()).isEqualTo(OffsetDateTime.parse("2024-03-04T11:00:00+02:00"));
        assertThat(m.location()).startsWith("Online, Discord");
        assertThat(graph.teams()).containsExactly(
                new TeamMembership("maintainers", new Provenance(note.source(), 7, "- maintainers")));
        assertThat(graph.attendances()).extracting(Attendance::as)
                .containsExactly("Simon", "Sergiu", "Cezar", "ȘtefanJ", "RăzvanD");
        assertThat(graph.attendances().get(3).person().id()).isEqualTo("stefanj");
        assertThat(graph.attendances().get(3).provenance()).isEqualTo(new Provenance(note.source(), 12, "- ȘtefanJ"));
        assertThat(FactKinds.TOPICS.in(graph)).extracting(TopicMention::name).contains("0.16.3")
                .doesNotContain("Agenda", "Discussions", ":dart: Agenda");
    }

    @Test
    void splitsCommaJoinedTeamsOfARealNote() throws Exception {
        NoteGraph graph = graph(corpusNote("discussions/app-compat/app-compat-2023-03-29.md"));
        assertThat(graph.teams()).extracting(TeamMembership::team).containsExactly("app-compat", "syscall", "bincompat");
        assertThat(graph.teams()).extracting(t -> t.provenance().line()).containsOnly(7);
    }

    @Test
    void fallsBackToTheFileNameForABrokenDatetime() throws Exception {
        Meeting m = graph(corpusNote("discussions/vmm/2023-05-10.md")).meeting();
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 5, 10));

        Meeting typo = graph(note("team/2024-02-29.md", "---\ndatetime: 29th of Feb\n---\n")).meeting();
        assertThat(typo.date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void rejectsANoteWithNoDateAnywhere() {
        assertThatThrownBy(() -> graph(note("team/notes.md", "---\ntitle: x\n---\n")))
                .isInstanceOf(NoteRejectedException.class).hasMessageContaining("no meeting date");
        assertThatThrownBy(() -> graph(note("team/notes.md", "---\ndatetime: soon\n---\n")))
                .hasMessageContaining("'soon' (line 2) is not a valid date");
    }

    @Test
    void makesATitleWhenTheNoteHasNone() throws Exception {
        // discussions/app-compat/2022-03-16.md has no title; its team is kraft
        assertThat(graph(corpusNote("discussions/app-compat/2022-03-16.md")).meeting().title())
                .isEqualTo("Kraft meeting, March 16, 2022");
        assertThat(graph(note("x/2024-01-01.md", "---\nteams: [toc]\n---\n# Kick-off\n")).meeting().title())
                .isEqualTo("Kick-off");
        // No team in the front matter: the folder names it.
        assertThat(graph(note("x/2024-01-01.md", "---\na: 1\n---\n"))
                .meeting().title()).isEqualTo("X meeting, January 1, 2024");
    }

    @Test
    void countsAPersonOnceAndSkipsEmptyEntries() throws Exception {
        Note note = note("t/2024-01-01.md",
                "---\nparticipants:\n- RăzvanD\n-\n- RazvanD\n- ' '\n- Razvan Deaconescu\n- TODO\n---\n");
        NoteGraph graph = graph(note);
        // RăzvanD is Razvan Deaconescu (first name and surname initial): one person, attending once.
        assertThat(graph.attendances()).extracting(a -> a.person().id()).containsExactly("razvan-deaconescu");
        assertThat(graph.attendances().get(0).as()).isEqualTo("RăzvanD");
        assertThat(graph.participations()).extracting(p -> p.raw() + "=" + p.people())
                .containsExactly("RăzvanD=[razvan-deaconescu]", "RazvanD=[razvan-deaconescu]",
                        "Razvan Deaconescu=[razvan-deaconescu]", "TODO=[]");
    }

    @Test
    void topicsAreHeadingsCleanedOfEmojiAndStructure() throws Exception {
        NoteGraph graph = graph(note("t/2024-01-01.md", """
                ---
                a: 1
                ---
                ## :dart: Agenda
                ### 🚀 **Release 0.17**
                ### Post 0.8 release
                ## :wrench: TODOs and Decisions
                ### post 0.8 RELEASE
                #### `vfscore`:
                """));
        assertThat(FactKinds.TOPICS.in(graph)).extracting(TopicMention::name).containsExactly("Release 0.17", "Post 0.8 release",
                "vfscore");
        assertThat(FactKinds.TOPICS.in(graph).get(0).provenance()).isEqualTo(new Provenance("t/2024-01-01.md", 5,
                "### 🚀 **Release 0.17**"));
    }
}
