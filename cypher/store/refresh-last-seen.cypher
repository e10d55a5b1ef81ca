// After notes were retracted: the people whose last meeting may have been one of them (their `lastSeen` is one of
// those meetings' dates) have it worked out again from the meetings they still attend or speak at. Others keep theirs,
// so rewriting every note of a large folder works this out once a person, not once a note.
// @param touched: []
// @param dates: ["2023-01-06"]
MATCH (p:Person)
WHERE elementId(p) IN $touched AND toString(p.lastSeen) IN $dates
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:ATTENDED|SPOKE_AT]->(m:Meeting)
  RETURN max(m.date) AS last
}
SET p.lastSeen = last
