// Marks a write as begun, in a transaction of its own committed before the write's: a question that reads this node
// before and after its statements (`write-mark.cypher`) knows that no write ran across them. The node is made with a
// random `epoch`, so that a graph emptied and written again does not count the same versions as before.
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.writing = true, v.writingSince = datetime()
