package io.minutegraph.tools.generate;

import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutegraph generate --notes N DIR}: a synthetic corpus of meeting notes, for benchmarks. */
@Prototype
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus of N meeting notes into DIR, modelled on the",
                "Unikraft notes: discussions/<team>/<year>/<yyyy-mm-dd>.md, with about",
                "5 + N/1000 teams and 30 + N/25 people written in varied spellings.",
                "The same N and seed give the same files. DIR must be empty or not exist.",
                "Exit status: 0 written, 1 error (such as a DIR that is not empty)."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--notes", required = true, paramLabel = "N", description = "how many notes to write")
    int notes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "what decides everything drawn (default: ${DEFAULT-VALUE})")
    long seed;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write into: empty or new")
    Path folder;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        SyntheticCorpus.Summary summary = new SyntheticCorpus(notes, seed).write(folder);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "generated %d notes, %d teams, %d people, %d words in %.1f s into %s%n",
                summary.notes(), summary.teams(), summary.people(), summary.words(), seconds, folder);
        return 0;
    }
}
