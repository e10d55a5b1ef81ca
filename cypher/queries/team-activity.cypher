// Answers: how active is each team? Meetings and distinct attendees per team, with its first and last meeting.
MATCH (t:Team)<-[:OF_TEAM]-(m:Meeting)
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m)
RETURN t.name AS team, count(DISTINCT m) AS meetings, count(DISTINCT p) AS people,
       min(m.date) AS first, max(m.date) AS last
ORDER BY meetings DESC, team
