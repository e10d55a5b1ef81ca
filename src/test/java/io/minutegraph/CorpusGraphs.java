package io.minutegraph;

import io.minutegraph.extract.FirstPassCache;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.DeclaredPeopleFolder;
import io.minutegraph.people.PeopleSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shared corpus extracted as a user would (with ../shared/governance/teams), kept for the notes asked for. */
public final class CorpusGraphs {

    private CorpusGraphs() {
    }

    public static Map<String, NoteGraph> of(Set<String> sources) {
        Path governance = TestPaths.projectDir().resolveSibling("shared").resolve("governance/teams");
        PeopleSources people = new PeopleSources(DeclaredPeopleFolder.read(governance), List.of());
        Map<String, NoteGraph> graphs = new HashMap<>();
        new FolderExtraction(people, new StageClock(), new FirstPassCache(), null,
                TestPaths.sampleNotes().resolve("features.yaml").toString()).run(TestPaths.corpus(), new FolderExtraction.Sink() {
            @Override
            public void extracted(List<NoteGraph> meetings) {
                for (NoteGraph note : meetings) {
                    if (sources.contains(note.source())) {
                        graphs.put(note.source(), note);
                    }
                }
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        });
        return graphs;
    }
}
