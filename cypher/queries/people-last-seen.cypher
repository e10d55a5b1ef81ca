// Answers: when was each of these people last at a meeting (attending or speaking), up to a date?
// @param people: ["simon-kuenzer"]
// @param asOf: "2024-12-31"
MATCH (p:Person)-[:ATTENDED|SPOKE_AT]->(m:Meeting)
WHERE p.id IN $people AND m.date <= date($asOf)
RETURN p.id AS person, toString(max(m.date)) AS lastSeen
