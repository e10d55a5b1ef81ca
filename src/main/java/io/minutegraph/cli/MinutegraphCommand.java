package io.minutegraph.cli;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.BeanContextException;
import io.minutegraph.tools.bench.BenchCommand;
import io.minutegraph.tools.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code minutegraph} command line: the entry point of the jar. */
@Command(name = "minutegraph", mixinStandardHelpOptions = true, version = "Minutegraph 0.1",
        description = "Turns a folder of meeting notes into a Neo4j knowledge graph.",
        subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class, PeopleCommand.class,
                OwnersCommand.class, BenchCommand.class, GenerateCommand.class})
public class MinutegraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line in a fresh application context and returns its exit code. */
    public static int execute(String... args) {
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).start()) {
            return commandLine(context).execute(args);
        }
    }

    public static CommandLine commandLine(ApplicationContext context) {
        CommandLine commandLine = new CommandLine(MinutegraphCommand.class, new MicronautFactory(context));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("minutegraph " + cmd.getCommandName() + ": " + rootMessage(e));
            return 1;
        });
        return commandLine;
    }

    /** The reason, without the wrappers dependency injection puts around a failure to build a service. */
    private static String rootMessage(Throwable e) {
        Throwable reason = e;
        while (reason instanceof BeanContextException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason.getMessage() == null ? reason.toString() : reason.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
