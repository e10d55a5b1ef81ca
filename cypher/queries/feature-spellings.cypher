// Answers: which features and subsystems do the notes speak of, and how is each written? Each feature of the
// community's gazetteer that some note mentions, with every spelling the gazetteer gives it ("who owns" matches a
// track by them) and how many meetings mention it.
MATCH (f:Feature)
RETURN f.name AS name, f.kind AS kind, coalesce(f.aliases, [f.name]) AS spellings,
       COUNT { (f)<-[:MENTIONS]-(:Meeting) } AS meetings
ORDER BY name
