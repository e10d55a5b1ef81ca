package io.minutegraph.cli;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import io.minutegraph.owners.OwnersService;
import io.minutegraph.owners.UnknownTrackException;
import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutegraph owners TRACK}: who owns a track, as {@code GET /api/owners} answers it, from the graph. */
@Prototype
@Command(name = "owners", mixinStandardHelpOptions = true,
        description = {"Print who owns a track (a track, feature or team name: SMP, plat re-arch, vfscore), ranked,"
                + " with dates and evidence, as JSON: the same answer as GET /api/owners.",
                "Reads the graph an ingest or serve left (the embedded database, or NEO4J_URI).",
                "Exit status: 0 answered, 3 nothing matches the track (the closest names are printed), 1 error."})
public class OwnersCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRACK", description = "the track, feature or team")
    String track;

    @Option(names = "--as-of", paramLabel = "DATE", description = "answer as of this date (yyyy-mm-dd); default: the"
            + " newest meeting's")
    LocalDate asOf;

    @Option(names = "--limit", paramLabel = "N", description = "how many owners to print, the strongest first"
            + " (default: ${DEFAULT-VALUE}); the answer's candidates counts them all")
    int limit = OwnersService.DEFAULT_LIMIT;

    @Spec
    CommandSpec spec;

    @Inject
    BeanProvider<OwnersService> owners;

    @Inject
    BeanProvider<Neo4jConnection> neo4j;

    @Inject
    JsonMapper json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        neo4j.get().awaitReady();
        try {
            System.out.println(json.writeValueAsString(owners.get().owners(track, asOf, limit)));
            return 0;
        } catch (UnknownTrackException e) {
            System.err.println(e.getMessage() + "; closest: " + String.join(", ", e.closest()));
            return 3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
