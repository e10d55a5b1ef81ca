// Answers: which tracks do the notes speak of, who owns each now, and when was each last active? A track's current
// owners are the people named in its statements of the last three months before its newest one (older ones were
// handed over) who attended a meeting within a year of the date asked about; its last activity is the newest
// statement or status about it.
// @param asOf: "2024-03-25"
MATCH (t:Track)<-[o:OWNS]-(p:Person)
WHERE o.since <= date($asOf)
WITH t, max(o.since) AS newest, collect({person: p, since: o.since}) AS said
UNWIND [x IN said WHERE x.since >= newest - duration('P90D')] AS recent
WITH t, newest, recent.person AS p
OPTIONAL MATCH (p)-[:ATTENDED|SPOKE_AT]->(m:Meeting)
WHERE m.date <= date($asOf)
WITH t, newest, p, max(m.date) AS seen
WITH t, newest, collect(DISTINCT CASE WHEN seen >= date($asOf) - duration('P365D')
                                 THEN {id: p.id, name: p.name} END) AS current
OPTIONAL MATCH (t)<-[s:REPORTS]-(:Meeting)
WHERE s.date <= date($asOf)
WITH t, current, newest, max(s.date) AS lastStatus
RETURN t.id AS id, t.name AS name, current,
       toString(CASE WHEN lastStatus IS NOT NULL AND lastStatus > newest THEN lastStatus ELSE newest END) AS lastActivity
ORDER BY lastActivity DESC, name
