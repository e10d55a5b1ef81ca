// Answers: who owns a track? People the notes name as its owners (track lists, "X will lead Y", "X is working on
// Y"), the strongest and latest first, with the meeting date and line that say so. Matches the track's name
// without regard to case or diacritics, also as a part of a longer name ("SMP" finds "SMP support").
// @param track: "SMP"
MATCH (p:Person)-[o:OWNS]->(t:Track)
WHERE t.id CONTAINS trim(replace(replace(replace(toLower($track), '-', ' '), '_', ' '), '/', ' '))
RETURN t.name AS track, p.name AS owner, max(o.confidence) AS confidence, max(o.since) AS lastSaid,
       min(o.since) AS firstSaid, collect(o.source + ':' + toString(o.line))[0..5] AS evidence
ORDER BY confidence DESC, lastSaid DESC
