// Answers: which topics come up most? Section-heading topics by the number of meetings that cover them,
// with the first and last time each came up.
MATCH (m:Meeting)-[:COVERS]->(t:Topic)
RETURN t.name AS topic, count(m) AS meetings, min(m.date) AS first, max(m.date) AS last
ORDER BY meetings DESC, topic
LIMIT 25
