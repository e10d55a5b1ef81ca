// Answers: who owns a track, ranked as GET /api/owners ranks (docs/owners.md): statements in the notes, then
// declared maintainers, reviewers, assignees of action items naming it, then those at its team's meetings; within a
// tier by score (evidence weighed by kind and confidence, halved for every year before the date asked about);
// current when seen within a year and not handed over. `terms` are the track's spellings, folded to lower-case
// words ("plat re arch"); the service adds every alias the features gazetteer knows. A test checks this query
// ranks as the service does.
// @param terms: ["smp", "multicore", "multi core"]
// @param asOf: "2024-03-25"
WITH [term IN $terms | ' ' + term + ' '] AS padded, date($asOf) AS asOf
CALL {
  WITH padded, asOf
  MATCH (p:Person)-[o:OWNS]->(t:Track)
  WHERE o.since <= asOf AND any(term IN padded WHERE ' ' + t.id + ' ' CONTAINS term)
  RETURN p, 0 AS tier, 8.0 * o.confidence AS weight, o.since AS date,
         CASE WHEN o.confidence >= 1.0 THEN o.since END AS leadDate
  UNION ALL
  WITH padded, asOf
  MATCH (p:Person)-[d:MAINTAINS|REVIEWS]->(team:Team)
  WHERE any(term IN padded WHERE ' ' + replace(team.name, '-', ' ') + ' ' CONTAINS term)
  RETURN p, CASE type(d) WHEN 'MAINTAINS' THEN 1 ELSE 2 END AS tier,
         CASE type(d) WHEN 'MAINTAINS' THEN 4.0 ELSE 2.0 END AS weight, null AS date, null AS leadDate
  UNION ALL
  WITH padded, asOf
  MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p:Person)
  WHERE m.date <= asOf
    AND any(term IN padded WHERE ' ' + reduce(s = toLower(a.text), c IN ['.', ',', ':', ';', '(', ')', '/', '-',
        '_', '`', '"', "'", '!', '?', '[', ']', '*', '#', '@', '+', '=', '<', '>', '|', '&'] | replace(s, c, ' '))
        + ' ' CONTAINS term)
  RETURN p, 3 AS tier, 2.0 AS weight, m.date AS date, null AS leadDate
  UNION ALL
  WITH padded, asOf
  MATCH (p:Person)-[:ATTENDED]->(m:Meeting)-[:OF_TEAM]->(team:Team)
  WHERE m.date <= asOf AND ' ' + replace(team.name, '-', ' ') + ' ' IN padded
  RETURN p, 4 AS tier, 0.25 AS weight, m.date AS date, null AS leadDate
}
WITH p, asOf, tier, date, leadDate,
     weight * CASE WHEN date IS NULL THEN 1.0
                   ELSE 0.5 ^ (toFloat(CASE WHEN date > asOf THEN 0 ELSE duration.inDays(date, asOf).days END) / 365.0)
              END AS value
WITH p, asOf, min(tier) AS tier, sum(value) AS score, max(leadDate) AS lastLead,
     collect({tier: tier, date: date, lead: leadDate IS NOT NULL}) AS evidence
WITH asOf, collect({p: p, tier: tier, score: score, lastLead: lastLead, evidence: evidence}) AS people
WITH asOf, people, reduce(newest = null, x IN people |
       CASE WHEN x.lastLead IS NOT NULL AND (newest IS NULL OR x.lastLead > newest) THEN x.lastLead ELSE newest END)
     AS newestLead
UNWIND people AS x
WITH asOf, newestLead, x, x.p AS p
OPTIONAL MATCH (p)-[:ATTENDED|SPOKE_AT]->(seen:Meeting)
WHERE seen.date <= asOf
WITH asOf, newestLead, x, p, max(seen.date) AS lastSeen
WITH p, x, lastSeen,
     x.lastLead IS NOT NULL AND x.lastLead < newestLead - duration('P90D') AS handedOver,
     CASE x.tier WHEN 0 THEN CASE WHEN x.lastLead IS NOT NULL THEN 'lead' ELSE 'contributor' END
                 WHEN 1 THEN 'maintainer' WHEN 3 THEN 'assignee' ELSE 'contributor' END AS role,
     lastSeen >= asOf - duration('P365D') AS seenLately
WITH p, x, lastSeen, role, NOT handedOver AND coalesce(seenLately, false) AS current,
     [e IN x.evidence WHERE e.tier = x.tier AND e.date IS NOT NULL | e.date] AS tierDates
RETURN p.id AS person, p.name AS name, role, round(x.score * 1000) / 1000.0 AS score,
       toString(reduce(first = null, d IN tierDates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END))
         AS since,
       toString(lastSeen) AS lastSeen, current
ORDER BY x.tier, current DESC, x.score DESC, person
