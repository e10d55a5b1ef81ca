// Answers: who attended meetings with a person, and how often? Everyone at the same meetings (held, as the notes
// list them), most meetings together first, with the first and last time. Matches the person's id, name or any
// spelling the notes use.
// @param person: "simon-kuenzer"
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
WHERE other <> p
RETURN p.name AS person, other.name AS with, count(DISTINCT m) AS meetings, toString(min(m.date)) AS first,
       toString(max(m.date)) AS last
ORDER BY meetings DESC, with
LIMIT 50
