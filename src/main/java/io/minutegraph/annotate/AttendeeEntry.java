package io.minutegraph.annotate;

/**
 * One person an attendee list names.
 *
 * @param raw      the entry exactly as written (a list item's text without its bullet, a bare line, one name of a
 *                 comma list, a table row's name cell)
 * @param line     1-based line number in the note
 * @param name     the person's name as a reader would say it, cleaned: no affiliation, pronouns, role or remark
 *                 ("(TSC)", "(Google)", "- Guest from OSTIF", "| Mozilla", "(she/her)", "(joined late)"), no Markdown
 *                 (bold, links: "[Colin Ihrig](https://github.com/cjihrig)" is "Colin Ihrig"), "Last, First" given as
 *                 "First Last"; a bare handle stays as written ("nikomatsakis", "the8472")
 * @param initials the initials the note itself gives the person ("Ross Tate (RT)", a table column of initials), or
 *                 null
 * @param login    the GitHub login the note gives ("@BethGriggs", "(github @hoodmane)", "https://github.com/cjihrig"),
 *                 as written without '@', or null
 */
public record AttendeeEntry(String raw, int line, String name, String initials, String login) {
}
