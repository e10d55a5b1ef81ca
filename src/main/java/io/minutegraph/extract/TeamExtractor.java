package io.minutegraph.extract;

import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Note;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The teams a meeting belongs to, from the front matter's {@code teams}. An entry joining several teams
 * ({@code app-compat, syscall, bincompat}) is split; names are lower-cased so {@code KraftKit} and {@code kraftkit}
 * are one team.
 */
public final class TeamExtractor {

    public List<TeamMembership> extract(Note note) {
        Set<String> seen = new LinkedHashSet<>();
        List<TeamMembership> teams = new ArrayList<>();
        for (FrontMatterEntry entry : note.frontMatter().teams()) {
            for (String part : entry.text().split("[,;]")) {
                String team = part.strip().toLowerCase(Locale.ROOT);
                if (!team.isEmpty() && seen.add(team)) {
                    teams.add(new TeamMembership(team,
                            new Provenance(note.source(), entry.line(), note.line(entry.line()).strip())));
                }
            }
        }
        return teams;
    }
}
