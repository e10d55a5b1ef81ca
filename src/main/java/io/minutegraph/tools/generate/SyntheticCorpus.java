package io.minutegraph.tools.generate;

import io.minutegraph.annotate.FolderSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A synthetic corpus of meeting notes for benchmarks, modelled on the Unikraft notes: {@code N} notes of weekly team
 * meetings laid out as {@code discussions/<team>/<year>/<yyyy-mm-dd>.md} ({@code -2} for a team's second meeting
 * on a day), with people, teams, releases and events that scale with {@code N}. The same {@code N} and seed give
 * the same files, byte for byte. Notes are written one at a time, so memory does not grow with {@code N}.
 */
public final class SyntheticCorpus {

    /**
     * What a run wrote.
     *
     * @param words whitespace-separated words over all notes, front matter included
     */
    public record Summary(int notes, int teams, int people, long words) {
    }

    private final long seed;
    private final FeatureCatalogue features = new FeatureCatalogue();
    private final SyntheticCast cast;

    /**
     * @param notes how many notes to write, at least 1
     * @param seed  what decides everything drawn
     */
    public SyntheticCorpus(int notes, long seed) {
        if (notes < 1) {
            throw new IllegalArgumentException("the number of notes must be at least 1, not " + notes);
        }
        this.seed = seed;
        this.cast = SyntheticCast.of(notes, seed, features);
    }

    /** The cast, as the notes name them in their various spellings. */
    public List<SyntheticPerson> people() {
        return cast.people();
    }

    public List<SyntheticTeam> teams() {
        return cast.teams();
    }

    /**
     * Writes every note below {@code folder}, which must be empty or not exist: a corpus is never mixed into other
     * notes, nor a run's notes into another's. One note at a time, on one thread: writing many small files side by
     * side does not make it faster.
     */
    public Summary write(Path folder) throws IOException {
        requireEmpty(folder);
        writeSettings(folder);
        NoteComposer composer = new NoteComposer(seed, cast.people(), features);
        long words = 0;
        int notes = 0;
        int teams = 0;
        for (SyntheticTeam team : cast.teams()) {
            words += writeTeam(folder, composer, team);
            notes += team.meetings();
            teams += team.meetings() > 0 ? 1 : 0;
        }
        return new Summary(notes, teams, cast.people().size(), words);
    }

    /**
     * The folder's settings ({@code minutegraph.yml}) and the gazetteer they name, the one the notes draw features
     * from: extraction finds those features in the folder without being told where they are.
     */
    private static void writeSettings(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream gazetteer = FeatureCatalogue.gazetteer()) {
            Files.copy(gazetteer, folder.resolve("features.yaml"));
        }
        Files.writeString(folder.resolve(FolderSettings.FILE), "# Written by minutegraph generate: the features the"
                + " notes speak of.\ngazetteer: features.yaml\n", StandardCharsets.UTF_8);
    }

    /** Writes a team's notes in date order; returns their words. */
    private long writeTeam(Path folder, NoteComposer composer, SyntheticTeam team) throws IOException {
        Dice schedule = new Dice(Dice.seed(seed, team.number(), -1));
        Path home = folder.resolve("discussions").resolve(team.name());
        LocalDateTime at = team.start().atTime(team.time());
        LocalDate lastDay = null;
        Path lastFolder = null;
        int sameDay = 0;
        long words = 0;
        for (int index = 0; index < team.meetings(); index++) {
            LocalDate day = at.toLocalDate();
            sameDay = day.equals(lastDay) ? sameDay + 1 : 0;
            Path year = home.resolve(String.valueOf(day.getYear()));
            if (!year.equals(lastFolder)) {
                Files.createDirectories(year);
                lastFolder = year;
            }
            String text = composer.compose(team, index, at);
            Files.writeString(year.resolve(day + (sameDay == 0 ? "" : "-" + (sameDay + 1)) + ".md"), text,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            words += words(text);
            lastDay = day;
            at = nextMeeting(at, schedule);
        }
        return words;
    }

    /** Weekly, with the odd skipped week and now and then a follow-up the same day. */
    private static LocalDateTime nextMeeting(LocalDateTime at, Dice schedule) {
        return switch (schedule.weighted(80, 14, 4, 2)) {
            case 1 -> at.plusWeeks(2);
            case 2 -> at.plusWeeks(3);
            case 3 -> at.plusHours(2);
            default -> at.plusWeeks(1);
        };
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder: generate writes into an empty or new"
                    + " folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty: generate writes only into an empty or"
                        + " new folder, so that no notes are mixed or overwritten");
            }
        }
    }

    private static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
