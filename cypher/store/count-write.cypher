// Counts a write: every transaction that writes notes or declarations ends with this, so that an answer computed
// from the graph (who owns a track) can tell whether the graph has changed since, by reading `graph-version.cypher`.
// The node is made with a random `epoch`, so that a graph emptied and written again does not count the same numbers
// as before. Last in its transaction, so that concurrent writers queue on this node only while they commit.
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
