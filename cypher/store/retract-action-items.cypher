// Removes the action items notes' meetings recorded, before the notes are written again (or for good). Returns the
// people they were assigned to as `touched`, so that the writer can drop those no other note supports any more.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
UNWIND $sources AS source
MATCH (:Meeting {source: source})-[:RECORDED]->(item:ActionItem)
OPTIONAL MATCH (item)-[:ASSIGNED_TO]->(owner:Person)
WITH collect(DISTINCT item) AS items, collect(DISTINCT elementId(owner)) AS touched
FOREACH (i IN items | DETACH DELETE i)
RETURN touched
