// Answers: when did a team meet, and who came? The team's meetings in date order with their attendees
// (as written in each note) and the note each came from.
// @param team: "community"
MATCH (t:Team {name: toLower($team)})<-[:OF_TEAM]-(m:Meeting)
OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(m)
WITH m, a ORDER BY a.line, a.as
WITH m, collect(a.as) AS attendees
RETURN m.date AS date, m.title AS title, size(attendees) AS people, attendees, m.source AS source
ORDER BY date, source
