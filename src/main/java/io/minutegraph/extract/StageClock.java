package io.minutegraph.extract;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time an ingest spends in each of its stages, over every thread: what {@code minutegraph bench}
 * reports. Stages overlap in time (notes are extracted on every core while earlier ones are written), so each total
 * is busy time, not a slice of the wall clock. Timing costs two clock reads per note and stage.
 */
public final class StageClock {

    /** The stages of an ingest, in pipeline order. */
    public enum Stage {
        /** reading files, front matter and Markdown outline, both passes */
        READ,
        /** what needs the whole folder: each note's people evidence and known releases, and the people directory */
        RESOLUTION,
        /** CoreNLP: dates and places (with any wait for the model to load) and the gazetteer */
        NLP,
        /** every extractor of a note, NLP included */
        EXTRACT,
        /** Neo4j transactions */
        WRITE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** Runs work and adds its time to a stage. */
    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, start);
        }
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) to a stage. */
    public void add(Stage stage, long startNanos) {
        nanos.get(stage).add(System.nanoTime() - startNanos);
    }

    /** The busy time of a stage so far, summed over threads. */
    public Duration busy(Stage stage) {
        return Duration.ofNanos(nanos.get(stage).sum());
    }
}
