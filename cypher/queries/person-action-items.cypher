// Answers: what is a person supposed to do? Their action items, newest first, each with the meeting, the line
// of the note it was recorded on (and `url`, where that line can be read on the web, or null), and who else shares it.
// Matches the person's id, name or any spelling.
// @param person: "RăzvanD"
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p)
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(other:Person) WHERE other <> p
WITH m, a, other ORDER BY other.name, other.id
RETURN m.date AS date, a.text AS item, a.kind AS kind, collect(other.name) AS with, m.title AS meeting,
       a.source AS source, a.line AS line, replace(m.lineUrl, '{line}', toString(a.line)) AS url
ORDER BY date DESC, line, source
