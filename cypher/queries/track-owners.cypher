// Answers: which people do the notes state own a track? The statements themselves (track lists, "X will lead Y",
// "X is working on Y"), per track and person: the strongest, then the latest first, with the lines that say so; the ranked
// answer, with handovers and who is current, is who-owns. Matches the track's name without regard to case,
// punctuation or diacritics, $track folded as track ids are ("Plat-Re-Arch" finds "plat re-arch", "reseau" finds
// "Réseau"), also as a part of a longer name ("SMP" finds "SMP support").
// @param track: "SMP"
WITH trim(reduce(s = '', c IN split(toLower(normalize($track, NFKD)), '') |
       CASE WHEN c =~ '\\p{M}' THEN s WHEN c =~ '[\\p{L}\\p{N}]' THEN s + c WHEN s ENDS WITH ' ' THEN s
            ELSE s + ' ' END)) AS folded
MATCH (p:Person)-[o:OWNS]->(t:Track)
WHERE t.id CONTAINS folded
WITH t, p, o ORDER BY o.since DESC, o.source DESC, o.line
RETURN t.name AS track, p.name AS owner, max(o.confidence) AS confidence, max(o.since) AS lastSaid,
       min(o.since) AS firstSaid, collect(o.source + ':' + toString(o.line))[0..5] AS evidence
ORDER BY confidence DESC, lastSaid DESC, track, owner
