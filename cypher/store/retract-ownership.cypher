// Removes the ownership notes stated (OWNS carries the note's source), before the notes are written again (or for
// good). Returns the people and tracks at either end as `touched`, so that the writer can drop those no other note
// supports any more.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
UNWIND $sources AS source
MATCH (owner:Person)-[owns:OWNS {source: source}]->(track:Track)
WITH collect(owns) AS rels, collect(DISTINCT elementId(track)) + collect(DISTINCT elementId(owner)) AS touched
FOREACH (r IN rels | DELETE r)
RETURN touched
