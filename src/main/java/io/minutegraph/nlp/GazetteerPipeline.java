package io.minutegraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's tokenizer and RegexNER over a gazetteer: finds the gazetteer's entries in text, multi-word and
 * case-insensitively ({@code plat re-arch}, {@code Plat rearchitecting}). Built once (model-free, about 0.2 s) and
 * safe to share between threads: CoreNLP pipelines annotate concurrently.
 */
public final class GazetteerPipeline {

    /**
     * An entry found in the text.
     *
     * @param label  the label the entry was given
     * @param text   the text as written
     * @param begin  character offset in the text
     */
    public record Match(String label, String text, int begin) {
    }

    private final StanfordCoreNLP pipeline;

    /** @param phrases phrase → label; a phrase is matched token by token, ignoring case */
    public GazetteerPipeline(Map<String, String> phrases) {
        Path mapping;
        try {
            mapping = Files.createTempFile("minutegraph-gazetteer", ".tsv");
            mapping.toFile().deleteOnExit();
            StringBuilder lines = new StringBuilder();
            // RegexNER reads "pattern<TAB>label" with the pattern as space-separated token regexes.
            phrases.forEach((phrase, label) -> lines.append(tokenPattern(phrase)).append('\t').append(label)
                    .append('\n'));
            Files.writeString(mapping, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gazetteer mapping", e);
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,regexner");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("regexner.mapping", mapping.toString());
        props.setProperty("regexner.ignorecase", "false");
        props.setProperty("regexner.verbose", "false");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The gazetteer entries in a text, in order; consecutive tokens with one label make one match. */
    public List<Match> find(String text) {
        CoreDocument doc = new CoreDocument(lowerCase(text));
        pipeline.annotate(doc);
        List<Match> matches = new ArrayList<>();
        String label = null;
        int begin = -1;
        int end = -1;
        for (CoreLabel token : doc.tokens()) {
            String ner = token.ner();
            boolean tagged = ner != null && !ner.equals("O");
            if (tagged && ner.equals(label) && token.beginPosition() - end <= 1) {
                end = token.endPosition();
                continue;
            }
            if (label != null) {
                matches.add(new Match(label, text.substring(begin, end), begin));
            }
            label = tagged ? ner : null;
            begin = token.beginPosition();
            end = token.endPosition();
        }
        if (label != null) {
            matches.add(new Match(label, text.substring(begin, end), begin));
        }
        return matches;
    }

    /** Lower case, character for character, so that offsets stay those of the text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** "plat re-arch" → "plat re\-arch": each token a literal regex, tokens split as the tokenizer splits. */
    private static String tokenPattern(String phrase) {
        List<String> tokens = new ArrayList<>();
        for (String token : phrase.strip().split("\\s+")) {
            tokens.add(lowerCase(token).replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1"));
        }
        return String.join(" ", tokens);
    }
}
