// Answers: has the graph changed? A text that every write through Minutegraph (ingest, watched changes, POST
// /api/notes, declarations) changes: the version node's epoch and count, or "unwritten". Edits made by hand in Neo4j
// Browser do not change it.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + v.version, 'unwritten') AS version
