// Removes the decisions notes' meetings took, before the notes are written again (or for good). Returns what they
// were about and who proposed them as `touched`, so that the writer can drop what no other note supports any more.
// @param sources: ["discussions/community/2023/2023-01-06.md"]
UNWIND $sources AS source
MATCH (:Meeting {source: source})-[:DECIDED]->(decision:Decision)
OPTIONAL MATCH (decision)-[:ABOUT|PROPOSED_BY]->(subject)
WITH collect(DISTINCT decision) AS decisions, collect(DISTINCT elementId(subject)) AS touched
FOREACH (d IN decisions | DETACH DELETE d)
RETURN touched
