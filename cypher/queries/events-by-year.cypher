// Answers: which events did the community take part in or plan for, in a year? Each edition of that year with
// when the notes first and last spoke of it, and the people at those meetings who were named for it.
// @param year: "2023"
MATCH (e:Event {edition: $year})<-[mention:MENTIONS]-(m:Meeting)
OPTIONAL MATCH (m)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p:Person)
WHERE a.line = mention.line
WITH e, m, p ORDER BY p.name
WITH e, min(m.date) AS first, max(m.date) AS last, count(DISTINCT m) AS meetings, collect(DISTINCT p.name) AS named
RETURN e.name AS event, e.edition AS edition, e.date AS date, e.location AS location, first, last, meetings, named
ORDER BY coalesce(e.date, toString(first)), event
