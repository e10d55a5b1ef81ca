package io.minutegraph.facts.trackstatus;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.notes.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Track statuses from status lists: real lines of the corpus and tricky invented ones. */
class TrackStatusExtractorTest {

    private static List<String> statuses(String body) throws Exception {
        Note note = Annotated.parse("community/2023-06-05.md", "---\ndatetime: 2023-06-05\n---\n" + body);
        return Annotated.first(note).get(TrackStatusExtractor.STATUSES).stream()
                .map(s -> s.provenance().line() + " " + s.track() + " = " + s.status()).toList();
    }

    @Test
    void statusListsOfTheCorpus() throws Exception {
        // discussions/community/2023/2023-06-05.md:27-37 and 2023-09-06.md:23-24
        assertThat(statuses("""
                - C++ 17: DONE
                - EFI / PIE PRs (Sergiu): PRIORITY
                - plat re-arch (Marc, Michalis, Simon, Rareș, EdiM, Răzvan, ...): READY TO START
                - coding convention (RaduNichita): THIS WEEK
                  - code checkers (`clang-format`) apart from `checkpatch`
                - Improve application support
                  - State: ongoing
                """)).containsExactly("4 C++ 17 = DONE", "5 EFI / PIE PRs = PRIORITY",
                "6 plat re-arch = READY TO START", "7 coding convention = THIS WEEK",
                "10 Improve application support = ONGOING");
    }

    @Test
    void colonsThatGiveNoStatus() throws Exception {
        assertThat(statuses("""
                - Documentation: see the wiki page
                - RD: done
                - Hackathon: TODO
                ## TODOs
                - SMP: DONE
                """)).isEmpty();
    }
}
