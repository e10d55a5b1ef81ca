// Answers: how often does a topic come up, month by month? Meetings per month that mention it as a feature, cover
// it as a section, or report or state ownership of it as a track. `terms` are its spellings, lower-cased (the
// service adds every alias the features gazetteer knows).
// @param terms: ["smp"]
MATCH (m:Meeting)-[r:MENTIONS|COVERS|REPORTS]->(n)
WHERE (n:Feature AND n.name IN $terms) OR (n:Topic AND any(term IN $terms WHERE n.id CONTAINS term))
   OR (n:Track AND any(term IN $terms WHERE n.id CONTAINS term))
WITH substring(toString(m.date), 0, 7) AS month, count(DISTINCT m) AS meetings
RETURN month, meetings
ORDER BY month
