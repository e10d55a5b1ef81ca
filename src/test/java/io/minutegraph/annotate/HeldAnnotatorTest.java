package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.notes.Note;
import org.junit.jupiter.api.Test;

/** Held or not: notes of a meeting, or an agenda never filled in, a template, a cancellation. */
class HeldAnnotatorTest {

    private static Held held(Note note) throws Exception {
        return Annotated.first(note).get(Layers.HELD);
    }

    private static Held held(String source, String text) throws Exception {
        return held(Annotated.parse(source, text));
    }

    @Test
    void stubsOfRealNotes() throws Exception {
        // wasm gc/2023/GC-05-30.md
        assertThat(held("gc/2023/GC-05-30.md", """
                ![WebAssembly logo](/images/WebAssembly.png)

                ## Agenda for the May 30 video call of WebAssembly's Garbage Collection Subgroup

                _This meeting is canceled_
                """)).isEqualTo(new Held(false, "cancelled"));
        // node-tsc meetings/2015-12-03.md, whole
        assertThat(held("meetings/2015-12-03.md", "No meeting minutes were taken.\n"))
                .isEqualTo(new Held(false, "no notes were taken"));
        // rust-lang minutes/2019.04.18.md, whole: a pointer to another file
        assertThat(held("minutes/2019.04.18.md", "Renamed to [2019-04-18.md](2019-04-18.md)\n").held()).isFalse();
        // node-tsc meetings/2022-04-20.md: present listed, then called off.
        assertThat(held("meetings/2022-04-20.md", """
                # Node.js Technical Steering Committee (TSC) Meeting 2022-04-20

                ## Present

                * Antoine du Hamel @aduh95 (TSC)
                * Beth Griggs @BethGriggs (TSC)

                ## Agenda

                Canceled due to low attendance / nothing urge to discuss
                """)).isEqualTo(new Held(false, "cancelled"));
    }

    @Test
    void anAgendaAloneWasNotHeld() throws Exception {
        // the shape of wasm main/2022/CG-03-29.md before its notes were added
        assertThat(held("main/2022/CG-03-29.md", """
                ## Agenda for the March 29th video call of WebAssembly's Community Group

                - **Where**: zoom.us
                - **When**: March 29th, 4pm-5pm UTC

                ## Logistics

                The meeting will be on a zoom.us video conference.

                ## Agenda items

                1. Opening, welcome and roll call
                1. Proposals and discussions
                    1. Relaxed SIMD, updates and phase 4 poll
                1. Closure
                """)).isEqualTo(new Held(false, "agenda only"));
        assertThat(held("t/2024-01-01.md", "# Notes\n\n## Attendees\n\n## Discussion\n\n").held()).isFalse();
    }

    @Test
    void notesOfAMeetingShowItWasHeld() throws Exception {
        assertThat(held("t/2024-01-01.md", "# Sync\n\nSC: the proposal is at phase 3.\nTL: agreed, poll next time.\n"))
                .isEqualTo(new Held(true, "people speak"));
        assertThat(held("t/2024-01-01.md", "---\nparticipants: [Ana Pop]\n---\n# Sync\n").held()).isTrue();
        // A held meeting that speaks of something cancelled is still held.
        StringBuilder long_ = new StringBuilder("# Notes\n\n## Discussion\n\n");
        for (int i = 0; i < 15; i++) {
            long_.append("- point ").append(i).append(" about the release\n");
        }
        long_.append("- the summit was cancelled due to travel\n");
        assertThat(held("t/2024-01-01.md", long_.toString()).held()).isTrue();
    }
}
