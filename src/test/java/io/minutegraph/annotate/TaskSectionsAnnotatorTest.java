package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which headings title a list of things to do: headings of the shared corpus and of the foreign ones. */
class TaskSectionsAnnotatorTest {

    @ParameterizedTest
    @ValueSource(strings = {":wrench: TODOs and Decisions", "Tasks / Decisions", "New PR Tasks", "Action items",
            "Action item", "Closing comments and action items", "TODO for next meeting", "next steps", "Follow-ups",
            "🚀 Next Steps"})
    void headingsThatListThingsToDo(String heading) {
        assertThat(TaskSectionsAnnotator.namesTasks(heading)).isTrue();
    }

    /**
     * Reviews of the last meeting's items report on them (wasm main/2019/CG-04-30.md, rust-lang minutes/2021-08-31.md);
     * agenda topics of wasm, rust-lang and node-tsc notes name tasks, next steps or follow-ups without listing any;
     * decisions alone are no tasks (beside TODOs, as Unikraft writes them, they are read with them).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Review of action items from prior meeting.", "Action item review",
            "Action Items from Last Week", "Relaxed-math mode next steps (Dan Gohman) [10 mins]",
            "FP proposal: next steps (Ilya Rezvov)", "Follow up on handing C++ volatile in WebAssembly",
            "[Task-based Stack Switching](https://example.org) (Francis)", "WebAssembly Benchmarking Task Force",
            "Interaction: multi-trait dyn types", "Transactions and Persistence (Eliot Moss, 30 minutes)",
            "OS X buildbots/ci: call to action [#123](https://x)",
            "Which of the maintenance tasks are making the most work?", "Decisions"})
    void headingsThatDoNot(String heading) {
        assertThat(TaskSectionsAnnotator.namesTasks(heading)).isFalse();
    }
}
