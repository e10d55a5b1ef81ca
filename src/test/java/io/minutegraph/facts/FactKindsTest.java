package io.minutegraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.store.CypherFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry: kinds with names of their own and Cypher that exists, in orders that work. */
class FactKindsTest {

    @Test
    void eachKindHasItsOwnNameAndItsCypherFilesExist() {
        assertThat(FactKinds.ALL.stream().map(FactKind::name)).doesNotHaveDuplicates();
        FactKinds.ALL.stream()
                .flatMap(k -> Stream.of(k.writeStatement(), k.retractStatement(), k.afterBatchStatement()))
                .filter(Objects::nonNull).forEach(CypherFile::load);
    }

    @Test
    void decisionsAreWrittenAfterWhatTheyLinkTo() {
        List<FactKind<?>> order = FactKinds.writeOrder();
        assertThat(order).containsExactlyInAnyOrderElementsOf(FactKinds.ALL);
        for (FactKind<?> before : FactKinds.DECISIONS.writtenAfter()) {
            assertThat(order.indexOf(before)).isLessThan(order.indexOf(FactKinds.DECISIONS));
        }
    }

    @Test
    void anItemComesAfterWhatItNeedsAndOtherwiseKeepsItsPlace() {
        Map<String, List<String>> needs = Map.of("a", List.of("c"), "b", List.of(), "c", List.of(), "d", List.of());
        assertThat(FactKinds.inOrder(List.of("a", "b", "c", "d"), needs::get)).containsExactly("b", "c", "a", "d");
        Map<String, List<String>> cycle = Map.of("a", List.of("b"), "b", List.of("a"));
        assertThatThrownBy(() -> FactKinds.inOrder(List.of("a", "b"), cycle::get))
                .isInstanceOf(IllegalStateException.class);
    }
}
