// Answers: what is in the graph? Nodes per label, largest first.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label
