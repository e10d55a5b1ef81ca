// Answers: what has a person still to do? Their action items the notes have not marked done (ticked `- [x]`,
// struck through, or "(done)"), newest first, each with the meeting and the line it was recorded on (`url`: where
// that line can be read on the web, or null), and who else shares it. Matches the person's id, name or any
// spelling. An item nobody marks done stays open here: most notes never mark them.
// @param person: "RăzvanD"
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p)
WHERE NOT coalesce(a.done, false)
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(other:Person) WHERE other <> p
WITH m, a, other ORDER BY other.name, other.id
RETURN toString(m.date) AS date, a.text AS item, a.kind AS kind, collect(other.name) AS with, m.title AS meeting,
       a.source AS source, a.line AS line, replace(m.lineUrl, '{line}', toString(a.line)) AS url
ORDER BY date DESC, line, source
