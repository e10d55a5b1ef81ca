// Answers: what says who owns a track? Every piece of evidence up to a date, newest first: ownership statements
// in the notes (OWNS), declared maintainers and reviewers of a matching team (MAINTAINS, REVIEWS), action items that
// name the track (ASSIGNED_TO), and attendance of a matching team's meetings; with each row, the last meeting its
// person attended or spoke at up to that date. `terms` are the track's spellings, lower-cased (the service adds
// every alias the features gazetteer knows); `asOf` null means the newest meeting's date. Each row cited from a note
// carries `url`, where its line can be read on the web, or null. "Who owns track X" ranks these rows:
// docs/owners.md. One statement, so that the answer is one round trip.
// @param terms: ["smp", "symmetric multiprocessing"]
// @param asOf: "2024-12-31"
CALL {
  OPTIONAL MATCH (newest:Meeting)
  WHERE newest.date IS NOT NULL
  WITH newest ORDER BY newest.date DESC LIMIT 1
  RETURN coalesce(date($asOf), newest.date, date()) AS asOf
}
CALL {
  WITH asOf
  UNWIND $terms AS term
  MATCH (t:Track)
  WHERE t.id CONTAINS term
  WITH DISTINCT t, asOf
  MATCH (p:Person)-[o:OWNS]->(t)
  WHERE o.since <= asOf
  OPTIONAL MATCH (said:Meeting {source: o.source})
  RETURN p, 'statement' AS kind, o.confidence AS confidence, o.since AS date, o.source AS source, o.line AS line,
         o.evidence AS text, t.name AS about, replace(said.lineUrl, '{line}', toString(o.line)) AS url
  UNION ALL
  WITH asOf
  MATCH (p:Person)-[d:MAINTAINS|REVIEWS]->(team:Team)
  WHERE any(term IN $terms WHERE team.name CONTAINS term)
  RETURN p, toLower(type(d)) AS kind, 1.0 AS confidence, null AS date, d.source AS source, null AS line,
         team.name AS text, team.name AS about, null AS url
  UNION ALL
  WITH asOf
  UNWIND $terms AS term
  MATCH (a:ActionItem)
  WHERE a.lower CONTAINS term
  WITH DISTINCT a, asOf
  MATCH (m:Meeting)-[:RECORDED]->(a)-[:ASSIGNED_TO]->(p:Person)
  WHERE m.date <= asOf
  RETURN p, 'action item' AS kind, 1.0 AS confidence, m.date AS date, a.source AS source, a.line AS line,
         a.text AS text, a.text AS about, replace(m.lineUrl, '{line}', toString(a.line)) AS url
  UNION ALL
  WITH asOf
  UNWIND $terms AS term
  MATCH (team:Team {name: term})
  MATCH (p:Person)-[at:ATTENDED]->(m:Meeting)-[:OF_TEAM]->(team)
  WHERE m.date <= asOf
  RETURN p, 'attended' AS kind, 1.0 AS confidence, m.date AS date, at.source AS source, at.line AS line,
         m.title AS text, team.name AS about, replace(m.lineUrl, '{line}', toString(at.line)) AS url
}
WITH asOf, p, collect({kind: kind, confidence: confidence, date: date, source: source, line: line, text: text,
                       about: about, url: url}) AS evidence
CALL {
  // A person's `lastSeen` answers at once when it is not after the date asked about (always, for the newest
  // meeting's date); otherwise their meetings are read, from the person, not from the meeting date index.
  WITH p, asOf
  WITH p, asOf
  WHERE NOT coalesce(p.lastSeen <= asOf, false)
  MATCH (p)-[:ATTENDED|SPOKE_AT]->(seen:Meeting)
  RETURN max(CASE WHEN seen.date <= asOf THEN seen.date END) AS seenBefore
}
WITH asOf, p, evidence, CASE WHEN p.lastSeen <= asOf THEN p.lastSeen ELSE seenBefore END AS lastSeen
UNWIND evidence AS e
RETURN p.id AS person, p.name AS name, e.kind AS kind, e.confidence AS confidence, toString(e.date) AS date,
       e.source AS source, e.line AS line, e.url AS url, e.text AS text, e.about AS about,
       toString(lastSeen) AS lastSeen,
       toString(asOf) AS asOf
ORDER BY e.date DESC
