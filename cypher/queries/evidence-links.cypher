// Answers: where can I read the line a fact came from? Every fact carries `source` (the note's path) and `line`;
// a meeting's `lineUrl` is where its note can be read on the web, at the commit ingested, with `{line}` standing
// for the line number (set when the notes folder is a git work tree with a GitHub, GitLab, Codeberg or Gitea remote,
// or by minutegraph.notes.source-url; null otherwise). Here: a person's statements of ownership, each with the
// address of the line that says so. Any relationship with `source` and `line` is linked the same way.
// @param person: "simon-kuenzer"
MATCH (p:Person {id: $person})-[o:OWNS]->(t:Track)
MATCH (m:Meeting {source: o.source})
RETURN t.name AS track, o.since AS said, o.evidence AS evidence, o.source AS source, o.line AS line,
       replace(m.lineUrl, '{line}', toString(o.line)) AS url
ORDER BY said DESC, source, line, track
