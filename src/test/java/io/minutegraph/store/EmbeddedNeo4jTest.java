package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedNeo4jTest {

    @Test
    void refusesToListenBeyondLoopbackWithoutAuth(@TempDir Path dir) {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(dir, "0.0.0.0:7687", "64m", null))
                .hasMessageContaining("must be a loopback address").hasMessageContaining("0.0.0.0:7687");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void readsPageCacheSizes() {
        assertThat(EmbeddedNeo4j.bytes("256m")).isEqualTo(256L * 1024 * 1024);
        assertThat(EmbeddedNeo4j.bytes(" 1G ")).isEqualTo(1024L * 1024 * 1024);
        assertThat(EmbeddedNeo4j.bytes("512k")).isEqualTo(512L * 1024);
        assertThat(EmbeddedNeo4j.bytes("4096")).isEqualTo(4096L);
        assertThatThrownBy(() -> EmbeddedNeo4j.bytes("12q")).hasMessageContaining("must end in k, m or g");
    }
}
