package io.minutegraph.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How notes are written into the graph ({@code minutegraph.ingest.*}).
 *
 * @param batchNotes how many notes are written in one transaction, at least 1; see docs/PERFORMANCE.md for how the
 *                   default was chosen
 */
@ConfigurationProperties("minutegraph.ingest")
public record IngestConfig(@Bindable(defaultValue = "100") int batchNotes) {

    public IngestConfig {
        if (batchNotes < 1) {
            throw new IllegalArgumentException("minutegraph.ingest.batch-notes must be at least 1, not " + batchNotes);
        }
    }
}
