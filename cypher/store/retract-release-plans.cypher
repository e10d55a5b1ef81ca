// Removes the features notes planned for releases (PLANNED_FOR carries the note's source), before the notes are
// written again (or for good); the meetings' PLANS go with the meetings' other relationships. Returns the features
// and releases at either end as `touched`, so that the writer can drop those no other note supports any more.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
UNWIND $sources AS source
MATCH (feature:Feature)-[planned:PLANNED_FOR {source: source}]->(release:Release)
WITH collect(planned) AS rels, collect(DISTINCT elementId(feature)) + collect(DISTINCT elementId(release)) AS touched
FOREACH (r IN rels | DELETE r)
RETURN touched
