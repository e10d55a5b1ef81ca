package io.minutegraph.annotate;

import io.minutegraph.TestPaths;
import io.minutegraph.extract.NoteGraphBuilder;
import io.minutegraph.extract.StageClock;
import io.minutegraph.facts.features.FeatureGazetteer;
import io.minutegraph.facts.proposals.KnownProposals;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.people.DeclaredPerson;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes run through the annotator pipelines for tests, as a folder of exactly those notes would be: the first pass
 * over all of them builds the people directory, then every annotator runs over the first note's meetings.
 */
public final class Annotated {

    /** The sample notes' gazetteer (notes/features.yaml): the Unikraft community's features and subsystems. */
    public static final FeatureGazetteer SAMPLE_FEATURES =
            FeatureGazetteer.read(TestPaths.sampleNotes().resolve("features.yaml"));

    private Annotated() {
    }

    public static Note parse(String source, String text) throws NoteRejectedException {
        return NoteReader.parse(source, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A note of the shared Unikraft corpus. */
    public static Note corpus(String source) throws NoteRejectedException {
        return NoteReader.read(new NoteFile(TestPaths.corpus().resolve(source), source));
    }

    /** A note of another community's corpus in ../shared/foreign-corpora ({@code wasm}, {@code node-tsc}, ...). */
    public static Note foreign(String corpus, String source) throws NoteRejectedException {
        Path root = TestPaths.projectDir().resolveSibling("shared").resolve("foreign-corpora").resolve(corpus);
        return NoteReader.read(new NoteFile(root.resolve(source), source));
    }

    /** The people directory a folder of exactly these notes gives. */
    public static PeopleDirectory directory(Note... notes) throws NoteRejectedException {
        return directory(List.of(), notes);
    }

    /** The people directory a folder of exactly these notes gives, with these people declared. */
    public static PeopleDirectory directory(List<DeclaredPerson> declared, Note... notes)
            throws NoteRejectedException {
        List<NoteEvidence> evidence = new ArrayList<>();
        for (Note note : notes) {
            for (NoteDocument meeting : firstPass(note)) {
                evidence.add(meeting.get(Layers.EVIDENCE));
            }
        }
        return PeopleDirectory.build(evidence, declared);
    }

    /** What a folder of exactly these notes links and keeps coming back to. */
    public static KnownProposals proposals(Note... notes) throws NoteRejectedException {
        KnownProposals known = new KnownProposals();
        for (Note note : notes) {
            for (NoteDocument meeting : firstPass(note)) {
                known.learn(KnownProposals.seenIn(meeting));
            }
        }
        return known;
    }

    /** The releases a folder of exactly these notes speaks of. */
    public static ReleaseExtractor.KnownReleases releases(Note... notes) throws NoteRejectedException {
        ReleaseExtractor.KnownReleases known = new ReleaseExtractor.KnownReleases();
        for (Note note : notes) {
            for (NoteDocument meeting : firstPass(note)) {
                known.learn(ReleaseExtractor.KnownReleases.spokenIn(meeting));
            }
        }
        return known;
    }

    private static List<NoteDocument> firstPass(Note note) throws NoteRejectedException {
        Pipeline firstPass = NoteGraphBuilder.firstPass(FolderSettings.NONE, "notes");
        List<NoteDocument> meetings = MeetingsInFile.split(note);
        for (NoteDocument meeting : meetings) {
            firstPass.annotate(meeting);
        }
        return meetings;
    }

    /** The first note's meetings with every layer, the directory knowing all the notes. */
    public static List<NoteDocument> meetings(Note... notes) throws NoteRejectedException {
        return meetings(directory(notes), releases(notes), proposals(notes), notes[0]);
    }

    /** A note's meetings with every layer, resolved with this directory and these releases. */
    public static List<NoteDocument> meetings(PeopleDirectory directory, ReleaseExtractor.KnownReleases releases,
                                              Note note) throws NoteRejectedException {
        return meetings(directory, releases, proposals(note), note);
    }

    /** A note's meetings with every layer, with what the folder is known to say. */
    public static List<NoteDocument> meetings(PeopleDirectory directory, ReleaseExtractor.KnownReleases releases,
                                              KnownProposals proposals, Note note) throws NoteRejectedException {
        return new NoteGraphBuilder(directory, releases, proposals, new StageClock(), FolderSettings.NONE, "notes",
                SAMPLE_FEATURES).annotate(note);
    }

    /** The first note's (first) meeting with every layer. */
    public static NoteDocument first(Note... notes) throws NoteRejectedException {
        return meetings(notes).get(0);
    }

    /** What the first note's first meeting contributes to the graph. */
    public static NoteGraph graph(Note... notes) throws NoteRejectedException {
        return new NoteGraphBuilder(directory(notes), releases(notes), proposals(notes), new StageClock(),
                FolderSettings.NONE, "notes", SAMPLE_FEATURES).build(notes[0]).get(0);
    }
}
