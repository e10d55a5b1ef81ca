// Removes the meeting a note recorded and every relationship hanging off it, before the note is written again
// (or for good). Returns the teams it belonged to and the other nodes it touched, so that the writer can relink
// the teams' NEXT chains and drop people, teams and topics that no other note supports any more.
// @param source: "discussions/community/2023/2023-01-06.md"
MATCH (m:Meeting {source: $source})
OPTIONAL MATCH (m)-[:OF_TEAM]->(t:Team)
WITH m, collect(t.name) AS teams
OPTIONAL MATCH (m)--(n)
WHERE NOT n:Meeting
WITH m, teams, collect(DISTINCT elementId(n)) AS touched
DETACH DELETE m
RETURN teams, touched
