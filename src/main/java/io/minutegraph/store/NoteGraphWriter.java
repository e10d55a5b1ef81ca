package io.minutegraph.store;

import io.minutegraph.facts.Fact;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.graph.TeamRole;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Writes notes' {@link NoteGraph}s, a batch of notes in one transaction, replacing exactly what each note contributed
 * before: a reader sees each note fully old or fully new, and a failure leaves the whole batch old. Meetings, their
 * teams, attendance and speakers are written here, the facts of each fact kind ({@link FactKinds}) by the kind's
 * Cypher files. Each is one UNWIND statement over the whole batch, so a batch costs about twenty-five statements
 * however many notes it holds.
 */
@Singleton
public class NoteGraphWriter {

    private static final CypherFile RETRACT = CypherFile.load("store/retract-note.cypher");
    private static final CypherFile PEOPLE = CypherFile.load("store/write-people.cypher");
    private static final CypherFile MEETINGS = CypherFile.load("store/write-meeting.cypher");
    private static final CypherFile ATTENDANCE = CypherFile.load("store/write-attendance.cypher");
    private static final CypherFile SPEAKERS = CypherFile.load("store/write-speakers.cypher");
    private static final CypherFile DECLARATIONS = CypherFile.load("store/write-declarations.cypher");
    private static final CypherFile TIDY = CypherFile.load("store/tidy-touched.cypher");
    private static final CypherFile LAST_SEEN = CypherFile.load("store/refresh-last-seen.cypher");
    private static final CypherFile LINK_TEAMS = CypherFile.load("store/link-team-meetings.cypher");
    private static final CypherFile STORED = CypherFile.load("store/stored-notes.cypher");
    private static final CypherFile DROP_STALE = CypherFile.load("store/drop-stale-meetings.cypher");

    /** The fact kinds, in the order they are written. */
    private static final List<FactKind<?>> KINDS = FactKinds.writeOrder();
    /** The Cypher files the fact kinds name, by name. */
    private static final Map<String, CypherFile> KIND_FILES = kindFiles();

    private final GraphSessions neo4j;

    public NoteGraphWriter(GraphSessions neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Writes a batch of notes in one transaction, recording on each meeting what the folder had decided when it was
     * extracted (see {@code FolderExtraction.Sink#resolved}), so that a later ingest knows whether to extract it
     * again.
     */
    public void write(List<NoteGraph> notes, String extractedWith) {
        if (!notes.isEmpty()) {
            neo4j.write(tx -> replace(tx, notes, extractedWith));
        }
    }

    /**
     * A note as the graph holds it.
     *
     * @param sha256        of the file it was written from
     * @param extractedWith the folder's fingerprint then, or null
     * @param linked        whether its facts carry links to its lines on the web
     */
    public record StoredNote(String sha256, String extractedWith, boolean linked) {
    }

    /** Replaces the maintainers and reviewers a project declares, in one transaction. */
    public void writeDeclarations(List<TeamRole> roles) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamRole role : roles) {
            Map<String, Object> row = person(role.person());
            row.put("team", role.team());
            row.put("role", role.role());
            row.put("source", role.source());
            rows.add(row);
        }
        neo4j.write(tx -> tx.run(DECLARATIONS.text(), Map.of("roles", rows)).consume());
    }

    /**
     * Clears the mark of a write left unfinished by a process that stopped mid-write ({@link
     * GraphSessions#clearStaleWriteMark}); called before an ingest writes.
     */
    public void clearStaleWriteMark() {
        neo4j.clearStaleWriteMark();
    }

    /** The notes the graph holds, by source. */
    public Map<String, StoredNote> storedNotes() {
        Map<String, StoredNote> stored = new HashMap<>();
        for (Record r : neo4j.query(STORED.text(), Map.of())) {
            stored.put(r.get("source").asString(), new StoredNote(r.get("sha256").asString(null),
                    r.get("extractedWith").asString(null), r.get("linked").asBoolean(false)));
        }
        return stored;
    }

    /** Removes everything the notes of these sources contributed, as when their files are deleted. */
    public void retract(List<String> sources) {
        if (!sources.isEmpty()) {
            neo4j.write(tx -> tidy(tx, retract(tx, sources, false), List.of(), Map.of()));
        }
    }

    private void replace(SimpleQueryRunner tx, List<NoteGraph> notes, String extractedWith) {
        List<String> sources = notes.stream().map(NoteGraph::source).distinct().toList();
        Retracted old = retract(tx, sources, true);
        Rows rows = new Rows();
        for (NoteGraph note : notes) {
            rows.add(note, extractedWith);
        }
        run(tx, PEOPLE, "people", List.copyOf(rows.people.values()));
        run(tx, MEETINGS, "meetings", rows.meetings);
        // A note that records other meetings than before (a meeting added to or gone from a file of several)
        // leaves the ones it no longer records, stripped by the retraction: they go.
        tx.run(DROP_STALE.text(), Map.of("sources", sources,
                "ids", notes.stream().map(n -> n.meeting().id()).toList())).consume();
        run(tx, ATTENDANCE, "rows", rows.attendance);
        run(tx, SPEAKERS, "rows", rows.speakers);
        rows.facts.forEach((kind, facts) -> run(tx, KIND_FILES.get(kind.writeStatement()), "rows", facts));
        tidy(tx, old, notes, rows.facts);
    }

    private static void run(SimpleQueryRunner tx, CypherFile file, String parameter, List<?> rows) {
        if (!rows.isEmpty()) {
            tx.run(file.text(), Map.of(parameter, rows)).consume();
        }
    }

    /**
     * Removes what the notes of these sources contributed: what fact kinds wrote that does not hang off the meetings,
     * then the meetings' relationships (and, unless kept, the meetings).
     */
    private Retracted retract(SimpleQueryRunner tx, List<String> sources, boolean keepMeetings) {
        Retracted old = new Retracted();
        for (FactKind<?> kind : KINDS) {
            if (kind.retractStatement() != null) {
                String statement = KIND_FILES.get(kind.retractStatement()).text();
                for (Record row : tx.run(statement, Map.of("sources", sources)).list()) {
                    old.touched.addAll(row.get("touched").asList(Value::asString));
                }
            }
        }
        for (Record row : tx.run(RETRACT.text(), Map.of("sources", sources, "keep", keepMeetings)).list()) {
            String date = row.get("date").asString(null);
            if (date != null) {
                old.dates.add(date);
            }
            for (String team : row.get("teams").asList(Value::asString)) {
                old.spans.add(team, date);
            }
            old.touched.addAll(row.get("touched").asList(Value::asString));
        }
        return old;
    }

    /**
     * After notes were retracted and written: drops what no note supports any more, works out again when people whose
     * last meeting was retracted were last seen, relinks the teams' meetings around the old and new dates, and runs
     * what fact kinds keep up to date across notes ({@link FactKind#afterBatchStatement}).
     *
     * @param facts the rows written, per fact kind
     */
    private void tidy(SimpleQueryRunner tx, Retracted old, List<NoteGraph> written,
                      Map<FactKind<?>, List<Map<String, Object>>> facts) {
        for (NoteGraph note : written) {
            for (TeamMembership team : note.teams()) {
                old.spans.add(team.team(), note.meeting().date().toString());
            }
        }
        if (!old.touched.isEmpty()) {
            tx.run(TIDY.text(), Map.of("touched", List.copyOf(old.touched))).consume();
            tx.run(LAST_SEEN.text(), Map.of("touched", List.copyOf(old.touched), "dates", List.copyOf(old.dates)))
                    .consume();
        }
        run(tx, LINK_TEAMS, "spans", old.spans.rows());
        // Each statement once, told whether any kind that names it wrote facts.
        Map<String, Boolean> wrote = new LinkedHashMap<>();
        for (FactKind<?> kind : KINDS) {
            if (kind.afterBatchStatement() != null) {
                wrote.merge(kind.afterBatchStatement(), !facts.getOrDefault(kind, List.of()).isEmpty(),
                        Boolean::logicalOr);
            }
        }
        wrote.forEach((statement, any) -> tx.run(KIND_FILES.get(statement).text(),
                Map.of("wrote", any, "touched", List.copyOf(old.touched))).consume());
    }

    /**
     * The statements' parameter rows for a batch of notes: the meetings with their teams, the people the rows link
     * to, attendance, speakers, and per fact kind its facts, each row naming its meeting.
     */
    private static final class Rows {
        final Map<String, Map<String, Object>> people = new LinkedHashMap<>();
        final List<Map<String, Object>> meetings = new ArrayList<>();
        final List<Map<String, Object>> attendance = new ArrayList<>();
        final List<Map<String, Object>> speakers = new ArrayList<>();
        /** Per fact kind, in the order they are written, its rows. */
        final Map<FactKind<?>, List<Map<String, Object>>> facts = new LinkedHashMap<>();

        Rows() {
            KINDS.forEach(kind -> facts.put(kind, new ArrayList<>()));
        }

        void add(NoteGraph note, String extractedWith) {
            Meeting m = note.meeting();
            Map<String, Object> meeting = meeting(m);
            meeting.put("extractedWith", extractedWith);
            meeting.put("unresolvedParticipants", note.participations().stream()
                    .filter(p -> !p.unresolved().isEmpty()).map(Participation::raw).toList());
            meetings.add(Map.of("meeting", meeting, "teams", note.teams().stream().map(NoteGraphWriter::team)
                    .toList()));
            for (Attendance a : note.attendances()) {
                attendance.add(personLink(m, a.person(), a.provenance(), a.as()));
            }
            for (SpeakerMention s : note.speakers()) {
                for (int i = 0; i < s.people().size(); i++) {
                    if (s.people().get(i) != null) {
                        speakers.add(personLink(m, s.people().get(i), s.provenance(), s.parts().get(i)));
                    }
                }
            }
            facts.keySet().forEach(kind -> addFacts(kind, note));
        }

        private <T extends Fact> void addFacts(FactKind<T> kind, NoteGraph note) {
            for (T fact : kind.in(note)) {
                kind.people(fact).forEach(this::person);
                Map<String, Object> row = cited(note.meeting(), fact.provenance());
                row.putAll(kind.row(fact));
                facts.get(kind).add(row);
            }
        }

        /** A row linking a person to a meeting; the person is written once a batch, by write-people. */
        private Map<String, Object> personLink(Meeting meeting, PersonRef person, Provenance provenance, String as) {
            person(person);
            Map<String, Object> row = cited(meeting, provenance);
            row.put("person", person.id());
            row.put("as", as);
            return row;
        }

        private void person(PersonRef person) {
            people.putIfAbsent(person.id(), NoteGraphWriter.person(person));
        }
    }

    /** What a retraction found: nodes to tidy, and per team the dates whose NEXT chain must be relinked. */
    private static final class Retracted {
        /** The nodes the retracted notes linked to. */
        final Set<String> touched = new LinkedHashSet<>();
        final Spans spans = new Spans();
        /** The dates of the retracted meetings: a person last seen on one of them may have been last seen earlier. */
        final Set<String> dates = new LinkedHashSet<>();
    }

    /** Per team, the first and last date of meetings added, moved or removed. */
    private static final class Spans {
        private final Map<String, String[]> byTeam = new LinkedHashMap<>();

        void add(String team, String date) {
            if (date == null) {
                return;
            }
            String[] span = byTeam.computeIfAbsent(team, t -> new String[] {date, date});
            if (date.compareTo(span[0]) < 0) {
                span[0] = date;
            }
            if (date.compareTo(span[1]) > 0) {
                span[1] = date;
            }
        }

        List<Map<String, Object>> rows() {
            List<Map<String, Object>> rows = new ArrayList<>();
            byTeam.forEach((team, span) -> rows.add(Map.of("team", team, "from", span[0], "to", span[1])));
            return rows;
        }
    }

    private static Map<String, Object> meeting(Meeting m) {
        return Fields.of("id", m.id(), "title", m.title(), "date", m.date().toString(),
                "datetime", m.datetime() == null ? null : m.datetime().toString(), "location", m.location(),
                "source", m.source(), "sha256", m.sha256(), "lineUrl", m.lineUrl(), "held", m.held(),
                "datePrecision", m.datePrecision());
    }

    private static Map<String, Object> team(TeamMembership t) {
        Map<String, Object> map = provenance(t.provenance());
        map.put("name", t.team());
        return map;
    }

    /** A person's properties as every write sets them: the directory's current view. */
    private static Map<String, Object> person(PersonRef p) {
        return Fields.of("person", p.id(), "name", p.name(), "aliases", p.aliases(), "initials", p.initials(),
                "github", p.github());
    }

    private static Map<String, Object> provenance(Provenance p) {
        return Fields.of("source", p.source(), "line", p.line(), "evidence", p.evidence());
    }

    /**
     * What each row of a meeting's attendance, speakers and facts carries: its place in the note, and the meeting's
     * id and date ({@code since}).
     */
    private static Map<String, Object> cited(Meeting meeting, Provenance p) {
        Map<String, Object> row = provenance(p);
        row.put("meetingId", meeting.id());
        row.put("since", meeting.date().toString());
        return row;
    }

    private static Map<String, CypherFile> kindFiles() {
        Map<String, CypherFile> files = new HashMap<>();
        for (FactKind<?> kind : KINDS) {
            Stream.of(kind.writeStatement(), kind.retractStatement(), kind.afterBatchStatement())
                    .filter(Objects::nonNull).forEach(name -> files.computeIfAbsent(name, CypherFile::load));
        }
        return files;
    }
}
