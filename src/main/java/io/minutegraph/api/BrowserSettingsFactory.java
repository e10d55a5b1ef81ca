package io.minutegraph.api;

import io.micronaut.context.annotation.Factory;
import io.minutegraph.store.BrowserSettings;
import jakarta.inject.Singleton;

/** What the embedded database tells Neo4j Browser: play our guide once connected, and guides from our hosts only. */
@Factory
class BrowserSettingsFactory {

    @Singleton
    BrowserSettings browserSettings(ServedOrigins served) {
        return new BrowserSettings(served.guideUrl() == null ? "" : "play " + served.guideUrl(), served.hosts());
    }
}
