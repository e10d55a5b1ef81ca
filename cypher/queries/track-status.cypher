// Answers: how did a track's status change from meeting to meeting? Each status a meeting reported (DONE, PRIORITY,
// THIS WEEK, ...), oldest first, with the line that says so. Matches the track's name without regard to case, also
// as a part of a longer name.
// @param track: "plat re-arch"
MATCH (m:Meeting)-[s:REPORTS]->(t:Track)
WHERE t.id CONTAINS trim(replace(replace(replace(toLower($track), '-', ' '), '_', ' '), '/', ' '))
RETURN t.name AS track, s.date AS date, s.status AS status, s.source + ':' + toString(s.line) AS evidence
ORDER BY date, evidence, track
