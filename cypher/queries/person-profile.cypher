// Answers: who is this person in the notes? Their names, teams, how many meetings they attended and when first and
// last, their action items (newest first, each with `url`: where its line can be read on the web, or null) and the
// tracks the notes say they own.
// @param person: "simon-kuenzer"
MATCH (p:Person {id: $person})
OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
WITH p, count(DISTINCT m) AS meetings, toString(min(m.date)) AS firstSeen, toString(max(m.date)) AS lastSeen
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:ATTENDED]->(:Meeting)-[:OF_TEAM]->(t:Team)
  WITH p, t ORDER BY t.name
  WITH p, collect(DISTINCT t.name) AS attended
  OPTIONAL MATCH (p)-[d:MAINTAINS|REVIEWS]->(declared:Team)
  WITH attended, d, declared ORDER BY declared.name, type(d)
  RETURN attended, collect(DISTINCT {team: declared.name, role: toLower(type(d))}) AS declared
}
CALL {
  WITH p
  OPTIONAL MATCH (m:Meeting)-[:RECORDED]->(a:ActionItem)-[:ASSIGNED_TO]->(p)
  WITH m, a ORDER BY m.date DESC, a.line, a.source
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE
           {date: toString(m.date), text: a.text, source: a.source, line: a.line,
            url: replace(m.lineUrl, '{line}', toString(a.line))} END) AS actionItems
}
CALL {
  WITH p
  OPTIONAL MATCH (p)-[o:OWNS]->(t:Track)
  WITH t, max(o.since) AS lastSaid, max(o.confidence) AS confidence
  ORDER BY lastSaid DESC, t.name
  RETURN collect(CASE WHEN t IS NULL THEN NULL ELSE
           {track: t.name, lastSaid: toString(lastSaid), confidence: confidence} END) AS tracks
}
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.initials AS initials, p.github AS github,
       attended AS teams, declared, meetings, firstSeen, lastSeen, actionItems, tracks
