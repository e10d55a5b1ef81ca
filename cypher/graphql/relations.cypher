// The relationships GraphQL follows, both ways, one statement per field (after its "// @field Type.field" line).
// Each takes the keys of a batch of parents and returns (key, item) rows: one query per field and request, however
// many parents (no N+1). Keys: Person.id, Meeting.id, Team.name, Track.id, Feature.name, Release
// "product:version", Event.key, ActionItem.id. An item cited from a note carries `url`, where the note's line can
// be read on the web (the meeting's `lineUrl` with the line filled in), or null. Every list is ordered down to its
// ties: the order Neo4j keeps relationships in depends on the order they were written, which is no part of an answer.
// @param ids: ["simon-kuenzer"]

// @field Person.meetings
UNWIND $ids AS key
MATCH (:Person {id: key})-[:ATTENDED]->(m:Meeting)
WITH key, m ORDER BY m.date DESC, m.id
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field Person.actionItems
UNWIND $ids AS key
MATCH (:Person {id: key})<-[:ASSIGNED_TO]-(a:ActionItem)<-[:RECORDED]-(m:Meeting)
WITH key, a, m ORDER BY a.source DESC, a.line
RETURN key, a {.id, .text, .kind, done: coalesce(a.done, false), .rawOwner, .group, .source, .line,
               url: replace(m.lineUrl, '{line}', toString(a.line))} AS item;

// @field Person.tracks
UNWIND $ids AS key
MATCH (:Person {id: key})-[:OWNS]->(t:Track)
WITH DISTINCT key, t ORDER BY t.id
RETURN key, t {.id, .name} AS item;

// @field Person.teams
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL {
  WITH p
  MATCH (p)-[:ATTENDED]->(:Meeting)-[:OF_TEAM]->(t:Team)
  RETURN t
  UNION
  WITH p
  MATCH (p)-[:MAINTAINS|REVIEWS]->(t:Team)
  RETURN t
}
WITH DISTINCT key, t ORDER BY t.name
RETURN key, t {.name} AS item;

// @field Meeting.teams
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[:OF_TEAM]->(t:Team)
WITH key, t ORDER BY t.name
RETURN key, t {.name} AS item;

// @field Meeting.attendees
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[a:ATTENDED]-(p:Person)
WITH key, p, min(a.line) AS line ORDER BY line, p.id
RETURN key, p {.id, .name, .aliases, .initials, .github} AS item;

// @field Meeting.actionItems
UNWIND $ids AS key
MATCH (m:Meeting {id: key})-[:RECORDED]->(a:ActionItem)
WITH key, a, m ORDER BY a.line
RETURN key, a {.id, .text, .kind, done: coalesce(a.done, false), .rawOwner, .group, .source, .line,
               url: replace(m.lineUrl, '{line}', toString(a.line))} AS item;

// @field Meeting.decisions
UNWIND $ids AS key
MATCH (m:Meeting {id: key})-[:DECIDED]->(d:Decision)
WITH key, m, d,
     COLLECT { MATCH (d)-[:ABOUT]->(subject)
               WITH DISTINCT coalesce(subject.title, subject.name, subject.key, subject.version) AS name
               WHERE name IS NOT NULL
               RETURN name ORDER BY name } AS subjects,
     COLLECT { MATCH (d)-[:PROPOSED_BY]->(proposer:Person)
               WITH DISTINCT proposer.name AS name
               WHERE name IS NOT NULL
               RETURN name ORDER BY name } AS proposers
ORDER BY d.line
RETURN key, {decision: d.text, kind: d.kind, outcome: d.outcome, about: d.about, subjects: subjects,
             proposers: proposers,
             votes: [i IN range(0, size(coalesce(d.voteLabels, [])) - 1) | {vote: d.voteLabels[i], count: d.voteCounts[i]}],
             date: toString(m.date), meeting: m.id, title: m.title, source: d.source, line: d.line,
             url: replace(m.lineUrl, '{line}', toString(d.line))} AS item;

// @field Meeting.releases
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[mention:MENTIONS]->(r:Release)
WITH key, r, min(mention.line) AS line ORDER BY line, r.product, r.version
RETURN key, r {.product, .version, key: r.product + ':' + r.version} AS item;

// @field Meeting.events
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[mention:MENTIONS]->(e:Event)
WITH key, e, min(mention.line) AS line ORDER BY line, e.key
RETURN key, e {.key, .name, .edition, .date, .location} AS item;

// @field Meeting.features
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[mention:MENTIONS]->(f:Feature)
WITH key, f, min(mention.line) AS line ORDER BY line, f.name
RETURN key, f {.name, .kind} AS item;

// @field Team.meetings
UNWIND $ids AS key
MATCH (:Team {name: key})<-[:OF_TEAM]-(m:Meeting)
WITH key, m ORDER BY m.date DESC, m.id
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field Team.maintainers
UNWIND $ids AS key
MATCH (:Team {name: key})<-[:MAINTAINS]-(p:Person)
WITH key, p ORDER BY p.name, p.id
RETURN key, p {.id, .name, .aliases, .initials, .github} AS item;

// @field Team.reviewers
UNWIND $ids AS key
MATCH (:Team {name: key})<-[:REVIEWS]-(p:Person)
WITH key, p ORDER BY p.name, p.id
RETURN key, p {.id, .name, .aliases, .initials, .github} AS item;

// @field Track.owners
UNWIND $ids AS key
MATCH (:Track {id: key})<-[:OWNS]-(p:Person)
WITH DISTINCT key, p ORDER BY p.name, p.id
RETURN key, p {.id, .name, .aliases, .initials, .github} AS item;

// @field Track.statuses
UNWIND $ids AS key
MATCH (:Track {id: key})<-[s:REPORTS]-(m:Meeting)
WITH key, s, m ORDER BY s.date, s.source, s.line
RETURN key, {status: s.status, date: toString(s.date), source: s.source, line: s.line,
             url: replace(m.lineUrl, '{line}', toString(s.line))} AS item;

// @field Feature.meetings
UNWIND $ids AS key
MATCH (:Feature {name: key})<-[:MENTIONS]-(m:Meeting)
WITH key, m ORDER BY m.date DESC, m.id
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field Feature.plannedFor
UNWIND $ids AS key
MATCH (:Feature {name: key})-[:PLANNED_FOR]->(r:Release)
WITH DISTINCT key, r ORDER BY r.product, [part IN split(r.version, '.') | toInteger(part)], r.version
RETURN key, r {.product, .version, key: r.product + ':' + r.version} AS item;

// @field Release.meetings
UNWIND $ids AS key
MATCH (r:Release)<-[:MENTIONS]-(m:Meeting)
WHERE r.product + ':' + r.version = key
WITH key, m ORDER BY m.date DESC, m.id
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field Release.plannedFeatures
UNWIND $ids AS key
MATCH (r:Release)<-[:PLANNED_FOR]-(f:Feature)
WHERE r.product + ':' + r.version = key
WITH DISTINCT key, f ORDER BY f.name
RETURN key, f {.name, .kind} AS item;

// @field Release.dates
UNWIND $ids AS key
MATCH (r:Release)<-[s:SCHEDULES]-(m:Meeting)
WHERE r.product + ':' + r.version = key
WITH key, s, m ORDER BY m.date, s.source, s.line
RETURN key, {date: s.date, said: toString(m.date), source: s.source, line: s.line,
             url: replace(m.lineUrl, '{line}', toString(s.line))} AS item;

// @field Event.meetings
UNWIND $ids AS key
MATCH (:Event {key: key})<-[:MENTIONS]-(m:Meeting)
WITH key, m ORDER BY m.date DESC, m.id
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field ActionItem.meeting
UNWIND $ids AS key
MATCH (:ActionItem {id: key})<-[:RECORDED]-(m:Meeting)
RETURN key, m {.id, .title, date: toString(m.date), .source} AS item;

// @field ActionItem.owners
UNWIND $ids AS key
MATCH (:ActionItem {id: key})-[:ASSIGNED_TO]->(p:Person)
WITH key, p ORDER BY p.name, p.id
RETURN key, p {.id, .name, .aliases, .initials, .github} AS item;
