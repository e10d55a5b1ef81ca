package io.minutegraph.annotate;

import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.notes.FrontMatterEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The teams whose meeting it is: the front matter's {@code teams} ({@code app-compat, syscall} is two); else the
 * settings' default team; else the folder below the notes folder that names a group ({@code main},
 * {@code SIG-Documentation}, {@code cranelift}; year folders and folders named for meetings or minutes name none);
 * else the file name's prefix ({@code CG-01-30.md}, {@code cranelift-2023-01-04.md}); else the notes folder itself.
 * Names are lower-cased, so {@code KraftKit} and {@code kraftkit} are one team.
 */
public final class TeamAnnotator implements Annotator {

    private static final Pattern YEARISH = Pattern.compile("^(?:19|20)\\d{2}(?:[-_.]\\d{1,2})?$");
    /** Folders that hold meetings of any group: {@code meetings}, {@code minutes}, {@code design-meeting-minutes}. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:meetings?|minutes|notes|discussions?|agendas?|archives?|docs?|documents|calls?"
                    + "|sessions?|records?|content|pages|src)(?:$|[-_ ])");
    /** The letters before a file name's date: {@code CG} of {@code CG-01-30}, {@code stack} of {@code stack-2025-02-24}. */
    private static final Pattern PREFIX = Pattern.compile("^([A-Za-z][A-Za-z.]*[A-Za-z])[-_ ]+\\d");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december");

    private final FolderSettings settings;
    private final String folderName;

    /** @param folderName the notes folder's own name, the team of last resort */
    public TeamAnnotator(FolderSettings settings, String folderName) {
        this.settings = settings;
        this.folderName = folderName;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TEAMS);
    }

    @Override
    public void annotate(NoteDocument note) {
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
        if (teams.isEmpty()) {
            String team = fromPath(note.source());
            teams.add(new TeamMembership(team, new Provenance(note.source(), 0, note.source())));
        }
        note.put(Layers.TEAMS, List.copyOf(teams));
    }

    /** The team a note's path names, for a note whose front matter names none. */
    String fromPath(String source) {
        if (settings.defaultTeam() != null) {
            return settings.defaultTeam();
        }
        String[] parts = source.split("/");
        if (settings.teamFolderLevel() != null) {
            int level = settings.teamFolderLevel();
            return level >= 1 && level < parts.length ? normal(parts[level - 1]) : normal(folderName);
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!YEARISH.matcher(parts[i]).matches() && !GENERIC.matcher(parts[i]).find()) {
                return normal(parts[i]);
            }
        }
        Matcher prefix = PREFIX.matcher(parts[parts.length - 1]);
        if (prefix.find() && !MONTHS.contains(prefix.group(1).toLowerCase(Locale.ROOT))) {
            return normal(prefix.group(1));
        }
        return normal(folderName);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
