// Answers: what is a person supposed to do? Their action items, newest first, each with the meeting, the line
// of the note it was recorded on, and who else shares it. Matches the person's id, name or any spelling.
// @param person: "RăzvanD"
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p)
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(other:Person) WHERE other <> p
RETURN m.date AS date, a.text AS item, a.kind AS kind, collect(other.name) AS with, m.title AS meeting,
       a.source AS source, a.line AS line
ORDER BY date DESC, line
