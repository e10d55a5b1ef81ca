package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.extract.NoteGraphBuilder;
import io.minutegraph.facts.actionitems.ActionItemExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pipeline is built only in an order in which every annotator finds the layers it reads. */
class PipelineTest {

    @Test
    void anAnnotatorBeforeWhatItReadsIsRefusedWhenThePipelineIsMade() {
        assertThatThrownBy(() -> new Pipeline(List.of(new TitleAnnotator(), new DateAnnotator())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TitleAnnotator requires the layer '");
        assertThatThrownBy(() -> new Pipeline(List.of(new DateAnnotator(), new ActionItemExtractor())))
                .hasMessageContaining("ActionItemExtractor requires");
    }

    @Test
    void theFirstPassReadsWhatIdentityResolutionNeedsAndNothingThatNeedsIt() throws Exception {
        Pipeline first = NoteGraphBuilder.firstPass(FolderSettings.NONE, "notes");
        NoteDocument note = NoteDocument.whole(Annotated.parse("t/2024-01-01.md",
                "# Sync\n\n## Attendees\n\n- Sam Clegg\n\nSC: hello\n"));
        first.annotate(note);
        assertThat(note.has(Layers.EVIDENCE)).isTrue();
        assertThat(note.has(Layers.PEOPLE)).isFalse();
        assertThatThrownBy(() -> note.get(Layers.PEOPLE)).hasMessageContaining("'people' has not been added");
    }
}
