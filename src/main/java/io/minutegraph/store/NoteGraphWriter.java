package io.minutegraph.store;

import io.minutegraph.graph.ActionItem;
import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.EventMention;
import io.minutegraph.graph.PersonMention;
import io.minutegraph.graph.ReleasePlan;
import io.minutegraph.graph.ReleaseSchedule;
import io.minutegraph.graph.TrackStatus;
import io.minutegraph.graph.FeatureMention;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Ownership;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.ReleaseMention;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.graph.TopicMention;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes one note's {@link NoteGraph} in one transaction, replacing exactly what that note contributed before:
 * a reader sees the note fully old or fully new, and a failure leaves it fully old.
 */
@Singleton
public class NoteGraphWriter {

    private static final CypherFile RETRACT = CypherFile.load("store/retract-note.cypher");
    private static final CypherFile MEETING = CypherFile.load("store/write-meeting.cypher");
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
    private static final CypherFile OWNERSHIP = CypherFile.load("store/write-ownership.cypher");
    private static final CypherFile ORDER_RELEASES = CypherFile.load("store/order-releases.cypher");
    private static final CypherFile DECLARATIONS = CypherFile.load("store/write-declarations.cypher");
    private static final CypherFile TIDY = CypherFile.load("store/tidy-touched.cypher");
    private static final CypherFile LINK_TEAMS = CypherFile.load("store/link-team-meetings.cypher");
    private static final CypherFile STORED = CypherFile.load("store/stored-notes.cypher");

    private final Neo4jConnection neo4j;

    public NoteGraphWriter(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    public void write(NoteGraph note) {
        write(note, null);
    }

    /**
     * Writes a note, recording on its meeting what the folder had decided when it was extracted (see
     * {@code FolderExtraction.Sink#resolved}), so that a later ingest knows whether to extract it again.
     */
    public void write(NoteGraph note, String extractedWith) {
        neo4j.write(tx -> replace(tx, note, extractedWith));
    }

    /**
     * A note as the graph holds it.
     *
     * @param sha256        of the file it was written from
     * @param extractedWith the folder's fingerprint then, or null
     */
    public record StoredNote(String sha256, String extractedWith) {
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

    /** The notes the graph holds, by source. */
    public Map<String, StoredNote> storedNotes() {
        Map<String, StoredNote> stored = new HashMap<>();
        for (Record r : neo4j.driver().executableQuery(STORED.text()).execute().records()) {
            stored.put(r.get("source").asString(), new StoredNote(r.get("sha256").asString(null),
                    r.get("extractedWith").asString(null)));
        }
        return stored;
    }

    /** Removes everything a note contributed, as when its file is deleted. */
    public void retract(String source) {
        neo4j.write(tx -> {
            Retracted old = retract(tx, source, false);
            tidy(tx, old.touched(), old.teams());
        });
    }

    private void replace(TransactionContext tx, NoteGraph note, String extractedWith) {
        Retracted old = retract(tx, note.source(), true);
        Meeting m = note.meeting();
        Map<String, Object> meeting = meeting(m);
        meeting.put("extractedWith", extractedWith);
        meeting.put("unresolvedParticipants", note.participations().stream()
                .filter(p -> !p.unresolved().isEmpty()).map(Participation::raw).toList());
        tx.run(MEETING.text(), Map.of("meeting", meeting,
                "teams", note.teams().stream().map(NoteGraphWriter::team).toList())).consume();
        tx.run(ATTENDANCE.text(), Map.of("meetingId", m.id(),
                "attendances", note.attendances().stream().map(NoteGraphWriter::attendance).toList())).consume();
        tx.run(TOPICS.text(), Map.of("meetingId", m.id(),
                "topics", note.topics().stream().map(NoteGraphWriter::topic).toList())).consume();
        tx.run(SPEAKERS.text(), Map.of("meetingId", m.id(), "speakers", speakers(note))).consume();
        tx.run(ACTION_ITEMS.text(), Map.of("meetingId", m.id(), "items", actionItems(note))).consume();
        tx.run(OWNERSHIP.text(), Map.of("since", m.date().toString(),
                "owners", note.ownership().stream().map(NoteGraphWriter::ownership).toList())).consume();
        tx.run(FEATURES.text(), Map.of("meetingId", m.id(),
                "features", note.features().stream().map(NoteGraphWriter::feature).toList())).consume();
        tx.run(EVENTS.text(), Map.of("meetingId", m.id(),
                "events", note.events().stream().map(NoteGraphWriter::event).toList())).consume();
        tx.run(RELEASES.text(), Map.of("meetingId", m.id(),
                "releases", note.releases().stream().map(NoteGraphWriter::release).toList())).consume();
        tx.run(PLANS.text(), Map.of("meetingId", m.id(), "since", m.date().toString(),
                "plans", note.plans().stream().map(NoteGraphWriter::plan).toList())).consume();
        tx.run(SCHEDULES.text(), Map.of("meetingId", m.id(),
                "schedules", note.schedules().stream().map(NoteGraphWriter::schedule).toList())).consume();
        tx.run(STATUSES.text(), Map.of("meetingId", m.id(),
                "statuses", note.statuses().stream().map(NoteGraphWriter::status).toList())).consume();
        tx.run(MENTIONS.text(), Map.of("meetingId", m.id(),
                "people", note.mentions().stream().map(NoteGraphWriter::mention).toList())).consume();
        Set<String> teams = new LinkedHashSet<>(old.teams());
        note.teams().stream().map(TeamMembership::team).forEach(teams::add);
        tidy(tx, old.touched(), List.copyOf(teams));
    }

    private Retracted retract(TransactionContext tx, String source, boolean keepMeeting) {
        List<Record> rows = tx.run(RETRACT.text(), Map.of("source", source, "keep", keepMeeting)).list();
        if (rows.isEmpty()) {
            return new Retracted(List.of(), List.of());
        }
        Record row = rows.get(0);
        return new Retracted(row.get("teams").asList(Value::asString), row.get("touched").asList(Value::asString));
    }

    private void tidy(TransactionContext tx, List<String> touched, List<String> teams) {
        tx.run(TIDY.text(), Map.of("touched", touched)).consume();
        tx.run(LINK_TEAMS.text(), Map.of("teams", teams)).consume();
        tx.run(ORDER_RELEASES.text()).consume();
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

    private static Map<String, Object> attendance(Attendance a) {
        Map<String, Object> map = person(a.person());
        map.putAll(provenance(a.provenance()));
        map.put("as", a.as());
        return map;
    }

    private static List<Map<String, Object>> speakers(NoteGraph note) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SpeakerMention s : note.speakers()) {
            for (int i = 0; i < s.people().size(); i++) {
                if (s.people().get(i) != null) {
                    Map<String, Object> row = person(s.people().get(i));
                    row.putAll(provenance(s.provenance()));
                    row.put("as", s.initials().get(i));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> actionItems(NoteGraph note) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActionItem a : note.actionItems()) {
            Map<String, Object> row = provenance(a.provenance());
            row.put("id", a.provenance().source() + "#" + a.provenance().line());
            row.put("text", a.text());
            row.put("kind", a.kind());
            row.put("rawOwner", a.rawOwner());
            row.put("group", a.group());
            row.put("owners", a.owners().stream().map(NoteGraphWriter::person).toList());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> ownership(Ownership o) {
        Map<String, Object> row = person(o.person());
        row.putAll(provenance(o.provenance()));
        row.put("track", o.track());
        row.put("trackId", Keys.fold(o.track()));
        row.put("status", o.status());
        row.put("confidence", o.confidence());
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

    private static Map<String, Object> mention(PersonMention p) {
        Map<String, Object> row = person(p.person());
        row.putAll(provenance(p.provenance()));
        row.put("as", p.written());
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

    private record Retracted(List<String> teams, List<String> touched) {
    }
}
