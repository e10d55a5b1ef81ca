// Relinks teams' meetings in date order with NEXT {team} between two dates, after meetings on those dates were
// added, moved or removed: the chain is rebuilt from the team's last meeting before `from` to its first after `to`
// and left as it is elsewhere, so the cost follows the span, not the team's history.
// @param spans: [{"team": "community", "from": "2023-01-06", "to": "2023-01-20"}]
UNWIND $spans AS span
WITH span.team AS teamName, date(span.from) AS from, date(span.to) AS to
CALL {
  WITH teamName, from
  MATCH (m:Meeting)-[:OF_TEAM]->(:Team {name: teamName})
  WHERE m.date < from
  WITH m ORDER BY m.date DESC, m.datetime DESC, m.id DESC LIMIT 1
  RETURN collect(m) AS before
}
CALL {
  WITH teamName, to
  MATCH (m:Meeting)-[:OF_TEAM]->(:Team {name: teamName})
  WHERE m.date > to
  WITH m ORDER BY m.date, m.datetime, m.id LIMIT 1
  RETURN collect(m) AS after
}
CALL {
  WITH teamName, from, to
  MATCH (m:Meeting)-[:OF_TEAM]->(:Team {name: teamName})
  WHERE from <= m.date <= to
  WITH m ORDER BY m.date, m.datetime, m.id
  RETURN collect(m) AS inside
}
CALL {
  WITH teamName, before, inside
  UNWIND before + inside AS m
  MATCH (m)-[n:NEXT {team: teamName}]->()
  DELETE n
}
CALL {
  WITH teamName, inside, after
  UNWIND inside + after AS m
  MATCH ()-[n:NEXT {team: teamName}]->(m)
  DELETE n
}
WITH teamName, before + inside + after AS chain
UNWIND range(0, size(chain) - 2) AS i
WITH teamName, chain[i] AS a, chain[i + 1] AS b
CREATE (a)-[:NEXT {team: teamName}]->(b)
