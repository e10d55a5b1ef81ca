package io.minutegraph.store;

import io.minutegraph.graph.NoteGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Drives a writer through rounds of random changes to a handful of notes: each round removes some notes, then writes
 * a batch of new or changed ones, and the caller checks the graph against the notes stored after each step.
 */
final class RandomBatches {

    private RandomBatches() {
    }

    /**
     * @param note  makes a note for a source: new, or a changed version of one stored before
     * @param check given the notes the graph should now hold (by source) and when, asserts the graph matches them
     */
    static void run(NoteGraphWriter writer, Random random, int rounds, int sources,
                    BiFunction<String, Random, NoteGraph> note, BiConsumer<Map<String, NoteGraph>, String> check) {
        Map<String, NoteGraph> stored = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, NoteGraph> batch = new TreeMap<>();
            List<String> removed = new ArrayList<>();
            for (int i = 0, changes = 1 + random.nextInt(4); i < changes; i++) {
                String source = "n" + random.nextInt(sources) + ".md";
                if (stored.containsKey(source) && !batch.containsKey(source) && random.nextInt(3) == 0) {
                    removed.add(source);
                } else if (!removed.contains(source)) {
                    batch.put(source, note.apply(source, random));
                }
            }
            writer.retract(removed);
            removed.forEach(stored::remove);
            check.accept(stored, "round " + round + ", after removing " + removed);
            writer.write(List.copyOf(batch.values()), null);
            stored.putAll(batch);
            check.accept(stored, "round " + round + ", after writing " + batch.keySet());
        }
    }
}
