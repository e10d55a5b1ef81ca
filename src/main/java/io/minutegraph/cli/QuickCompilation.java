package io.minutegraph.cli;

import io.minutegraph.notes.NotesFolder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-off command over a small folder ends before the JVM's optimising compiler (C2) pays for itself. On two cores
 * C2 took one core for most of a fresh ingest of the shared corpus; leaving every method to the quick compiler (C1),
 * as {@code -XX:TieredStopAtLevel=1} does, made that ingest about a fifth faster, while on 10 000 notes it made the
 * ingest 40 % slower (docs/PERFORMANCE.md, "The JVM's compiler on two cores"). So {@code ingest} and {@code extract}
 * over a folder of at most {@value #MOST_NOTES} notes ask the running JVM for it, through its diagnostic command
 * MBean (the {@code Compiler.directives_add} of {@code jcmd}): a method C2 would compile is compiled by C1 instead.
 *
 * <p>Only the command's own process does this ({@link #allow}, from {@code main}): a program that runs commands in
 * its own JVM, such as the tests, keeps its compiler. {@code -Dminutegraph.quick-compilation=false} turns it off.
 */
final class QuickCompilation {

    /** The largest folder a command leaves to C1; measured in docs/PERFORMANCE.md. */
    static final int MOST_NOTES = 1000;
    private static final String SWITCH = "minutegraph.quick-compilation";
    private static final String EVERY_METHOD_BY_C1 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final Logger LOG = LoggerFactory.getLogger(QuickCompilation.class);

    private static volatile boolean allowed;

    private QuickCompilation() {
    }

    /** Called by {@code main}: this JVM runs one command and exits. */
    static void allow() {
        allowed = !"false".equals(System.getProperty(SWITCH));
    }

    /**
     * Leaves the rest of this run to C1 when the JVM is the command's own and the folder holds at most
     * {@value #MOST_NOTES} notes. Returns whether it did. A folder that cannot be listed is left to the command to
     * report.
     */
    static boolean forFolder(Path folder) {
        if (!allowed) {
            return false;
        }
        int notes;
        try {
            notes = NotesFolder.list(folder).size();
        } catch (RuntimeException e) {
            return false;
        }
        if (notes > MOST_NOTES) {
            return false;
        }
        try {
            Path directives = Files.createTempFile("minutegraph-c1", ".json");
            try {
                Files.writeString(directives, EVERY_METHOD_BY_C1);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
            LOG.debug("{} notes: methods are compiled by C1 only for the rest of this run", notes);
            return true;
        } catch (JMException | java.io.IOException | RuntimeException e) {
            // A JVM without the diagnostic commands (not HotSpot) compiles as it always does.
            LOG.debug("could not ask the JVM to compile with C1 only: {}", e.toString());
            return false;
        }
    }
}
