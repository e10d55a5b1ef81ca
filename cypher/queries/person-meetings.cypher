// Answers: which meetings did a person attend? Matches the person's id, name or any spelling the notes use,
// and lists their meetings newest first with the teams and the line of the note that lists them.
// @param person: "RăzvanD"
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[a:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (m)-[:OF_TEAM]->(t:Team)
WITH p, a, m, t ORDER BY t.name
RETURN p.name AS person, m.date AS date, m.title AS meeting, collect(t.name) AS teams, a.source AS source, a.line AS line
ORDER BY date DESC, source
