// Answers: which database is this? Name, version and edition of the Neo4j the service talks to (used by /health).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
