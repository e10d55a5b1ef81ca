package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code fingerprint counts what a note passes through into the graph, and nothing else. */
class ExtractionCodeTest {

    @Test
    void countsExtractorsFactKindsTheWriterAndTheirCypher() {
        Set<String> files = ExtractionCode.files().keySet();
        assertThat(files).contains("io/minutegraph/facts/FactKinds.class",
                "io/minutegraph/facts/actionitems/ActionItemMarkers.class",
                "io/minutegraph/annotate/AttendeeLists.class", "io/minutegraph/store/NoteGraphWriter.class",
                "cypher/store/retract-note.cypher", "gazetteer/events.yaml");
        for (FactKind<?> kind : FactKinds.ALL) {
            assertThat(files).contains("cypher/" + kind.writeStatement());
        }
        assertThat(files).noneMatch(f -> f.startsWith("io/minutegraph/cli/") || f.startsWith("io/minutegraph/api/")
                || f.startsWith("io/minutegraph/graphql/") || f.startsWith("cypher/queries/"));
    }

    @Test
    void isOneHashARun() {
        assertThat(ExtractionCode.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(ExtractionCode.fingerprint());
    }
}
