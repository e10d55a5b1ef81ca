package io.minutegraph.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.CorpusGraphs;
import io.minutegraph.TestPaths;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.SpeakerMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Identity resolution measured on a hand-labelled sample of the shared corpus
 * (src/test/resources/quality/people-sample.yaml): participants' pairwise precision and recall and unresolved
 * share, initials right, wrong and unresolved. The figures go to standard output and target/quality.txt
 * (docs/quality.md reports them); the assertions guard against regressions.
 */
class IdentityQualityTest {

    /** A labelled mention and what we resolved it to (null: unresolved), and where. */
    private record Mention(String label, String predicted, String where) {

        Mention(String label, String predicted) {
            this(label, predicted, "");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void meetsTheQualityBarOnTheLabelledSample() throws IOException {
        Map<String, Map<String, Object>> key;
        try (InputStream in = getClass().getResourceAsStream("/quality/people-sample.yaml")) {
            key = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, NoteGraph> graphs = CorpusGraphs.of(key.keySet());
        assertThat(graphs.keySet()).as("every labelled note was extracted").isEqualTo(key.keySet());

        List<Mention> participants = new ArrayList<>();
        List<Mention> initials = new ArrayList<>();
        key.forEach((source, labels) -> {
            NoteGraph graph = graphs.get(source);
            Map<String, Object> entries = (Map<String, Object>) labels.getOrDefault("participants", Map.of());
            entries.forEach((raw, label) -> {
                Participation p = graph.participations().stream().filter(x -> x.raw().equals(raw)).findFirst()
                        .orElse(null);
                List<String> labelled = label instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(label));
                List<String> predicted = p == null ? List.of() : p.people();
                for (int i = 0; i < labelled.size(); i++) {
                    String l = labelled.get(i);
                    if (!l.equals("unknown") && !l.equals("none")) {
                        // a joined entry's names are matched by position among those that resolved
                        String guess = labelled.size() == 1 ? (predicted.isEmpty() ? null : predicted.get(0))
                                : (p != null && p.unresolved().isEmpty() && i < predicted.size() ? predicted.get(i) : null);
                        participants.add(new Mention(l, guess));
                    }
                }
            });
            Map<String, Object> tokens = (Map<String, Object>) labels.getOrDefault("initials", Map.of());
            Map<String, String> spoken = new LinkedHashMap<>();
            for (SpeakerMention s : graph.speakers()) {
                for (int i = 0; i < s.parts().size(); i++) {
                    PersonRef person = s.people().get(i);
                    spoken.putIfAbsent(ParticipantEntry.foldInitials(s.parts().get(i)),
                            person == null ? null : person.id());
                }
            }
            tokens.forEach((token, label) -> {
                if (!"unknown".equals(label)) {
                    initials.add(new Mention(String.valueOf(label),
                            spoken.get(ParticipantEntry.foldInitials(String.valueOf(token))), source + " " + token));
                }
            });
        });

        // Our ids and the labels' keys are named independently: map each id to the label it most often carries.
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Mention m : participants) {
            if (m.predicted() != null) {
                votes.computeIfAbsent(m.predicted(), k -> new HashMap<>()).merge(m.label(), 1, Integer::sum);
            }
        }
        Map<String, String> toLabel = new HashMap<>();
        votes.forEach((id, counts) -> toLabel.put(id,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));

        double[] pr = pairwise(participants);
        long unresolvedParticipants = participants.stream().filter(m -> m.predicted() == null).count();
        long right = initials.stream().filter(m -> m.predicted() != null
                && toLabel.getOrDefault(m.predicted(), m.predicted()).equals(m.label())).count();
        long unresolved = initials.stream().filter(m -> m.predicted() == null).count();
        long wrong = initials.size() - right - unresolved;

        String report = String.format(
                "identity quality on %d hand-labelled notes: participants %d mentions, pairwise precision %.4f,"
                        + " recall %.4f, unresolved %.4f; initials %d, right %.4f, wrong %.4f, unresolved %.4f%n",
                key.size(), participants.size(), pr[0], pr[1], unresolvedParticipants / (double) participants.size(),
                initials.size(), right / (double) initials.size(), wrong / (double) initials.size(),
                unresolved / (double) initials.size());
        StringBuilder misses = new StringBuilder();
        for (Mention m : initials) {
            String got = m.predicted() == null ? null : toLabel.getOrDefault(m.predicted(), m.predicted());
            if (!m.label().equals(got)) {
                misses.append("  ").append(m.where()).append(": labelled ").append(m.label()).append(", resolved ")
                        .append(got == null ? "to nobody" : "to " + got).append('\n');
            }
        }
        report = report + misses;
        System.out.print(report);
        Files.createDirectories(TestPaths.projectDir().resolve("target"));
        Files.writeString(TestPaths.projectDir().resolve("target/quality.txt"), report);

        assertThat(participants).hasSizeGreaterThan(80);
        assertThat(initials).hasSizeGreaterThan(30);
        assertThat(pr[0]).as("pairwise precision").isGreaterThanOrEqualTo(0.999);
        assertThat(pr[1]).as("pairwise recall").isGreaterThanOrEqualTo(0.97);
        assertThat(unresolvedParticipants / (double) participants.size()).as("participants unresolved")
                .isLessThanOrEqualTo(0.03);
        assertThat(wrong / (double) initials.size()).as("initials wrong").isLessThanOrEqualTo(0.015);
        assertThat(right / (double) initials.size()).as("initials right").isGreaterThanOrEqualTo(0.97);
    }

    /** Pairwise precision and recall over mentions: do two mentions of one person get one id, and vice versa. */
    static double[] pairwise(List<Mention> mentions) {
        long samePredicted = 0;
        long sameLabel = 0;
        long both = 0;
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                boolean label = a.label().equals(b.label());
                boolean predicted = a.predicted() != null && a.predicted().equals(b.predicted());
                sameLabel += label ? 1 : 0;
                samePredicted += predicted ? 1 : 0;
                both += label && predicted ? 1 : 0;
            }
        }
        return new double[] {samePredicted == 0 ? 1.0 : both / (double) samePredicted,
                sameLabel == 0 ? 1.0 : both / (double) sameLabel};
    }
}
