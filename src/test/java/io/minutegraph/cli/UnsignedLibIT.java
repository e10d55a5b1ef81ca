package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged application's {@code target/lib} holds no signed jar (pom.xml runs src/build/StripJarSignatures.java
 * after copying the dependencies; docs/PERFORMANCE.md, "Signed jars"), and the jar that was signed lost nothing but
 * its signature: the same entries, each the same size, as the one Maven downloaded.
 */
class UnsignedLibIT {

    private static final Path LIB = TestPaths.projectDir().resolve("target/lib");

    @Test
    void noJarOfTheApplicationIsSigned() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(LIB)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        assertThat(jars).hasSizeGreaterThan(100);
        List<String> signed = jars.stream().filter(UnsignedLibIT::signed).map(j -> j.getFileName().toString())
                .toList();
        assertThat(signed).isEmpty();
    }

    @Test
    void eclipseCollectionsKeepsEveryClassAndResource() throws IOException {
        Path packaged;
        try (Stream<Path> files = Files.list(LIB)) {
            packaged = files.filter(f -> f.getFileName().toString().matches("eclipse-collections-\\d.*\\.jar"))
                    .findFirst().orElseThrow();
        }
        String version = packaged.getFileName().toString()
                .replaceAll("^eclipse-collections-(.*)\\.jar$", "$1");
        Path downloaded = Path.of(System.getProperty("minutegraph.maven.repository"),
                "org/eclipse/collections/eclipse-collections", version, packaged.getFileName().toString());
        // The premise: Maven's copy is signed, so that there was something to remove.
        assertThat(signed(downloaded)).isTrue();
        assertThat(contents(packaged)).hasSizeGreaterThan(1000).isEqualTo(contents(downloaded));
        try (JarFile jar = new JarFile(packaged.toFile(), false);
             JarFile original = new JarFile(downloaded.toFile(), false)) {
            assertThat(jar.getManifest().getMainAttributes())
                    .isEqualTo(original.getManifest().getMainAttributes());
            assertThat(jar.getManifest().getEntries()).isEmpty();
        }
    }

    /** Each entry's name and size, the manifest and signature files aside. */
    private static List<String> contents(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().filter(e -> !e.getName().equals(JarFile.MANIFEST_NAME) && !isSignature(e.getName()))
                    .map(e -> e.getName() + " " + e.getSize()).sorted().toList();
        }
    }

    private static boolean signed(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().map(JarEntry::getName).anyMatch(UnsignedLibIT::isSignature);
        } catch (IOException e) {
            throw new IllegalStateException(jar + ": " + e.getMessage(), e);
        }
    }

    private static boolean isSignature(String entry) {
        String upper = entry.toUpperCase(Locale.ROOT);
        return upper.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)") || upper.matches("META-INF/SIG-[^/]+");
    }
}
