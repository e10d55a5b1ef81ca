// Answers: who attended the meetings held on a given day? Each meeting of that day with its participants (as
// written in the note), and the entries identity resolution could not settle.
// @param date: "2023-01-06"
MATCH (m:Meeting {date: date($date)})
OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(m)
WITH m, a, p ORDER BY a.line
RETURN m.title AS meeting, m.source AS source, collect(a.as) AS attendees, m.unresolvedParticipants AS unresolved
ORDER BY source
