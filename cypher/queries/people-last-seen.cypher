// Answers: when was each of these people last at a meeting (attending or speaking), up to a date?
// (Expands from each person: a person's meetings are far fewer than all the meetings before a date.)
// @param people: ["simon-kuenzer"]
// @param asOf: "2024-12-31"
UNWIND $people AS id
MATCH (p:Person {id: id})-[:ATTENDED|SPOKE_AT]->(m:Meeting)
WITH p, max(CASE WHEN m.date <= date($asOf) THEN m.date END) AS lastSeen
WHERE lastSeen IS NOT NULL
RETURN p.id AS person, toString(lastSeen) AS lastSeen
