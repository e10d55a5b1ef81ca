// Answers: what is still open, person by person? Most notes never mark an item done, so an item counts as open
// while it is recent (recorded at most two months before the date asked about) and not marked done. Each person
// with their open items, newest first, each with the file and line it was recorded on.
// @param asOf: "2024-03-25"
MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p:Person)
WHERE m.date <= date($asOf) AND m.date >= date($asOf) - duration('P2M') AND NOT coalesce(a.done, false)
WITH p, m, a ORDER BY m.date DESC, a.line, a.source
RETURN p.id AS person, p.name AS name, count(a) AS open,
       collect({date: toString(m.date), item: a.text, source: a.source, line: a.line,
                url: replace(m.lineUrl, '{line}', toString(a.line))})[0..10] AS items
ORDER BY open DESC, name
