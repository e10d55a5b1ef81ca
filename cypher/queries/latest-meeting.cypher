// Answers: how far do the notes go? The date of the newest meeting: "who owns" answers as of it by default.
// (Read from the end of the meeting date index, whatever the number of meetings; null when there are none.)
OPTIONAL MATCH (m:Meeting)
WHERE m.date IS NOT NULL
WITH m ORDER BY m.date DESC LIMIT 1
RETURN toString(m.date) AS latest
