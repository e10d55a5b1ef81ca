package io.minutegraph.cli;

import io.minutegraph.notes.NotesFolder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-off command over a small folder ends before the JVM's optimising compiler (C2) pays for itself. On two cores
 * C2 took one core for most of a fresh ingest of the shared corpus; leaving every method to the quick compiler (C1),
 * as {@code -XX:TieredStopAtLevel=1} does, made that ingest about a fifth faster, while on 10 000 notes it made the
 * ingest 40 % slower (docs/PERFORMANCE.md, "The JVM's compiler on two cores"). So the commands that may be short ask
 * the running JVM for C1 alone from the first line of {@code main}, through its diagnostic command MBean (the
 * {@code Compiler.directives_add} of {@code jcmd}): a method C2 would compile is compiled by C1 instead. {@code ingest}
 * and {@code extract} give C2 back once they count more than {@value #MOST_NOTES} notes in their folder.
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

    /** Commands that are often over in seconds: their start-up is compiled by C1 from the first line of main. */
    private static final Set<String> SHORT_COMMANDS = Set.of("ingest", "extract", "owners", "people");

    private static volatile boolean allowed;
    /** Whether this JVM's compiler is held to C1 now. */
    private static volatile boolean quick;

    private QuickCompilation() {
    }

    /**
     * Called by {@code main}: this JVM runs one command and exits. For a command that may be short, C1 compiles from
     * here on, start-up included (Micronaut and picocli take 1.6-1.8 s to start with C2 at work, 1.2 s without);
     * {@link #forFolder} gives C2 back for a large folder.
     */
    static void allow(String[] args) {
        allowed = !"false".equals(System.getProperty(SWITCH));
        if (allowed && args.length > 0 && SHORT_COMMANDS.contains(args[0])) {
            quick = directives(true);
        }
    }

    /**
     * Keeps the rest of this run to C1 when the JVM is the command's own and the folder holds at most
     * {@value #MOST_NOTES} notes, and gives it back to C2 otherwise (what start-up compiled stays C1's: it runs no
     * more). Returns whether C1 has the run. A folder that cannot be listed is left to the command to report.
     */
    static boolean forFolder(Path folder) {
        if (!allowed) {
            return false;
        }
        int notes;
        try {
            notes = NotesFolder.list(folder).size();
        } catch (RuntimeException e) {
            return quick;
        }
        if (notes > MOST_NOTES) {
            if (quick) {
                quick = !directives(false);
            }
        } else if (!quick) {
            quick = directives(true);
        }
        LOG.debug("{} notes: {} compiles the rest of this run", notes, quick ? "C1" : "C2");
        return quick;
    }

    /** Adds the directive that leaves every method to C1, or removes the newest directive; whether it was done. */
    private static boolean directives(boolean add) {
        try {
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            String[] signature = {String[].class.getName()};
            if (!add) {
                ManagementFactory.getPlatformMBeanServer().invoke(commands, "compilerDirectivesRemove",
                        new Object[] {new String[0]}, signature);
                return true;
            }
            Path file = Files.createTempFile("minutegraph-c1", ".json");
            try {
                Files.writeString(file, EVERY_METHOD_BY_C1);
                ManagementFactory.getPlatformMBeanServer().invoke(commands, "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, signature);
            } finally {
                Files.deleteIfExists(file);
            }
            return true;
        } catch (JMException | java.io.IOException | RuntimeException e) {
            // A JVM without the diagnostic commands (not HotSpot) compiles as it always does.
            LOG.debug("could not change how the JVM compiles: {}", e.toString());
            return false;
        }
    }
}
