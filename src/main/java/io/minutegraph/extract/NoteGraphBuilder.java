package io.minutegraph.extract;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.AttendeesAnnotator;
import io.minutegraph.annotate.DateAnnotator;
import io.minutegraph.annotate.EvidenceAnnotator;
import io.minutegraph.annotate.FolderSettings;
import io.minutegraph.annotate.HeldAnnotator;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.MeetingDate;
import io.minutegraph.annotate.MeetingsInFile;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.PeopleAnnotator;
import io.minutegraph.annotate.Pipeline;
import io.minutegraph.annotate.SpeakerLinesAnnotator;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.annotate.TeamAnnotator;
import io.minutegraph.annotate.TitleAnnotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.features.FeatureGazetteer;
import io.minutegraph.facts.proposals.KnownProposals;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.nlp.DateAndPlaceFinder;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The annotator pipelines over a note, and what one meeting contributes to the graph, gathered from its layers.
 *
 * <p>The first pass reads what identity resolution needs of every note of a folder (date, teams, attendees, speaker
 * labels); the second resolves people with the folder's directory and runs every fact annotator.
 */
public final class NoteGraphBuilder {

    private final Pipeline full;

    public NoteGraphBuilder(PeopleDirectory people) {
        this(people, new ReleaseExtractor.KnownReleases(), new KnownProposals(), new StageClock(),
                FolderSettings.NONE, "notes", FeatureGazetteer.NONE);
    }

    /**
     * @param knownReleases versions the folder speaks of as releases, so weak mentions of them count too
     * @param knownProposals the repositories the folder links and the subjects its meetings keep coming back to
     * @param clock         where the time spent in NLP is added
     * @param folderName    the notes folder's name: the team of notes nothing else assigns to one
     * @param gazetteer     the community's features, or none
     */
    public NoteGraphBuilder(PeopleDirectory people, ReleaseExtractor.KnownReleases knownReleases,
                            KnownProposals knownProposals, StageClock clock, FolderSettings settings,
                            String folderName, FeatureGazetteer gazetteer) {
        DateAndPlaceFinder shared = DateAndPlaceFinder.shared();
        DateAndPlaceFinder nlp = (lines, date) -> clock.time(StageClock.Stage.NLP, () -> shared.read(lines, date));
        ExtractorContext context = new ExtractorContext(knownReleases, knownProposals,
                new FeatureExtractor(gazetteer, clock), nlp);
        List<Annotator> annotators = new ArrayList<>(structure(settings, folderName));
        annotators.addAll(List.of(new TitleAnnotator(), new HeldAnnotator(), new TaskSectionsAnnotator(),
                new PeopleAnnotator(people)));
        annotators.addAll(FactKinds.extractors(context));
        this.full = new Pipeline(annotators);
    }

    /**
     * What the first pass runs: all that identity resolution reads of a note, and nothing that needs it; and whether
     * the meeting was held, as only held meetings tell which subjects recur ({@link KnownProposals}).
     */
    public static Pipeline firstPass(FolderSettings settings, String folderName) {
        List<Annotator> annotators = new ArrayList<>(structure(settings, folderName));
        annotators.add(new HeldAnnotator());
        return new Pipeline(annotators);
    }

    private static List<Annotator> structure(FolderSettings settings, String folderName) {
        return List.of(new DateAnnotator(), new TeamAnnotator(settings, folderName), new AttendeesAnnotator(settings),
                new SpeakerLinesAnnotator(settings), new EvidenceAnnotator());
    }

    /** Each meeting the note records, annotated and gathered: one for most notes, one per date for a series. */
    public List<NoteGraph> build(Note note) throws NoteRejectedException {
        List<NoteGraph> graphs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NoteDocument meeting : annotate(note)) {
            graphs.add(gather(meeting, ids));
        }
        return graphs;
    }

    /** Each meeting the note records, with every layer the annotators add. */
    public List<NoteDocument> annotate(Note note) throws NoteRejectedException {
        List<NoteDocument> meetings = MeetingsInFile.split(note);
        for (NoteDocument meeting : meetings) {
            full.annotate(meeting);
        }
        return meetings;
    }

    private static NoteGraph gather(NoteDocument note, Set<String> ids) {
        MeetingDate date = note.get(Layers.DATE);
        boolean held = note.get(Layers.HELD).held();
        FrontMatterEntry location = note.frontMatter().location();
        Meeting meeting = new Meeting(id(note, date, ids), note.get(Layers.TITLE), date.date(), date.datetime(),
                location == null || location.text().isBlank() ? null : location.text(), note.source(),
                note.note().sha256(), null, held, date.precision().written());
        Map<String, List<?>> facts = new LinkedHashMap<>();
        for (FactKind<?> kind : FactKinds.ALL) {
            facts.put(kind.name(), held || !kind.heldMeetingsOnly() ? note.get(kind.layer()) : List.of());
        }
        // A meeting that was not held had nobody present, whoever its note listed to call it off.
        return new NoteGraph(meeting, note.get(Layers.TEAMS), held ? note.get(Layers.PARTICIPATIONS) : List.of(),
                held ? note.get(Layers.ATTENDANCES) : List.of(), note.get(Layers.SPEAKERS), facts);
    }

    /**
     * A meeting's id: the note's path without {@code .md}; in a file of several meetings, with the meeting's date
     * after a {@code #} ({@code notes/2021#2021-03-04}).
     */
    private static String id(NoteDocument note, MeetingDate date, Set<String> ids) {
        String path = note.source().toLowerCase(Locale.ROOT).endsWith(".md")
                ? note.source().substring(0, note.source().length() - 3) : note.source();
        if (note.meetingsInFile() == 1) {
            return path;
        }
        String id = path + "#" + date.date();
        for (int n = 2; !ids.add(id); n++) {
            id = path + "#" + date.date() + "-" + n;
        }
        return id;
    }
}
