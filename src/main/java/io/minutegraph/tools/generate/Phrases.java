package io.minutegraph.tools.generate;

import java.util.List;

/**
 * What synthetic notes say, as templates in the voice of the real notes. Placeholders are filled per line by
 * {@link NoteDraft#fill}: {@code {f}} and {@code {g}} the topic's features, {@code {plat}}, {@code {arch}},
 * {@code {app}} a platform, architecture or application, {@code {name}} someone of the team, {@code {pr}} a pull
 * request number, {@code {v}} the next release, {@code {pv}} the release just out, {@code {event}} an upcoming
 * event, {@code {date}} and {@code {day}} a day soon, {@code {n}} a small number.
 */
final class Phrases {

    private Phrases() {
    }

    /** What a speaker says in a status discussion, after their initials. */
    static final List<String> SAID = List.of(
            "I'm working on the {f} port, the PR is almost ready: https://github.com/unikraft/unikraft/pull/{pr}",
            "I have updated the {f} PR after the review from {name}.",
            "There is still an issue with {f} on {plat}: it crashes at boot.",
            "I will look into {f} this week.",
            "We need to rebase the {f} changes on `staging`.",
            "The {f} tests are passing on {arch} now.",
            "Is there a reason we don't use {g} for this?",
            "I tried running {app} with {f}, it works on {plat} but not on {plat2}.",
            "{f} depends on {g}, so we should merge {g} first.",
            "I'll send the PR for {f} by {day}.",
            "I had no time this week, I'll continue with {f} next week.",
            "We should document {f} in the docs repository.",
            "Can someone review https://github.com/unikraft/unikraft/pull/{pr}?",
            "I've been debugging {f} with GDB, the problem is in the page fault handler.",
            "It makes sense to go for the low-hanging fruits first.",
            "We discussed {f} with {name} and decided to split the PR into smaller PRs.",
            "I need to talk to {name} about {f}.",
            "The {f} PR was merged, thanks to everyone who reviewed it.",
            "I am now porting {app} on top of {f}.",
            "For {f} we only need a few changes in {g}.",
            "Maybe we should move {f} out of the core repository.",
            "I managed to reproduce the {f} issue, I have a fix.",
            "I don't know whether {f} works on {arch}; I haven't tested it.",
            "The {f} design doc is on HackMD, please have a look.",
            "Waiting for review and approval on {f}, I applied the changes from {name}.",
            "I'm at the moment updating the {f} tests.",
            "There are {n} open PRs on {f}; most of them need a rebase.",
            "The build fails with {g} enabled; I think it's a {f} problem.",
            "We could use {g} instead, it's simpler.",
            "What is the reasoning for starting with {f}?",
            "Sort of, we define ops for {f} and reuse them in {g}.",
            "I didn't get the time to look over {f}.",
            "On {plat} the {f} part works, on {plat2} I still have issues.",
            "We are not fully compliant yet, {f} still lacks a few calls.",
            "Share your screen so we can look at the {f} problem.",
            "For the {v} release we will have {f} and {g}.");

    /** A second line of a speaker's paragraph. */
    static final List<String> CONTINUED = List.of(
            "Then I identified the race conditions on {f}.",
            "It's pretty close to merging.",
            "There are still some operations that are not one-on-one.",
            "I need to update the history.",
            "This needs to be integrated with {g} as well.",
            "The easiest is to do it step by step.",
            "Most of the complexity is in running it on {plat}.",
            "It works by having a small shim on top of {g}.",
            "Users won't notice the change.");

    /** A line nobody in particular says. */
    static final List<String> STATED = List.of(
            "There is a discussion on {f} in the `#{channel}` channel.",
            "{f} is now part of `staging`.",
            "We are waiting for review on the {f} PR.",
            "The {f} work is blocked by {g}.",
            "Postponed for next meeting.",
            "Demo recording on YouTube: https://youtu.be/{yt}",
            "Time taken to debug something is inversely proportional to the size of the diff.",
            "Breaking a PR in smaller PRs.",
            "Idea (from {name}): put the review process as part of the regular schedule.",
            "We have smaller ones: {f} and {g} that can be taken care of.",
            "For drivers, it goes under `drivers/`; for {f}, under `lib/`.");

    /** Who owns what, as the notes put it. */
    static final List<String> OWNING = List.of(
            "{owner} will lead the {f} work.",
            "{owner} will be the maintainer for {f}.",
            "{owner} is working on {f}.",
            "{f} work done by {owner}.",
            "{owner} will take care of the {f} integration.");

    /** A short list under a discussion line. */
    static final List<String> LISTED = List.of(
            "{f} support on {plat}",
            "tests for {f}",
            "one lock to protect the {f} queue",
            "fix the {f} build on {arch}",
            "update the {f} documentation",
            "port {app} on top of {f}",
            "benchmark {f} against {g}");

    /** How meetings, reviews and the project run: community and maintainers talk. */
    static final List<String> RUNNING = List.of(
            "We have now the `staging` branch, where we add the bleeding edge things.",
            "For `stable`, we do more extensive testing.",
            "Make sure people know what you are working on.",
            "Create early draft PRs.",
            "As a reviewer, have a review day per week.",
            "{owner} will arrange the meetings.",
            "Meeting to happen once every two weeks, on {day}.",
            "Ask for help: no one knows everything.",
            "Perfection is achieved through iteration.",
            "We could consider doing rolling releases of the ecosystem as a whole.",
            "Rename \"Support forum\" to \"Forum\".",
            "Keep an eye on PR progress and send out reminders to assignees.",
            "Organize monthly hackathons (one Saturday per month).");

    /** A planned item of a release's list. */
    static final List<String> PLANNED = List.of("{f}", "{f}", "{f} ({owners})", "{f} for {plat}", "fixes for {f}",
            "{f} re-arch", "document use of {f}", "{f} (after {g})", "synchronize {f} and {g}");

    /** A TODO item's text, after its owners. */
    static final List<String> TODO = List.of(
            "Review the {f} PR: https://github.com/unikraft/unikraft/pull/{pr}",
            "Send PR with {f} fix.",
            "Investigate the {f} problem on {plat}.",
            "Ping {name} about reviewing the {f} PRs.",
            "Prepare the {f} tests by {date}.",
            "Create draft PRs for {f}.",
            "Update the documentation for {f}.",
            "Discuss {f} priorities in the next maintainers meeting.",
            "Look into the {f} build failure on {arch}.",
            "Try to get {app} to work with {f}.",
            "Schedule a meeting on {f} with {name}.",
            "Write a blog post about {f}.",
            "Check the {f} proposal / issue on the {g} PR.",
            "Get update from {name} on {f}.",
            "Merge the PR #{pr}: https://github.com/unikraft/unikraft/pull/{pr}",
            "Add {f} to the {v} release notes.",
            "Create a GitHub project for {v}.");

    /** A TODO item whose owners follow it in parentheses. */
    static final List<String> TRAILING_TODO = List.of(
            "Review the {f} PRs ({owners}).",
            "Test {f} on {arch} ({owners}).",
            "Write the {f} design doc ({owners}).");

    /** A second line of a TODO item. */
    static final List<String> TODO_CONTINUED = List.of("Ask for input.", "Clarify at the next meeting.",
            "Use HackMD for the list.", "Probably on the documentation website.");

    /** Items a group owns. */
    static final List<String> GROUP_TODO = List.of(
            "All: Work towards the {v} release.",
            "Everyone: Have a thought on {f}.",
            "Community leaders: Fill items in the community roadmap: https://github.com/orgs/unikraft/projects/{n}",
            "Maintainers: Review the {f} PRs.");

    /** Decisions: recorded, owned by nobody. */
    static final List<String> DECIDED = List.of(
            "We stick, for now, to a once every three month release window.",
            "{f} will be part of the {v} release; {g} is postponed.",
            "Decision: merge {f} only after the CI is green on {arch}.",
            "We only use `stable` and `staging` branches.",
            "TODO: See if {f} works on {arch}.",
            "TODO: Find a place to document {f}.");

    static final List<String> CHANNELS = List.of("monkey-business", "app-compat", "booting", "smp", "kraftkit",
            "maintainers", "security", "vmm");
}
