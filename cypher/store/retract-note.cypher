// Removes the meetings notes recorded and every relationship hanging off them, before the notes are written again
// (or for good); what fact kinds wrote that does not hang off the meetings their own retract-*.cypher files have
// removed first. Returns, for each note the graph held, its meeting's old date, the teams it belonged to and the other
// nodes it touched, so that the writer can relink the teams' NEXT chains around that date and drop people, teams,
// topics and other nodes that no other note supports any more.
// With `keep` (the notes are written again in the same transaction), the meeting nodes themselves stay, stripped of
// their relationships: a question that starts from one while its note is rewritten finds it, old or new, never gone.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
// @param keep: true
UNWIND $sources AS source
MATCH (m:Meeting {source: source})
OPTIONAL MATCH (m)-[:OF_TEAM]->(t:Team)
WITH m, collect(t.name) AS teams
OPTIONAL MATCH (m)--(n)
WHERE NOT n:Meeting
WITH m, toString(m.date) AS date, teams, collect(DISTINCT elementId(n)) AS touched
CALL {
  WITH m
  MATCH (m)-[r]-()
  DELETE r
}
FOREACH (gone IN CASE WHEN $keep THEN [] ELSE [m] END | DELETE gone)
RETURN date, teams, touched
