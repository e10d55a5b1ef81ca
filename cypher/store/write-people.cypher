// Creates or updates the people a batch of notes links to, once each. A person's name, aliases, initials and login
// are the corpus-wide identity resolution's current view, so they are set on every write; the statements that
// follow only match people by id.
// @param people: [{"person": "example-person", "name": "Example Person", "aliases": ["ExampleP"], "initials": ["EP"], "github": null}]
UNWIND $people AS p
MERGE (person:Person {id: p.person})
SET person.name = p.name, person.aliases = p.aliases, person.initials = p.initials, person.github = p.github
