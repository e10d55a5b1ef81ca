// Deletes the meetings notes recorded before and no longer record (a file of several meetings that lost one, a note
// whose meeting is now named otherwise). The retraction has already removed their relationships.
// @param sources: ["meetings/2021.md"]
// @param ids: ["meetings/2021#2021-03-04"]
MATCH (m:Meeting)
WHERE m.source IN $sources AND NOT m.id IN $ids
DETACH DELETE m
