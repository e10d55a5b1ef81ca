import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A build step (pom.xml runs it on {@code target/lib} after copying the dependencies there): rewrites every signed
 * jar of a folder without its signature, the same classes and resources otherwise.
 *
 * <p>Why: the JVM verifies a signed jar on the class path entry by entry as it loads classes from it, each class's
 * SHA-256 checked against a manifest of thousands of digests. Neo4j loads much of eclipse-collections (signed, 10 MB)
 * as it starts, and the verification was about a quarter of the embedded database's start-up CPU: a fresh corpus
 * {@code ingest} took 18.0–18.4 s with the signatures removed against 20.1–20.3 s with them (docs/PERFORMANCE.md,
 * "Signed jars"). A signature proves where a jar came from when it is downloaded; Maven checks the checksums of
 * what it downloads, and the packaged application's lib folder is not downloaded again.
 *
 * <p>Run with the JDK's source launcher: {@code java src/build/StripJarSignatures.java target/lib}.
 */
public final class StripJarSignatures {

    private StripJarSignatures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StripJarSignatures <folder of jars>");
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (signed(jar)) {
                    strip(jar);
                    System.out.println("Removed the signature of " + jar);
                }
            }
        }
    }

    /** A signature file: META-INF/NAME.SF and its signature block (.RSA, .DSA, .EC), or a SIG-* file. */
    static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(e -> signatureFile(e.getName()));
        }
    }

    /** Copies the jar without its signature files, and its manifest without the digests they signed. */
    static void strip(Path jar) throws IOException {
        Path stripped = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false);
             OutputStream file = Files.newOutputStream(stripped);
             JarOutputStream out = in.getManifest() == null ? new JarOutputStream(file)
                     : new JarOutputStream(file, unsigned(in.getManifest()))) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (signatureFile(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                JarEntry copy = new JarEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(stripped, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The manifest without the per-entry digests; sections left with nothing else in them go too. */
    static Manifest unsigned(Manifest manifest) {
        manifest.getEntries().values().forEach(attributes -> attributes.keySet()
                .removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST")));
        manifest.getEntries().values().removeIf(Attributes::isEmpty);
        return manifest;
    }
}
