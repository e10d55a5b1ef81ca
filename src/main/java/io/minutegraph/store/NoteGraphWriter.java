package io.minutegraph.store;

import io.minutegraph.graph.ActionItem;
import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Decision;
import io.minutegraph.graph.EventMention;
import io.minutegraph.graph.FeatureMention;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Ownership;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonMention;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.ProposalMention;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.ReleaseMention;
import io.minutegraph.graph.ReleasePlan;
import io.minutegraph.graph.ReleaseSchedule;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.graph.TopicMention;
import io.minutegraph.graph.TrackStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Writes notes' {@link NoteGraph}s, a batch of notes in one transaction, replacing exactly what each note contributed
 * before: a reader sees each note fully old or fully new, and a failure leaves the whole batch old. Each kind of fact
 * is one UNWIND statement over the whole batch, so a batch costs about twenty statements however many notes it holds.
 */
@Singleton
public class NoteGraphWriter {

    private static final CypherFile RETRACT = CypherFile.load("store/retract-note.cypher");
    private static final CypherFile PEOPLE = CypherFile.load("store/write-people.cypher");
    private static final CypherFile MEETINGS = CypherFile.load("store/write-meeting.cypher");
    private static final CypherFile ATTENDANCE = CypherFile.load("store/write-attendance.cypher");
    private static final CypherFile TOPICS = CypherFile.load("store/write-topics.cypher");
    private static final CypherFile SPEAKERS = CypherFile.load("store/write-speakers.cypher");
    private static final CypherFile ACTION_ITEMS = CypherFile.load("store/write-action-items.cypher");
    private static final CypherFile RELEASES = CypherFile.load("store/write-releases.cypher");
    private static final CypherFile EVENTS = CypherFile.load("store/write-events.cypher");
    private static final CypherFile PLANS = CypherFile.load("store/write-release-plans.cypher");
    private static final CypherFile SCHEDULES = CypherFile.load("store/write-release-schedules.cypher");
    private static final CypherFile STATUSES = CypherFile.load("store/write-track-status.cypher");
    private static final CypherFile MENTIONS = CypherFile.load("store/write-person-mentions.cypher");
    private static final CypherFile FEATURES = CypherFile.load("store/write-features.cypher");
    private static final CypherFile PROPOSALS = CypherFile.load("store/write-proposals.cypher");
    private static final CypherFile DECISIONS = CypherFile.load("store/write-decisions.cypher");
    private static final CypherFile OWNERSHIP = CypherFile.load("store/write-ownership.cypher");
    private static final CypherFile ORDER_RELEASES = CypherFile.load("store/order-releases.cypher");
    private static final CypherFile DECLARATIONS = CypherFile.load("store/write-declarations.cypher");
    private static final CypherFile TIDY = CypherFile.load("store/tidy-touched.cypher");
    private static final CypherFile LAST_SEEN = CypherFile.load("store/refresh-last-seen.cypher");
    private static final CypherFile LINK_TEAMS = CypherFile.load("store/link-team-meetings.cypher");
    private static final CypherFile STORED = CypherFile.load("store/stored-notes.cypher");
    private static final CypherFile DROP_STALE = CypherFile.load("store/drop-stale-meetings.cypher");

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
            neo4j.write(tx -> tidy(tx, retract(tx, sources, false), List.of(), false));
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
        rows.facts.forEach((statement, facts) -> run(tx, statement, "rows", facts));
        boolean wroteReleases = Stream.of(RELEASES, PLANS, SCHEDULES).anyMatch(s -> !rows.facts.get(s).isEmpty());
        tidy(tx, old, notes, wroteReleases);
    }

    private static void run(SimpleQueryRunner tx, CypherFile file, String parameter, List<?> rows) {
        if (!rows.isEmpty()) {
            tx.run(file.text(), Map.of(parameter, rows)).consume();
        }
    }

    private Retracted retract(SimpleQueryRunner tx, List<String> sources, boolean keepMeetings) {
        Retracted old = new Retracted();
        for (Record row : tx.run(RETRACT.text(), Map.of("sources", sources, "keep", keepMeetings)).list()) {
            String date = row.get("date").asString(null);
            if (date != null) {
                old.dates.add(date);
            }
            for (String team : row.get("teams").asList(Value::asString)) {
                old.spans.add(team, date);
            }
            old.touched.addAll(row.get("touched").asList(Value::asString));
            old.releases |= row.get("releases").asBoolean();
        }
        return old;
    }

    /**
     * After notes were retracted and written: drops what no note supports any more, works out again when people whose
     * last meeting was retracted were last seen, relinks the teams' meetings around the old and new dates, and, when a
     * release may have come or gone, orders the releases again.
     */
    private void tidy(SimpleQueryRunner tx, Retracted old, List<NoteGraph> written, boolean wroteReleases) {
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
        if (old.releases || wroteReleases) {
            tx.run(ORDER_RELEASES.text()).consume();
        }
    }

    /** The statements' parameter rows for a batch of notes: one list per kind of fact, each row naming its meeting. */
    private static final class Rows {
        final Map<String, Map<String, Object>> people = new LinkedHashMap<>();
        final List<Map<String, Object>> meetings = new ArrayList<>();
        /** Per statement, in the order they run (after people and meetings), its rows. */
        final Map<CypherFile, List<Map<String, Object>>> facts = new LinkedHashMap<>();

        Rows() {
            for (CypherFile statement : List.of(ATTENDANCE, TOPICS, SPEAKERS, ACTION_ITEMS, OWNERSHIP, FEATURES,
                    EVENTS, RELEASES, PLANS, SCHEDULES, STATUSES, MENTIONS, PROPOSALS, DECISIONS)) {
                // Decisions last: they link to the meeting's topics, proposals, releases and features.
                facts.put(statement, new ArrayList<>());
            }
        }

        void add(NoteGraph note, String extractedWith) {
            Meeting m = note.meeting();
            String id = m.id();
            String since = m.date().toString();
            Map<String, Object> meeting = meeting(m);
            meeting.put("extractedWith", extractedWith);
            meeting.put("unresolvedParticipants", note.participations().stream()
                    .filter(p -> !p.unresolved().isEmpty()).map(Participation::raw).toList());
            meetings.add(Map.of("meeting", meeting, "teams", note.teams().stream().map(NoteGraphWriter::team)
                    .toList()));
            for (Attendance a : note.attendances()) {
                fact(ATTENDANCE, id, personLink(a.person(), a.provenance(), a.as()));
            }
            note.topics().forEach(t -> fact(TOPICS, id, topic(t)));
            for (SpeakerMention s : note.speakers()) {
                for (int i = 0; i < s.people().size(); i++) {
                    if (s.people().get(i) != null) {
                        fact(SPEAKERS, id, personLink(s.people().get(i), s.provenance(),
                                s.parts().get(i)));
                    }
                }
            }
            for (ActionItem a : note.actionItems()) {
                a.owners().forEach(this::person);
                fact(ACTION_ITEMS, id, actionItem(a));
            }
            for (Ownership o : note.ownership()) {
                Map<String, Object> row = personLink(o.person(), o.provenance(), null);
                row.remove("as");
                row.put("since", since);
                row.put("track", o.track());
                row.put("trackId", Keys.fold(o.track()));
                row.put("status", o.status());
                row.put("confidence", o.confidence());
                facts.get(OWNERSHIP).add(row);
            }
            note.features().forEach(f -> fact(FEATURES, id, feature(f)));
            note.events().forEach(e -> fact(EVENTS, id, event(e)));
            note.releases().forEach(r -> fact(RELEASES, id, release(r)));
            for (ReleasePlan p : note.plans()) {
                Map<String, Object> row = plan(p);
                row.put("since", since);
                fact(PLANS, id, row);
            }
            note.schedules().forEach(s -> fact(SCHEDULES, id, schedule(s)));
            note.statuses().forEach(s -> fact(STATUSES, id, status(s)));
            for (PersonMention p : note.mentions()) {
                fact(MENTIONS, id, personLink(p.person(), p.provenance(), p.written()));
            }
            note.proposals().forEach(p -> fact(PROPOSALS, id, proposal(p)));
            note.decisions().forEach(d -> fact(DECISIONS, id, decision(d)));
        }

        /** A row linking to a person, who is written once a batch by write-people. */
        private Map<String, Object> personLink(PersonRef person, Provenance provenance, String as) {
            person(person);
            Map<String, Object> row = provenance(provenance);
            row.put("person", person.id());
            row.put("as", as);
            return row;
        }

        private void person(PersonRef person) {
            people.putIfAbsent(person.id(), NoteGraphWriter.person(person));
        }

        /** A row of a statement whose rows name their meeting. */
        private void fact(CypherFile statement, String meetingId, Map<String, Object> row) {
            row.put("meetingId", meetingId);
            facts.get(statement).add(row);
        }
    }

    /**
     * What a retraction found: nodes to tidy, per team the dates whose NEXT chain must be relinked, and whether
     * releases must be ordered again.
     */
    private static final class Retracted {
        final Set<String> touched = new LinkedHashSet<>();
        final Spans spans = new Spans();
        /** Whether a retracted note spoke of a release (mentioned, planned or scheduled one). */
        boolean releases;
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
        Map<String, Object> map = new HashMap<>();
        map.put("id", m.id());
        map.put("title", m.title());
        map.put("date", m.date().toString());
        map.put("datetime", m.datetime() == null ? null : m.datetime().toString());
        map.put("location", m.location());
        map.put("source", m.source());
        map.put("sha256", m.sha256());
        map.put("lineUrl", m.lineUrl());
        map.put("held", m.held());
        map.put("datePrecision", m.datePrecision());
        return map;
    }

    private static Map<String, Object> team(TeamMembership t) {
        Map<String, Object> map = provenance(t.provenance());
        map.put("name", t.team());
        return map;
    }

    private static Map<String, Object> topic(TopicMention t) {
        Map<String, Object> map = provenance(t.provenance());
        map.put("id", t.id());
        map.put("name", t.name());
        return map;
    }

    private static Map<String, Object> actionItem(ActionItem a) {
        Map<String, Object> row = provenance(a.provenance());
        row.put("id", a.provenance().source() + "#" + a.provenance().line());
        row.put("text", a.text());
        row.put("kind", a.kind());
        row.put("rawOwner", a.rawOwner());
        row.put("group", a.group());
        row.put("owners", a.owners().stream().map(PersonRef::id).toList());
        row.put("done", a.done());
        return row;
    }

    private static Map<String, Object> proposal(ProposalMention p) {
        Map<String, Object> row = provenance(p.provenance());
        row.put("key", p.key());
        row.put("title", p.title());
        row.put("url", p.url());
        row.put("stage", p.stage());
        row.put("outcome", p.outcome());
        row.put("champions", p.champions());
        return row;
    }

    private static Map<String, Object> decision(Decision d) {
        Map<String, Object> row = provenance(d.provenance());
        row.put("id", d.provenance().source() + "#" + d.provenance().line());
        row.put("text", d.text());
        row.put("kind", d.kind());
        row.put("outcome", d.outcome());
        row.put("voteLabels", List.copyOf(d.votes().keySet()));
        row.put("voteCounts", List.copyOf(d.votes().values()));
        row.put("about", d.about());
        row.put("aboutTopic", d.about() == null ? null : Keys.fold(d.about()));
        return row;
    }

    private static Map<String, Object> event(EventMention e) {
        Map<String, Object> row = provenance(e.provenance());
        // One Event per edition, however the name is cased.
        row.put("key", e.name().toLowerCase(Locale.ROOT) + "|" + (e.edition() == null ? "" : e.edition()));
        row.put("name", e.name());
        row.put("edition", e.edition());
        row.put("date", e.date());
        row.put("location", e.location());
        return row;
    }

    private static Map<String, Object> feature(FeatureMention f) {
        Map<String, Object> row = provenance(f.provenance());
        row.put("name", f.name());
        row.put("kind", f.kind());
        row.put("written", f.written());
        row.put("aliases", f.aliases());
        return row;
    }

    private static Map<String, Object> release(ReleaseMention r) {
        Map<String, Object> row = provenance(r.provenance());
        row.put("product", r.product());
        row.put("version", r.version());
        return row;
    }

    private static Map<String, Object> plan(ReleasePlan p) {
        Map<String, Object> row = provenance(p.provenance());
        row.put("product", p.product());
        row.put("version", p.version());
        row.put("item", p.item());
        row.put("features", p.features());
        return row;
    }

    private static Map<String, Object> schedule(ReleaseSchedule s) {
        Map<String, Object> row = provenance(s.provenance());
        row.put("product", s.product());
        row.put("version", s.version());
        row.put("date", s.date());
        return row;
    }

    private static Map<String, Object> status(TrackStatus s) {
        Map<String, Object> row = provenance(s.provenance());
        row.put("track", s.track());
        row.put("trackId", Keys.fold(s.track()));
        row.put("status", s.status());
        return row;
    }

    /** A person's properties as every write sets them: the directory's current view. */
    private static Map<String, Object> person(PersonRef p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("person", p.id());
        map.put("name", p.name());
        map.put("aliases", p.aliases());
        map.put("initials", p.initials());
        map.put("github", p.github());
        return map;
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", p.source());
        map.put("line", p.line());
        map.put("evidence", p.evidence());
        return map;
    }
}
