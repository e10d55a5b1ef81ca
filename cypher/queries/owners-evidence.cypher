// Answers: what says who owns a track? Every piece of evidence up to a date, newest first: ownership statements
// in the notes (OWNS), declared maintainers and reviewers of a matching team (MAINTAINS, REVIEWS), action items that
// name the track (ASSIGNED_TO), and attendance of a matching team's meetings. `terms` are the track's spellings,
// lower-cased (the service adds every alias the features gazetteer knows). "Who owns track X" ranks these rows:
// docs/owners.md.
// @param terms: ["smp", "symmetric multiprocessing"]
// @param asOf: "2024-12-31"
CALL {
  UNWIND $terms AS term
  MATCH (t:Track)
  WHERE t.id CONTAINS term
  WITH DISTINCT t
  MATCH (p:Person)-[o:OWNS]->(t)
  WHERE o.since <= date($asOf)
  RETURN p, 'statement' AS kind, o.confidence AS confidence, o.since AS date, o.source AS source, o.line AS line,
         o.evidence AS text, t.name AS about
  UNION ALL
  MATCH (p:Person)-[d:MAINTAINS|REVIEWS]->(team:Team)
  WHERE any(term IN $terms WHERE team.name CONTAINS term)
  RETURN p, toLower(type(d)) AS kind, 1.0 AS confidence, null AS date, d.source AS source, null AS line,
         team.name AS text, team.name AS about
  UNION ALL
  UNWIND $terms AS term
  MATCH (a:ActionItem)
  WHERE a.lower CONTAINS term
  WITH DISTINCT a
  MATCH (m:Meeting)-[:RECORDED]->(a)-[:ASSIGNED_TO]->(p:Person)
  WHERE m.date <= date($asOf)
  RETURN p, 'action item' AS kind, 1.0 AS confidence, m.date AS date, a.source AS source, a.line AS line,
         a.text AS text, a.text AS about
  UNION ALL
  MATCH (p:Person)-[at:ATTENDED]->(m:Meeting)-[:OF_TEAM]->(team:Team)
  WHERE team.name IN $terms AND m.date <= date($asOf)
  RETURN p, 'attended' AS kind, 1.0 AS confidence, m.date AS date, at.source AS source, at.line AS line,
         m.title AS text, team.name AS about
}
RETURN p.id AS person, p.name AS name, kind, confidence, toString(date) AS date, source, line, text, about
ORDER BY date DESC
