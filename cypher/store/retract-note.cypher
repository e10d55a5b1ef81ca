// Removes the meetings notes recorded, their action items and decisions, the ownership and release plans they stated, and every
// relationship hanging off them, before the notes are written again (or for good). Returns, for each note the graph
// held, its meeting's old date, the teams it belonged to and the other nodes it touched, so that the writer can
// relink the teams' NEXT chains around that date and drop people, teams and topics that no other note supports any
// more; and whether it spoke of a release, so that releases are ordered again only when one may have gone.
// With `keep` (the notes are written again in the same transaction), the meeting nodes themselves stay, stripped of
// their relationships: a question that starts from one while its note is rewritten finds it, old or new, never gone.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
// @param keep: true
UNWIND $sources AS source
MATCH (m:Meeting {source: source})
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
  OPTIONAL MATCH (m)-[:DECIDED]->(decision:Decision)
  OPTIONAL MATCH (decision)-[:ABOUT|PROPOSED_BY]->(subject)
  WITH collect(DISTINCT decision) AS decisions, collect(DISTINCT elementId(subject)) AS subjects
  FOREACH (d IN decisions | DETACH DELETE d)
  RETURN subjects
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
WITH m, owners + subjects + ends + planEnds AS owners, collect(t.name) AS teams
OPTIONAL MATCH (m)--(n)
WHERE NOT n:Meeting
WITH m, toString(m.date) AS date, teams, owners, collect(DISTINCT elementId(n)) AS neighbours,
     count(CASE WHEN n:Release THEN 1 END) > 0 AS releases
CALL {
  WITH m
  MATCH (m)-[r]-()
  DELETE r
}
FOREACH (gone IN CASE WHEN $keep THEN [] ELSE [m] END | DELETE gone)
WITH date, teams, owners + neighbours AS touched, releases
RETURN date, teams, touched, releases
