// Read first and last by every question: the graph's version (as `graph-version.cypher` gives it), the start of the
// last write, and whether a write is running. A question whose two readings differ, or that starts while a write
// runs, read across a write's commit (Neo4j reads at read-committed isolation, so it may have seen part of it) and is
// asked again. A write begun longer ago than $lease is taken as abandoned by a process that stopped.
// @param lease: "PT10M"
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + v.version, 'unwritten') AS version,
       toString(v.writingSince) AS writingSince,
       coalesce(v.writing AND v.writingSince > datetime() - duration($lease), false) AS writing
