// Answers: which tracks do the notes speak of, and when was each last active? Each track that a statement up to
// `asOf` names, with its last activity: the newest statement or status about it. GET /api/tracks gives each one's
// current owners as who-owns.cypher ranks them, asking it about every track at once.
// @param asOf: "2024-03-25"
MATCH (t:Track)<-[o:OWNS]-(:Person)
WHERE o.since <= date($asOf)
WITH t, max(o.since) AS newest
OPTIONAL MATCH (t)<-[s:REPORTS]-(:Meeting)
WHERE s.date <= date($asOf)
WITH t, newest, max(s.date) AS lastStatus
RETURN t.id AS id, t.name AS name,
       toString(CASE WHEN lastStatus IS NOT NULL AND lastStatus > newest THEN lastStatus ELSE newest END) AS lastActivity
ORDER BY lastActivity DESC, name
