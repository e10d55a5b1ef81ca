// Ends a write that failed and wrote nothing: questions stop waiting for it. Run after the write's transaction has
// given up, and when an ingest starts (one process writes the notes: a mark left by one that stopped mid-write is
// stale).
MATCH (v:GraphVersion {id: 'graph'})
SET v.writing = false
