// Answers: how far do the notes go? The date of the newest meeting: "who owns" answers as of it by default.
MATCH (m:Meeting)
RETURN toString(max(m.date)) AS latest
