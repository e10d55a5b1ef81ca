// Relinks each given team's meetings in date order with NEXT {team}, after meetings were added or removed.
// @param teams: ["community"]
UNWIND $teams AS teamName
CALL {
  WITH teamName
  MATCH (:Team {name: teamName})<-[:OF_TEAM]-(:Meeting)-[n:NEXT {team: teamName}]->(:Meeting)
  DELETE n
}
CALL {
  WITH teamName
  MATCH (:Team {name: teamName})<-[:OF_TEAM]-(m:Meeting)
  WITH teamName, m ORDER BY m.date, m.datetime, m.id
  WITH teamName, collect(m) AS meetings
  UNWIND range(0, size(meetings) - 2) AS i
  WITH teamName, meetings[i] AS a, meetings[i + 1] AS b
  CREATE (a)-[:NEXT {team: teamName}]->(b)
}
