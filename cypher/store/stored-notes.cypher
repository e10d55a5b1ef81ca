// Which notes the graph holds, with the hash of the file each was written from and the fingerprint of what the
// folder had decided then (people, releases): an ingest re-extracts only notes whose hash or fingerprint changed,
// and retracts notes no longer in the folder; a note that had no link to its lines and can have one now is read
// again.
MATCH (m:Meeting)
RETURN DISTINCT m.source AS source, m.sha256 AS sha256, m.extractedWith AS extractedWith, m.lineUrl IS NOT NULL AS linked
