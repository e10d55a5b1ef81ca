// Records what notes' meetings decided, each decision linked to what it decides on and to who proposed it. What it
// decides on is read from the meeting's own facts, written before this statement: a proposal the meeting discusses
// or advances on the decision's line (±1), whose key its subject (`about`) or text names, or whose title (as this
// meeting gives it, eight characters or more) its subject holds; a release the meeting mentions whose version it
// names; a feature the meeting mentions whose name it names as a word; the topic of the section it stands under (its
// subject, folded, is a topic the meeting covers). Who proposed it: the champions the
// meeting gives for a proposal it decides on. A poll's counts are kept as two lists in the note's order
// (`voteLabels: ['SF', 'F', 'N', 'A', 'SA']`, `voteCounts: [10, 5, 2, 0, 0]`): properties cannot hold maps.
// @param rows: [{"meetingId": "notes/example", "id": "notes/example.md#48", "text": "Poll to advance extended-const to phase 4", "kind": "poll", "outcome": "passed", "voteLabels": ["SF", "F", "N", "A", "SA"], "voteCounts": [10, 5, 2, 0, 0], "about": "Extended constant expressions", "aboutTopic": "extended constant expressions", "source": "notes/example.md", "line": 48, "evidence": "Poll to advance extended-const to phase 4: passes"}]
UNWIND $rows AS d
MATCH (m:Meeting {id: d.meetingId})
CREATE (m)-[:DECIDED {source: d.source, line: d.line, evidence: d.evidence}]->
       (decision:Decision {id: d.id, text: d.text, lower: toLower(d.text), kind: d.kind, outcome: d.outcome,
                           voteLabels: d.voteLabels, voteCounts: d.voteCounts, about: d.about,
                           source: d.source, line: d.line})
WITH m, decision, d, toLower(coalesce(d.about, '') + ' ' + d.text) AS words
CALL {
  WITH m, decision, d, words
  MATCH (m)-[said:DISCUSSED|ADVANCED]->(proposal:Proposal)
  WHERE abs(said.line - d.line) <= 1 OR words CONTAINS toLower(proposal.key)
     OR toLower(coalesce(d.about, '')) = toLower(said.title)
     OR size(said.title) >= 8 AND toLower(coalesce(d.about, '')) CONTAINS toLower(said.title)
  WITH decision, proposal, collect(said) AS saids
  CREATE (decision)-[:ABOUT]->(proposal)
  WITH decision, reduce(ids = [], s IN saids | ids + coalesce(s.champions, [])) AS champions
  UNWIND champions AS champion
  WITH DISTINCT decision, champion
  MATCH (person:Person {id: champion})
  MERGE (decision)-[:PROPOSED_BY]->(person)
}
CALL {
  WITH m, decision, words
  MATCH (m)-[:MENTIONS]->(release:Release)
  WHERE words =~ ('(?s).*(?<![\\w.])\\Q' + toLower(release.version) + '\\E(?![\\w]|\\.\\d).*')
  CREATE (decision)-[:ABOUT]->(release)
}
CALL {
  WITH m, decision, words
  MATCH (m)-[:MENTIONS]->(feature:Feature)
  WHERE any(name IN [feature.name] + coalesce(feature.aliases, [])
            WHERE words =~ ('(?s).*(?<!\\w)\\Q' + toLower(name) + '\\E(?!\\w).*'))
  CREATE (decision)-[:ABOUT]->(feature)
}
CALL {
  WITH m, decision, d
  MATCH (m)-[:COVERS]->(topic:Topic {id: d.aboutTopic})
  CREATE (decision)-[:ABOUT]->(topic)
}
