package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.minutegraph.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Attendee lists as the WebAssembly CG, the Node.js TSC, the Rust lang team and Unikraft write them (lines copied
 * from their notes, each with the file it comes from), lines invented for what those corpora lack, and the reader run
 * over every note of the three foreign corpora, scored against the hand-made keys.
 */
class AttendeeListsTest {

    private static List<AttendeeEntry> read(String... lines) {
        return AttendeeLists.read(List.of(lines), 1, lines.length, Set.of());
    }

    private static List<String> names(String... lines) {
        return read(lines).stream().map(AttendeeEntry::name).toList();
    }

    // ---- labels

    @Test
    void labelsThatNameAnAttendeeList() {
        // headings and labels of the four corpora ("Introduction of attendees", "Roll Call", "Attendance", "Present",
        // "Participants", "Attending") and invented ones
        for (String label : List.of("Attendees", "ATTENDEES", "attendees:", "Attendance", "Attending", "In attendance",
                "Present", "Participants", "Roll call", "Roll Call", "Members present", "Who's here", "Who’s here",
                "Attendees (please add yourself)", "Attendees - add your name", "Attendees 👋",
                ":busts_in_silhouette: Attendees", "**Attendees**", "Introduction of attendees",
                "Opening, welcome and roll call", "Other attendees", "Attendee list", "Directors Present")) {
            assertThat(AttendeeLists.namesAttendees(label)).as(label).isTrue();
        }
    }

    @Test
    void labelsThatOnlyStartWithSuchAWord() {
        // wasm headings (main/2021/CG-05-11.md, CG-05-25.md, wasi/2024/WASI-10-31.md) and node-tsc prose
        // (meetings/node.js/2015-01-22.md, 2015-02-26.md), shortened; and invented ones
        for (String label : List.of("Present, discuss and poll Wasm CSP",
                "Present and discuss [Wasm Signatures](https://github.com/WebAssembly/design/issues/1413)",
                "Present wasi-webgpu for proposed Phase 2 vote", "Participants agreed that eventually the project",
                "Attendees seemed to like this idea", "Presentation: Waml", "Not present", "Absent", "Apologies",
                "Regrets", "Agenda", "Attendance policy", "")) {
            assertThat(AttendeeLists.namesAttendees(label)).as(label).isFalse();
        }
    }

    @Test
    void aHeadingThatOnlyStartsWithPresentStartsNoList() {
        // the heading is wasm main/2021/CG-05-11.md's; the bullets below it are invented
        assertThat(read("#### Present, discuss and poll [Wasm CSP recommendation to WebAppSec WG]"
                + "(https://docs.google.com/presentation/d/1JYyYsnENblAin1gAgBobzoBUu-wIIOrf5-9N9McR_oE/"
                + "edit?usp=sharing)"
                + " (Francis McCabe)[10 mins] ", "", "- Francis McCabe", "- Luke Wagner")).isEmpty();
    }

    @Test
    void communitySettingsAddLabelWords() {
        List<String> note = List.of("## Teilnehmende", "", "- Anna Schmidt", "- Jürgen Weiß");
        assertThat(AttendeeLists.read(note, 1, 4, Set.of())).isEmpty();
        assertThat(AttendeeLists.read(note, 1, 4, Set.of("teilnehmende"))).extracting(AttendeeEntry::name)
                .containsExactly("Anna Schmidt", "Jürgen Weiß");
    }

    // ---- the WebAssembly CG

    @Test
    void wasmBulletsUnderAttendees() {
        // wasm wasi/2025/WASI-06-26.md
        assertThat(read("### Attendees", "", "- Bailey Hayes", "- Joel Dice", "- Yosh Wuyts", "", "### Agenda items"))
                .extracting(AttendeeEntry::raw, AttendeeEntry::line, AttendeeEntry::name)
                .containsExactly(tuple("Bailey Hayes", 3, "Bailey Hayes"), tuple("Joel Dice", 4, "Joel Dice"),
                        tuple("Yosh Wuyts", 5, "Yosh Wuyts"));
    }

    @Test
    void wasmBareLinesUnderParticipants() {
        // wasm stack/2021/sg-6-14.md: one name a line, an acronym among them, a typo kept as written
        assertThat(names("## Participants", "Francis McCabe", "KC", "Sam Lindley", "Thomas LIvely",
                "Thibaud Michaud", "", "", "## Agenda items", "", "1. Opening, welcome and roll call"))
                .containsExactly("Francis McCabe", "KC", "Sam Lindley", "Thomas LIvely", "Thibaud Michaud");
    }

    @Test
    void wasmIntroductionOfAttendeesAfterAnEmptyRollCall() {
        // wasm main/2022/CG-03-01.md: the roll-call heading holds nothing; the next one holds the list
        assertThat(read("### Opening, welcome and roll call", "", "###  Introduction of attendees",
                " - Deepti Gandluri", " - Derek Schuff", " - Is", " - fitzgen", "",
                "### Find volunteers for note taking",
                "", "Acting chair to volunteer"))
                .extracting(AttendeeEntry::name, AttendeeEntry::line)
                .containsExactly(tuple("Deepti Gandluri", 4), tuple("Derek Schuff", 5), tuple("Is", 6),
                        tuple("fitzgen", 7));
    }

    @Test
    void wasmLinesOfOneNbspAreBlank() {
        // wasm gc/2020/GC-08-25.md: the line after the heading is a no-break space
        assertThat(names("#### Introduction of attendees", "\u00a0", "* Adam Klein", "* Andreas Rossberg"))
                .containsExactly("Adam Klein", "Andreas Rossberg");
    }

    @Test
    void wasmTableWithInitialsAndAMembershipColumn() {
        // wasm main/2017/CG-05.md: ❌ there says "not a CG member", not "absent": only a check-in column counts
        List<AttendeeEntry> entries = read("### Attendees", "",
                "| Abbreviation | Name | Organization | CG member? | Note |",
                "|--------------|------|--------------|------------|------|",
                "| KS | Karl Schimpf | Google, Inc. | ✅ | |",
                "| RW | Richard Winterton | Intel Corporation | ❌ | |",
                "| DG2 | Dan Gohman | Mozilla Foundation | ✅ | |",
                "| BN | Bradley Nelson | Google, Inc. | ✅ | Host |");
        assertThat(entries).extracting(AttendeeEntry::raw, AttendeeEntry::line, AttendeeEntry::name,
                        AttendeeEntry::initials)
                .containsExactly(tuple("Karl Schimpf", 5, "Karl Schimpf", "KS"),
                        tuple("Richard Winterton", 6, "Richard Winterton", "RW"),
                        tuple("Dan Gohman", 7, "Dan Gohman", "DG2"),
                        tuple("Bradley Nelson", 8, "Bradley Nelson", "BN"));
    }

    @Test
    void wasmRollCallTableByItsAttendeeColumn() {
        // wasm main/2017/CG-07.md: a name in lower case is still a name in the column of names
        assertThat(names("#### Roll call", "| Attendee | Affiliation | Note |", "|----------|-------------|------|",
                "| Keith Miller | Apple | |", "| Andrew Scheidecker | *self* | |", "| richard winterton | Intel | |",
                "| JF Bastien | Apple | Chair |", "", "#### Agenda Items"))
                .containsExactly("Keith Miller", "Andrew Scheidecker", "richard winterton", "JF Bastien");
    }

    @Test
    void wasmInitialsInParentheses() {
        // wasm stack/2021/sg-6-28.md
        assertThat(read("## Participants", " - Ross Tate (RT)", " - Thomas Lively (TL)", " - Alon Zakai (AZ)"))
                .extracting(AttendeeEntry::name, AttendeeEntry::initials)
                .containsExactly(tuple("Ross Tate", "RT"), tuple("Thomas Lively", "TL"), tuple("Alon Zakai", "AZ"));
    }

    @Test
    void wasmLastFirstList() {
        // wasm main/2017/WG-09-15.md
        assertThat(names("##  Roll call", "", "* Ahn, Heejin", "* Bastien, JF", "* Christiansen, Kenneth",
                "* Ehrenberg, Daniel", "", "## Agenda items"))
                .containsExactly("Heejin Ahn", "JF Bastien", "Kenneth Christiansen", "Daniel Ehrenberg");
    }

    @Test
    void wasmNameCommaAffiliationList() {
        // wasm main/2019/CG-06.md and main/2018/CG-04.md: what follows the comma is where they work
        assertThat(names("### Opening, welcome and roll call", "", "* Adam Foltzer, Fastly",
                "* Alex Beregszaszi, Ewasm/Ethereum Foundation", "* Bill Budge, Google [remote]",
                "* Conrad Watt, Cambridge University", "* William Maddox, Adobe Systems Inc.",
                "* Chris Drappier, *???*"))
                .containsExactly("Adam Foltzer", "Alex Beregszaszi", "Bill Budge", "Conrad Watt", "William Maddox",
                        "Chris Drappier");
    }

    @Test
    void wasmNameAffiliationAndRemarksSpacedByBlankLines() {
        // wasm gc/2020/GC-06-02.md
        assertThat(names("### Introduction of attendees", "", "Ben Smith, Google", "",
                "Cheng Shao, Tweag.io Haskell, interested weak refs", "", "Syvatoslav Kuzmich, Jet Brains", "",
                "Keith Miller, Apple,  Been attending a bunch of WASM meetings for WebKit, want to see GC move forward "
                        + "since it’s the biggest missing feature of WASM, in my opinion.", "", "### Agenda"))
                .containsExactly("Ben Smith", "Cheng Shao", "Syvatoslav Kuzmich", "Keith Miller");
    }

    @Test
    void wasmCommaListOnTheLineAfterTheHeading() {
        // wasm debugging/2020/debugging-09-17.md
        assertThat(read("## Attendees", "Yury Delendik, Luke Imhoff, Philip Pfaffe, Derek Schuff, Paolo Severini, "
                + "Wouter Van Oortmerssen, Alon Zakai ", "", "## Notes "))
                .extracting(AttendeeEntry::raw, AttendeeEntry::line)
                .containsExactly(tuple("Yury Delendik", 2), tuple("Luke Imhoff", 2), tuple("Philip Pfaffe", 2),
                        tuple("Derek Schuff", 2), tuple("Paolo Severini", 2), tuple("Wouter Van Oortmerssen", 2),
                        tuple("Alon Zakai", 2));
    }

    @Test
    void wasmLabelLineThenBullets() {
        // wasm simd/2025/SIMD-01-17.md
        assertThat(names("## Meeting notes", "", "Attendees:", "", "- Andrew Brown", "- Anton Kirilov",
                "- Petr Penzin", "", "Notes:", "", "1. Adjust meeting format",
                "   1. We have been using \"running agenda\" for the past few meetings and it seems to be successful"))
                .containsExactly("Andrew Brown", "Anton Kirilov", "Petr Penzin");
        // wasm main/2022/CG-10.md's "In-person:" group; the "Remote:" one is invented
        assertThat(names("### Attendees", "In-person:", " - Ryan Hunt", " - Steven DeTar", "Remote:",
                " - Sam Clegg")).containsExactly("Ryan Hunt", "Steven DeTar", "Sam Clegg");
    }

    @Test
    void wasmListEndsWhereTheAgendaGoesOn() {
        // wasm main/2021/CG-03-30.md: after a blank line, a numbered item is the agenda again
        assertThat(names("### Attendees", " - Jacob Abraham", " - Luke Imhoff", " - Jay Krell", "", "1. Closure"))
                .containsExactly("Jacob Abraham", "Luke Imhoff", "Jay Krell");
        // wasm debugging/2019/debugging-07-16.md: an agenda item "Introduction of attendees" lists nobody
        assertThat(names("1. Opening", "   1. Introduction of attendees",
                "1. Goals and scope of upcoming debugging work",
                "1. Future meeting schedule")).isEmpty();
    }

    @Test
    void wasmListEndsAtTheFirstSpeaker() {
        // wasm wasi/2021/WASI-02-11.md
        assertThat(names("### Attendees", "Pat Hickey", "Andrew Brown", "Lin Clark", "",
                "**Lin Clark:** Are there any announcements?", "(none)"))
                .containsExactly("Pat Hickey", "Andrew Brown", "Lin Clark");
        // wasm main/2024/WG-06-12.md
        assertThat(names("### Attendees", "", " - Mike Smith", " - Derek Schuff", "", "",
                "DS: Previously we talked about what it would take to move the current spec to a CR, and worked out "
                        + "some publication pipeline issues on our end.  I found "
                        + "https://www.w3.org/Guide/transitions/?cr=draft&profile=CR listing requirements."))
                .containsExactly("Mike Smith", "Derek Schuff");
        // invented: the first speaker right under the names, no blank line between
        assertThat(names("Attendees:", "Derek Schuff", "Andreas Rossberg", "DS: I think we can move on."))
                .containsExactly("Derek Schuff", "Andreas Rossberg");
    }

    @Test
    void wasmTyposBetweenNamesDoNotEndTheList() {
        // wasm main/2025/CG-02-25.md and main/2021/CG-01-05.md (entries spaced by blank lines)
        assertThat(names("### Attendees", "- Ben Visness", "- Reid rankin", "- Manos Koukoutos"))
                .containsExactly("Ben Visness", "Reid rankin", "Manos Koukoutos");
        assertThat(names("### Attendees", "", "Nicholas Yang", "", "Lars hansen", "", "Daniel Wirtz"))
                .containsExactly("Nicholas Yang", "Lars hansen", "Daniel Wirtz");
    }

    @Test
    void wasmQuotedNicknameAndPronouns() {
        // wasm main/2021/CG-03-02.md, stack/2020/SG-12-14.md and wasi/2021/WASI-10-21.md
        assertThat(names("### Attendees", "Nick \"fitzgen\" Fitzgerald (he,him)", "Michał “phoe” Herda",
                "Amanieu d’Antras")).containsExactly("Nick Fitzgerald", "Michał Herda", "Amanieu d’Antras");
    }

    // ---- the Node.js TSC

    @Test
    void nodePresentWithHandlesRolesAndLinks() {
        // node-tsc meetings/2019-03-27.md, 2024-07-24.md, node.js/2015-04-16.md, 2023-10-18.md and 2018-09-19.md
        assertThat(read("## Present", "", "* Anatoli Papirovski @apapirovski (TSC)",
                "* Antoine du Hamel @aduh95 (voting member)", "* [Alexis Campailla](https://github.com/orangemocha)",
                "* Daniel Rosenwasser (invited, from the TypeScript team)",
                "* Amir Montazery - Guest from OSTIF to talk about security audit",
                "* Matteo Collina @mcollina (TSC) - joined at 16:23 UTC", "", "## Agenda"))
                .extracting(AttendeeEntry::name, AttendeeEntry::login, AttendeeEntry::line)
                .containsExactly(tuple("Anatoli Papirovski", "apapirovski", 3),
                        tuple("Antoine du Hamel", "aduh95", 4), tuple("Alexis Campailla", "orangemocha", 5),
                        tuple("Daniel Rosenwasser", null, 6), tuple("Amir Montazery", null, 7),
                        tuple("Matteo Collina", "mcollina", 8));
    }

    @Test
    void nodeCyrillicNameWithAnEmail() {
        // node-tsc meetings/2024-07-31.md and 2018-04-18.md
        assertThat(read("## Present", "* Сковорода Никита Андреевич <chalkerx@gmail.com> (Guest)",
                "* Сковорода Никита Андреевич @ChALkeR (TSC)"))
                .extracting(AttendeeEntry::raw, AttendeeEntry::name, AttendeeEntry::login)
                .containsExactly(tuple("Сковорода Никита Андреевич <chalkerx@gmail.com> (Guest)",
                        "Сковорода Никита Андреевич", null));
    }

    @Test
    void nodeSubHeadingsDivideThePeoplePresent() {
        // node-tsc meetings/2018-01-31-V8.md
        assertThat(names("## Present", "", "### TSC", "", "* Ali Sheikh <mailto:ofrobots@google.com>",
                "* Colin Ihrig <mailto:cjihrig@gmail.com>", "", "### V8", "", "* Adam Klein <mailto:adamk@google.com>",
                "", "### Other", "", "* Peter Marton <mailto:pmarton@netflix.com>", "", "## Summary", "",
                "### Performance of async hooks performance "
                        + "([0:10](http://www.youtube.com/watch?v=a6YtLIaqMqs&t=0m10s))",
                "", "* Facing up to 30% performance regression (on hapi17) when enabling async hooks."))
                .containsExactly("Ali Sheikh", "Colin Ihrig", "Adam Klein", "Peter Marton");
    }

    @Test
    void nodeApologiesAreNotAttendees() {
        // node-tsc meetings/io.js/2015-01-28.md (its list shortened)
        assertThat(names("### Present", "", "* Chris (TC)", "* Colin (TC)", "* Mikeal", "* Rod", "",
                "Apologies from:", "", "* Trevor (TC)", "* Domenic", "", "### Mini stand-up", "",
                "* Ben: Reviewed/landed pull requests, fixed bugs, the usual"))
                .containsExactly("Chris", "Colin", "Mikeal", "Rod");
        // invented
        assertThat(names("## Attendees", "- Ana Pop", "", "Regrets: Bob Ionescu, Carol Dinu", "- Dan Marin"))
                .containsExactly("Ana Pop");
    }

    @Test
    void nodeCommentedOutMembersAreNotPresent() {
        // node-tsc meetings/2026-02-18.md
        assertThat(names("## Present", "", "* Joyee Cheung @joyeecheung (voting member)", "", "<!--", "",
                "* Yagiz Nizipli @anonrig (voting member)", "", "-->", "", "## Agenda"))
                .containsExactly("Joyee Cheung");
    }

    @Test
    void nodeStrayLineInsideTheList() {
        // node-tsc meetings/2024-05-15.md: a line that lost its bullet neither ends the list nor is a name
        assertThat(names("## Present", "* Richard Lau @richardlau (voting member)",
                "a *Ruy Adorno @ruyadorno (voting member)", "* Paolo Insogna @ShogunPanda (voting member)"))
                .containsExactly("Richard Lau", "Paolo Insogna");
    }

    // ---- the Rust lang team

    @Test
    void rustTeamMembersAndOthers() {
        // rust-lang minutes/2022-11-22.md
        List<AttendeeEntry> entries = read("## Attendance", "", "* Team members: scott, josh",
                "* Others: mark, dtolnay, Gary Guo (nbdd0121), y86-dev, pnkfelix (30min late)", "",
                "## Meeting roles", "", "* Action item scribe: ", "* Note-taker: scottmcm");
        assertThat(entries).extracting(AttendeeEntry::raw, AttendeeEntry::line, AttendeeEntry::name,
                        AttendeeEntry::login)
                .containsExactly(tuple("scott", 3, "scott", null), tuple("josh", 3, "josh", null),
                        tuple("mark", 4, "mark", null), tuple("dtolnay", 4, "dtolnay", null),
                        tuple("Gary Guo (nbdd0121)", 4, "Gary Guo", "nbdd0121"), tuple("y86-dev", 4, "y86-dev", null),
                        tuple("pnkfelix (30min late)", 4, "pnkfelix", null));
    }

    @Test
    void rustRolesAreNotAttendance() {
        // rust-lang design-meeting-minutes/2021-03-03-Planning-Meeting.md
        assertThat(names("## Attending", "", "* Team: nikomatsakis, scottmcm, taylor, josh, pnkfelix",
                "* Other: simulacrum", "* Action item scribe: simulacrum", "* Minutes scribe: scottmcm", "",
                "## Updates"))
                .containsExactly("nikomatsakis", "scottmcm", "taylor", "josh", "pnkfelix", "simulacrum");
    }

    @Test
    void rustGroupsOnBareLines() {
        // rust-lang design-meeting-minutes/2022-02-16-libs-most-wanted.md
        List<String> names = names("# Attendees", "", "Lang: Niko, Josh Triplett, Felix, Taylor, Scott",
                "Libs: Mara, Jane, David, Amanieu, Josh Triplett, Josh Stone",
                "Other attendees: Mark, Michael Goulet, the8472", "", "# Discussion / Question queue");
        assertThat(names).containsExactly("Niko", "Josh Triplett", "Felix", "Taylor", "Scott", "Mara", "Jane",
                "David", "Amanieu", "Josh Stone", "Mark", "Michael Goulet", "the8472");
    }

    @Test
    void rustAttendingLabelInABulletWithNestedGroups() {
        // rust-lang design-meeting-minutes/2021-02-03-Planning-Meeting.md
        assertThat(read("# Lang Team Planning Meeting", "", "* Meeting date: 2021-02-03", "* Attending: ",
                "    * Team: nikomatsakis, felix, josh, scott", "    * Not team: simulacrum, connor horman",
                "* [Watch the recording](https://youtu.be/r1c2tFMAYQs)"))
                .extracting(AttendeeEntry::name, AttendeeEntry::line)
                .containsExactly(tuple("nikomatsakis", 5), tuple("felix", 5), tuple("josh", 5), tuple("scott", 5),
                        tuple("simulacrum", 6), tuple("connor horman", 6));
    }

    // ---- Unikraft

    @Test
    void unikraftHandlesStayAsWritten() {
        // Unikraft lists its people in front matter (discussions/community/2023/2023-03-13.md); written in a body
        // the same handles are names as they stand
        assertThat(names("## Participants", "- AlexJ", "- ȘtefanJ", "- RaduNichita", "- RăzvanD", "- ȘerbanS"))
                .containsExactly("AlexJ", "ȘtefanJ", "RaduNichita", "RăzvanD", "ȘerbanS");
    }

    @Test
    void unikraftProseAboutParticipantsIsNoList() {
        // Unikraft discussions/build/2023-05-02.md and discussions/community/2022/2022-03-09.md; the names after
        // them are invented
        assertThat(read("SK: Present requirements / issues with `fixdep` in the current setup.",
                "Only 3 participants, but good discussions.", "Marc Rittinghaus", "Razvan Deaconescu")).isEmpty();
    }

    // ---- invented: what the three corpora lack

    @Test
    void commaListOnTheLabelLine() {
        assertThat(read("Attendees: Ana Pop, Bob Ionescu and Carol Dinu", "", "## Notes"))
                .extracting(AttendeeEntry::raw, AttendeeEntry::line)
                .containsExactly(tuple("Ana Pop", 1), tuple("Bob Ionescu", 1), tuple("Carol Dinu", 1));
        assertThat(names("**Attendees:** Ana Pop, Bob Ionescu")).containsExactly("Ana Pop", "Bob Ionescu");
        assertThat(names("**Present**", "Ana Pop", "Bob Ionescu")).containsExactly("Ana Pop", "Bob Ionescu");
        assertThat(names("Present:", "Ana Pop, Bob Ionescu")).containsExactly("Ana Pop", "Bob Ionescu");
    }

    @Test
    void firstNamesSeparatedByCommasAreSeveralPeople() {
        assertThat(names("Attendees: Simon, Felipe, Dragos")).containsExactly("Simon", "Felipe", "Dragos");
        assertThat(names("## Attendees", "- Simon, Felipe, Dragos", "- Ana Pop"))
                .containsExactly("Simon", "Felipe", "Dragos", "Ana Pop");
    }

    @Test
    void lastFirstListOfInventedNames() {
        assertThat(names("## Attendees", "- Pop, Ana", "- Ionescu, Bogdan Mihai", "- van Dijk, Sanne",
                "- Сковорода, Никита Андреевич")).containsExactly("Ana Pop", "Bogdan Mihai Ionescu",
                "Sanne van Dijk", "Никита Андреевич Сковорода");
    }

    @Test
    void affiliationsPronounsRolesAndRemarksAreNotPartOfTheName() {
        assertThat(read("### Attendees", "- Ana Pop (Acme, Inc.)", "- Bob Ionescu (she/her)",
                "- Carol Dinu (joined late)", "- Dan Marin | Mozilla", "- Ema Stan - Guest from OSTIF",
                "- **Filip Voicu** (chair)", "- Gina Rusu: Google", "- Antoine du Hamel", "- Ross Tate (RT)"))
                .extracting(AttendeeEntry::name, AttendeeEntry::initials)
                .containsExactly(tuple("Ana Pop", null), tuple("Bob Ionescu", null), tuple("Carol Dinu", null),
                        tuple("Dan Marin", null), tuple("Ema Stan", null), tuple("Filip Voicu", null),
                        tuple("Gina Rusu", null), tuple("Antoine du Hamel", null), tuple("Ross Tate", "RT"));
    }

    @Test
    void initialsAndLoginsBesideTheName() {
        // wasm wasi/2023/WASI-06-15.md
        assertThat(read("### Attendees", "- Danilo (Dan) Chiarlone / @danbugs"))
                .extracting(AttendeeEntry::name, AttendeeEntry::login)
                .containsExactly(tuple("Danilo Chiarlone", "danbugs"));
        // invented
        assertThat(read("## Attendees", "- KS: Karl Schimpf", "- Ana Pop - AP", "- Bob Ionescu | @bobi",
                "- Dr. Carol Dinu (CD)"))
                .extracting(AttendeeEntry::raw, AttendeeEntry::name, AttendeeEntry::initials, AttendeeEntry::login)
                .containsExactly(tuple("Karl Schimpf", "Karl Schimpf", "KS", null),
                        tuple("Ana Pop - AP", "Ana Pop", "AP", null),
                        tuple("Bob Ionescu | @bobi", "Bob Ionescu", null, "bobi"),
                        tuple("Dr. Carol Dinu (CD)", "Carol Dinu", "CD", null));
    }

    @Test
    void namesSeparatedByHtmlBreaks() {
        assertThat(read("### Attendees", "Ana Pop<br>Bob Ionescu<br/>Carol Dinu"))
                .extracting(AttendeeEntry::raw, AttendeeEntry::line)
                .containsExactly(tuple("Ana Pop", 2), tuple("Bob Ionescu", 2), tuple("Carol Dinu", 2));
    }

    @Test
    void loginsAsNotesGiveThem() {
        // "[Julien Gilli](https://github.com/misterdjules)" is node-tsc meetings/node.js/2015-04-16.md's; the rest
        // invented
        assertThat(read("## Attendees", "- @BethGriggs", "- Hood Chatham (github @hoodmane)",
                "- https://github.com/cjihrig", "- [Julien Gilli](https://github.com/misterdjules)",
                "- Marin (`adminy`)", "- Moshe Atlow (MoLow)"))
                .extracting(AttendeeEntry::name, AttendeeEntry::login)
                .containsExactly(tuple("BethGriggs", "BethGriggs"), tuple("Hood Chatham", "hoodmane"),
                        tuple("cjihrig", "cjihrig"), tuple("Julien Gilli", "misterdjules"), tuple("Marin", "adminy"),
                        tuple("Moshe Atlow", "MoLow"));
    }

    @Test
    void checkInTableCountsOnlyTheTicked() {
        assertThat(read("## Attendance", "", "| Name | Company | Present |", "|---|---|---|",
                "| Ana Pop | Acme | x |", "| Bob Ionescu | Acme | ❌ |", "| Carol Dinu | Initech | ✅ |",
                "| Dan Marin | Initech | |", "| Ema Stan | Hooli | no |", "| Filip Voicu | Hooli | yes |"))
                .extracting(AttendeeEntry::name, AttendeeEntry::line)
                .containsExactly(tuple("Ana Pop", 5), tuple("Carol Dinu", 7), tuple("Filip Voicu", 10));
        // a table of talks under the heading holds presenters, not the people present
        assertThat(read("## Attendees", "| Time | Topic | Presenter |", "|---|---|---|", "| 10:00 | Intro | Ana Pop |"))
                .isEmpty();
        // a date for a header, names found by their content, a GitHub column
        assertThat(read("## Roll call", "| | 2024-05-02 | GitHub |", "|-|-|-|", "| Ana Pop | X | @anapop |",
                "| Bob Ionescu | | bobi |"))
                .extracting(AttendeeEntry::name, AttendeeEntry::login)
                .containsExactly(tuple("Ana Pop", "anapop"));
    }

    @Test
    void absenceSubListsAndPlaceholdersNameNobodyPresent() {
        assertThat(names("## Attendees", "- Ana Pop", "- TBD", "- (none)", "- add yourself", "",
                "Regrets:", "- Bob Ionescu", "", "Not present: Carol Dinu", "Unable to attend: Dan Marin",
                "Also present: Ema Stan")).containsExactly("Ana Pop", "Ema Stan");
        assertThat(names("## Attendees", "* Present:", "  * Ana Pop", "* Absent:", "  * Bob Ionescu",
                "* Guests:", "  * Carol Dinu")).containsExactly("Ana Pop", "Carol Dinu");
        assertThat(names("## Attendees", "- [x] Ana Pop", "- [ ] Bob Ionescu", "- ✅ Carol Dinu", "- ❌ Dan Marin",
                "- Ema Stan (absent)", "- Filip Voicu — regrets")).containsExactly("Ana Pop", "Carol Dinu");
        assertThat(names("Present: Ana Pop, Bob Ionescu (absent)")).containsExactly("Ana Pop");
    }

    @Test
    void rolesAreNotAttendees() {
        assertThat(names("Attendees: Ana Pop, Bob Ionescu", "Facilitator: Carol Dinu", "Note-taker: Dan Marin",
                "Chair: Ema Stan", "Bob Ionescu")).containsExactly("Ana Pop", "Bob Ionescu");
    }

    @Test
    void eachPersonOncePerList() {
        assertThat(read("## Present", "- Ana Pop (TSC)", "- Bob Ionescu", "- ana pop", "- Ana  Pop"))
                .extracting(AttendeeEntry::name, AttendeeEntry::line)
                .containsExactly(tuple("Ana Pop", 2), tuple("Bob Ionescu", 3));
    }

    @Test
    void proseIsNoName() {
        assertThat(names("## Attendees", "", "Everyone from the TSC was there.", "- Ana Pop")).isEmpty();
        assertThat(names("## Participants", "- Ana Pop", "", "The meeting opened with a review of open issues.",
                "- Bob Ionescu")).containsExactly("Ana Pop");
        assertThat(names("Attendees: Ben, can you take notes?")).isEmpty();
    }

    @Test
    void codeBlocksAndTheRangeAreRespected() {
        assertThat(names("```markdown", "## Attendees", "- Ana Pop", "```", "## Attendees", "- Bob Ionescu"))
                .containsExactly("Bob Ionescu");
        List<String> note = List.of("## Attendees", "- Ana Pop", "", "# Second meeting", "## Attendees",
                "- Bob Ionescu");
        assertThat(AttendeeLists.read(note, 4, 6, Set.of())).extracting(AttendeeEntry::name, AttendeeEntry::line)
                .containsExactly(tuple("Bob Ionescu", 6));
    }

    @Test
    void setextHeadingAndFlatBulletLabel() {
        assertThat(names("Attendees", "---------", "Ana Pop", "Bob Ionescu")).containsExactly("Ana Pop", "Bob Ionescu");
        assertThat(names("- Attendees:", "- Ana Pop", "- Bob Ionescu", "", "## Notes"))
                .containsExactly("Ana Pop", "Bob Ionescu");
    }

    // ---- the foreign corpora against their keys

    /** Precision and recall of attendees by person, per note, summed over a corpus's keyed notes. */
    private record Score(int found, int expected, int right) {

        double precision() {
            return found == 0 ? 0 : right / (double) found;
        }

        double recall() {
            return expected == 0 ? 0 : right / (double) expected;
        }
    }

    @Test
    void foreignCorporaAgainstTheirKeys() throws IOException {
        Path shared = TestPaths.projectDir().resolve("../shared").normalize();
        Path corpora = shared.resolve("foreign-corpora");
        assertThat(corpora).as("the foreign corpora beside the project").isDirectory();
        Map<String, double[]> floors = Map.of("wasm", new double[] {0.98, 0.98},
                "node-tsc", new double[] {0.98, 0.98}, "rust-lang", new double[] {0.96, 0.96});
        long started = System.nanoTime();
        for (String corpus : List.of("wasm", "node-tsc", "rust-lang")) {
            int notes = 0;
            int entries = 0;
            try (Stream<Path> files = Files.walk(corpora.resolve(corpus))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    List<String> lines = lines(file);
                    entries += AttendeeLists.read(lines, 1, lines.size(), Set.of()).size();
                    notes++;
                }
            }
            Score score = score(corpora.resolve(corpus), List.of(shared.resolve("eval/foreign").resolve(corpus),
                    TestPaths.projectDir().resolve("src/test/resources/quality/foreign").resolve(corpus)));
            System.out.printf(Locale.ROOT, "attendees %-9s %3d notes, %5d entries; keys: precision %.3f recall %.3f"
                            + " (%d found, %d expected, %d right)%n", corpus, notes, entries, score.precision(),
                    score.recall(), score.found(), score.expected(), score.right());
            assertThat(score.expected()).as(corpus + " keyed attendees").isPositive();
            assertThat(score.precision()).as(corpus + " precision").isGreaterThanOrEqualTo(floors.get(corpus)[0]);
            assertThat(score.recall()).as(corpus + " recall").isGreaterThanOrEqualTo(floors.get(corpus)[1]);
        }
        System.out.printf(Locale.ROOT, "attendees: read and scored in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void unikraftBodiesListNobody() throws IOException {
        // Unikraft keeps its participants in front matter; the bodies' prose ("Only 3 participants", "SK: Present
        // requirements") must not read as lists
        int entries = 0;
        try (Stream<Path> files = Files.walk(TestPaths.corpus())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                List<String> lines = lines(file);
                entries += AttendeeLists.read(lines, bodyStart(lines), lines.size(), Set.of()).size();
            }
        }
        assertThat(entries).isZero();
    }

    /** The first line after a YAML front matter, or 1. */
    private static int bodyStart(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int n = 2; n <= lines.size(); n++) {
                if (lines.get(n - 1).strip().equals("---")) {
                    return n + 1;
                }
            }
        }
        return 1;
    }

    /** Scores every keyed note: a key person is found when an entry's name or login is their name or an alias. */
    @SuppressWarnings("unchecked")
    private static Score score(Path corpus, List<Path> keyFolders) throws IOException {
        int found = 0;
        int expected = 0;
        int right = 0;
        for (Path folder : keyFolders) {
            if (!Files.isDirectory(folder)) {
                continue; // the repository's own keys are optional; the shared ones are asserted on by count
            }
            try (Stream<Path> keys = Files.list(folder)) {
                for (Path keyFile : keys.filter(k -> k.toString().endsWith(".yaml")).sorted().toList()) {
                    Map<String, Object> key = new Yaml().load(Files.readString(keyFile));
                    if (!key.containsKey("attendees")) {
                        continue; // labelled for its meetings only
                    }
                    List<Map<String, Object>> people = key.get("attendees") == null ? List.of()
                            : (List<Map<String, Object>>) key.get("attendees");
                    List<String> lines = lines(corpus.resolve((String) key.get("source")));
                    Map<String, Set<String>> output = new LinkedHashMap<>();
                    for (AttendeeEntry e : AttendeeLists.read(lines, 1, lines.size(), Set.of())) {
                        Set<String> forms = output.computeIfAbsent(fold(e.name()), k -> new HashSet<>());
                        forms.add(fold(e.name()));
                        if (e.login() != null) {
                            forms.add(fold(e.login()));
                        }
                    }
                    List<Set<String>> unmatched = new ArrayList<>(output.values());
                    for (Map<String, Object> person : people) {
                        Set<String> forms = new HashSet<>();
                        forms.add(fold(person.get("name")));
                        for (Object alias : (List<Object>) person.getOrDefault("aliases", List.of())) {
                            forms.add(fold(alias));
                        }
                        forms.add(fold(person.get("github")));
                        forms.remove("");
                        Set<String> hit = unmatched.stream().filter(o -> o.stream().anyMatch(forms::contains))
                                .findFirst().orElse(null);
                        if (hit != null) {
                            unmatched.remove(hit);
                            right++;
                        }
                    }
                    found += output.size();
                    expected += people.size();
                }
            }
        }
        return new Score(found, expected, right);
    }

    /** As the keys' scorer folds: letters and digits only, without case or diacritics. */
    private static String fold(Object text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text.toString(), Normalizer.Form.NFKD).codePoints()
                .filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
