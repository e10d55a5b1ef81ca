// Ends a write: every transaction that writes notes or declarations ends with this, so that an answer computed from
// the graph (who owns a track) can tell whether the graph has changed since, by reading `graph-version.cypher`, and a
// question knows the write is over (`write-mark.cypher`). Last in its transaction, so that concurrent writers queue on
// this node only while they commit.
MATCH (v:GraphVersion {id: 'graph'})
SET v.version = v.version + 1, v.writing = false
