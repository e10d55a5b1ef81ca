// Links notes' meetings to the proposals they discuss (an RFC, an issue or pull request, a proposal's repository, a
// subject the meetings keep coming back to), each once a meeting at its first line, and to the stages a line moves
// one to, each link with the title this meeting gives it. The people the note gives as its champions or presenters
// stay on the link, as person ids.
// @param rows: [{"meetingId": "notes/example", "key": "WebAssembly/extended-const", "title": "Extended constant expressions", "url": "https://github.com/WebAssembly/extended-const", "stage": "phase 4", "outcome": "passed", "champions": ["example-person"], "source": "notes/example.md", "line": 48, "evidence": "Poll to advance extended-const to phase 4: passes"}]
UNWIND $rows AS p
MATCH (m:Meeting {id: p.meetingId})
MERGE (proposal:Proposal {key: p.key})
  ON CREATE SET proposal.title = p.title
SET proposal.url = coalesce(proposal.url, p.url)
FOREACH (_ IN CASE WHEN p.stage IS NULL THEN [1] ELSE [] END |
  CREATE (m)-[:DISCUSSED {title: p.title, source: p.source, line: p.line, evidence: p.evidence,
                          champions: p.champions}]->(proposal))
FOREACH (_ IN CASE WHEN p.stage IS NULL THEN [] ELSE [1] END |
  CREATE (m)-[:ADVANCED {stage: p.stage, outcome: p.outcome, title: p.title, source: p.source, line: p.line,
                         evidence: p.evidence, champions: p.champions}]->(proposal))
