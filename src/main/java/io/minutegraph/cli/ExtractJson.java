package io.minutegraph.cli;

import io.minutegraph.facts.actionitems.ActionItem;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.people.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code extract --json} (docs/extract-format.md): a note line per note, then a person line per
 * person. Plain maps, so the format is spelt out here and nowhere else.
 */
final class ExtractJson {

    private ExtractJson() {
    }

    static Map<String, Object> note(NoteGraph note) {
        Meeting m = note.meeting();
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("id", m.id());
        meeting.put("title", m.title());
        meeting.put("date", m.date().toString());
        meeting.put("datePrecision", m.datePrecision());
        meeting.put("held", m.held());
        meeting.put("datetime", m.datetime() == null ? null : m.datetime().toString());
        meeting.put("teams", note.teams().stream().map(TeamMembership::team).toList());
        meeting.put("location", m.location());
        meeting.put("sha256", m.sha256());
        meeting.put("lineUrl", m.lineUrl());

        List<Map<String, Object>> participants = new ArrayList<>();
        for (Participation p : note.participations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("raw", p.raw());
            entry.put("person", p.people().isEmpty() ? null : p.people().get(0));
            if (p.people().size() + p.unresolved().size() > 1) {
                entry.put("people", p.people());
            }
            entry.put("line", p.provenance().line());
            if (!p.unresolved().isEmpty()) {
                entry.put("unresolved", p.unresolved());
            }
            participants.add(entry);
        }
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (SpeakerMention s : note.speakers()) {
            Map<String, Object> speaker = new LinkedHashMap<>();
            speaker.put("raw", s.raw());
            speaker.put("people", s.people().stream().map(p -> p == null ? null : p.id()).toList());
            speaker.put("line", s.provenance().line());
            if (!s.unresolved().isEmpty()) {
                speaker.put("unresolved", s.unresolved());
            }
            speakers.add(speaker);
        }
        List<Map<String, Object>> actionItems = new ArrayList<>();
        for (ActionItem a : note.actionItems()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("line", a.provenance().line());
            item.put("text", a.text());
            item.put("kind", a.kind());
            item.put("rawOwner", a.rawOwner());
            item.put("owners", a.owners().stream().map(PersonRef::id).toList());
            item.put("group", a.group());
            item.put("done", a.done());
            if (!a.unresolved().isEmpty()) {
                item.put("unresolved", a.unresolved());
            }
            actionItems.add(item);
        }
        List<Map<String, Object>> topics = note.topics().stream().map(t -> {
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("name", t.name());
            topic.put("line", t.provenance().line());
            topic.put("evidence", t.provenance().evidence());
            return topic;
        }).toList();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "note");
        line.put("source", note.source());
        line.put("meeting", meeting);
        line.put("participants", participants);
        line.put("speakers", speakers);
        line.put("actionItems", actionItems);
        line.put("features", note.features().stream().map(f -> {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("name", f.name());
            feature.put("kind", f.kind());
            feature.put("written", f.written());
            feature.put("line", f.provenance().line());
            return feature;
        }).toList());
        line.put("ownership", note.ownership().stream().map(o -> {
            Map<String, Object> owns = new LinkedHashMap<>();
            owns.put("person", o.person().id());
            owns.put("what", o.track());
            owns.put("status", o.status());
            owns.put("confidence", o.confidence());
            owns.put("line", o.provenance().line());
            owns.put("evidence", o.provenance().evidence());
            return owns;
        }).toList());
        line.put("events", note.events().stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("name", e.name());
            event.put("edition", e.edition());
            event.put("date", e.date());
            event.put("location", e.location());
            event.put("line", e.provenance().line());
            event.put("evidence", e.provenance().evidence());
            return event;
        }).toList());
        line.put("releases", note.releases().stream().map(r -> {
            Map<String, Object> release = new LinkedHashMap<>();
            release.put("version", r.version());
            release.put("product", r.product());
            release.put("line", r.provenance().line());
            release.put("evidence", r.provenance().evidence());
            return release;
        }).toList());
        line.put("releasePlans", note.plans().stream().map(r -> {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("version", r.version());
            plan.put("product", r.product());
            plan.put("item", r.item());
            plan.put("features", r.features());
            plan.put("line", r.provenance().line());
            return plan;
        }).toList());
        line.put("releaseDates", note.schedules().stream().map(r -> {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("version", r.version());
            schedule.put("product", r.product());
            schedule.put("date", r.date());
            schedule.put("line", r.provenance().line());
            schedule.put("evidence", r.provenance().evidence());
            return schedule;
        }).toList());
        line.put("trackStatus", note.statuses().stream().map(t -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("track", t.track());
            status.put("status", t.status());
            status.put("line", t.provenance().line());
            return status;
        }).toList());
        line.put("peopleNamed", note.mentions().stream().map(p -> {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("person", p.person().id());
            named.put("as", p.written());
            named.put("line", p.provenance().line());
            return named;
        }).toList());
        line.put("topics", topics);
        line.put("decisions", note.decisions().stream().map(d -> {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("line", d.provenance().line());
            decision.put("text", d.text());
            decision.put("kind", d.kind());
            decision.put("outcome", d.outcome());
            decision.put("votes", d.votes());
            decision.put("about", d.about());
            decision.put("evidence", d.provenance().evidence());
            return decision;
        }).toList());
        line.put("proposals", note.proposals().stream().map(p -> {
            Map<String, Object> proposal = new LinkedHashMap<>();
            proposal.put("key", p.key());
            proposal.put("title", p.title());
            proposal.put("url", p.url());
            proposal.put("stage", p.stage());
            proposal.put("outcome", p.outcome());
            proposal.put("champions", p.champions());
            proposal.put("line", p.provenance().line());
            proposal.put("evidence", p.provenance().evidence());
            return proposal;
        }).toList());
        return line;
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "person");
        person.put("id", p.id());
        person.put("name", p.name());
        person.put("aliases", p.aliases());
        person.put("initials", p.initials());
        person.put("github", p.github());
        return person;
    }

    static String summary(NoteGraph note) {
        Meeting m = note.meeting();
        return String.format("%s  %s  %s  (%d participants, %d topics)", note.source(), m.date(), m.title(),
                note.attendances().size(), note.topics().size());
    }
}
