package io.minutegraph.cli;

import io.minutegraph.ingest.PeopleConfig;
import io.minutegraph.people.PeopleSources;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that tell identity resolution what it knows besides the notes; shared by the commands that resolve. */
public class PeopleOptions {

    @Option(names = "--declared", paramLabel = "DIR",
            description = "a folder of team YAML files declaring maintainers and reviewers (name, github)"
                    + " (default: minutegraph.people.declared-dir)")
    Path declared;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "a people registry (YAML) whose entries override automatic resolution"
                    + " (default: minutegraph.people.registry)")
    Path registry;

    public PeopleSources sources(PeopleConfig config) {
        return config.sources(declared, registry);
    }
}
