// Removes the meeting a note recorded, its action items, the ownership and release plans it stated, and every
// relationship hanging off them, before the note is written again (or for good). Returns the teams it belonged to
// and the other nodes it touched, so that the writer can relink
// the teams' NEXT chains and drop people, teams and topics that no other note supports any more.
// With `keep` (the note is written again in the same transaction), the meeting node itself stays, stripped of its
// relationships: a question that starts from it while the note is rewritten finds it, old or new, never gone.
// @param source: "discussions/community/2023/2023-01-06.md"
// @param keep: true
MATCH (m:Meeting {source: $source})
CALL {
  WITH m
  OPTIONAL MATCH (m)-[:RECORDED]->(item:ActionItem)
  OPTIONAL MATCH (item)-[:ASSIGNED_TO]->(owner:Person)
  WITH collect(DISTINCT item) AS items, collect(DISTINCT elementId(owner)) AS owners
  FOREACH (i IN items | DETACH DELETE i)
  RETURN owners
}
CALL {
  WITH m
  OPTIONAL MATCH (owner:Person)-[owns:OWNS {source: m.source}]->(track:Track)
  WITH collect(owns) AS rels, collect(DISTINCT elementId(track)) + collect(DISTINCT elementId(owner)) AS ends
  FOREACH (r IN rels | DELETE r)
  RETURN ends
}
CALL {
  WITH m
  OPTIONAL MATCH (feature:Feature)-[planned:PLANNED_FOR {source: m.source}]->(release:Release)
  WITH collect(planned) AS rels, collect(DISTINCT elementId(feature)) + collect(DISTINCT elementId(release)) AS planEnds
  FOREACH (r IN rels | DELETE r)
  RETURN planEnds
}
OPTIONAL MATCH (m)-[:OF_TEAM]->(t:Team)
WITH m, owners + ends + planEnds AS owners, collect(t.name) AS teams
OPTIONAL MATCH (m)--(n)
WHERE NOT n:Meeting
WITH m, teams, owners, collect(DISTINCT elementId(n)) AS neighbours
CALL {
  WITH m
  MATCH (m)-[r]-()
  DELETE r
}
FOREACH (gone IN CASE WHEN $keep THEN [] ELSE [m] END | DELETE gone)
WITH teams, owners + neighbours AS touched
RETURN teams, touched
