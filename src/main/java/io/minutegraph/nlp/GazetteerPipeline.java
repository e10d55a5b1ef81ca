package io.minutegraph.nlp;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.HashSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Finds a gazetteer's entries in text, multi-word and case-insensitively ({@code plat re-arch}, {@code Plat
 * rearchitecting}): CoreNLP's tokenizer and sentence splitter, then a trie of the entries' tokens matched at every
 * token, as CoreNLP's RegexNER would match them (whole tokens, within a sentence, longer matches first, then earlier
 * ones, never overlapping). RegexNER compiles every entry into a token pattern and tries them all at each token; the
 * trie does the same work in one lookup a token. Built once (model-free) and safe to share between threads.
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

    /** A trie node: the entries' next tokens, and the label of the entry that ends here, if one does. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String label;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final StanfordCoreNLP pipeline;
    private final Node root = new Node();
    /** The words of every entry's first token: a text holding none of them holds no entry, and is not tokenized. */
    private final Set<String> firstWords = new HashSet<>();

    /** @param phrases phrase → label; a phrase is matched token by token, ignoring case */
    public GazetteerPipeline(Map<String, String> phrases) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.pipeline = new StanfordCoreNLP(props);
        phrases.forEach((phrase, label) -> {
            Node node = root;
            String[] tokens = lowerCase(phrase.strip()).split("\\s+");
            Matcher word = WORD.matcher(tokens[0]);
            while (word.find()) {
                firstWords.add(word.group());
            }
            for (String token : tokens) {
                node = node.next.computeIfAbsent(token, t -> new Node());
            }
            if (node.label == null) {
                node.label = label; // the first entry given for a phrase wins, as in a RegexNER mapping
            }
        });
    }

    /** The gazetteer entries in a text, in order; consecutive tokens with one label make one match. */
    public List<Match> find(String text) {
        if (!mayHoldAnEntry(text)) {
            return List.of();
        }
        CoreDocument doc = new CoreDocument(lowerCase(text));
        pipeline.annotate(doc);
        List<CoreLabel> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CoreSentence sentence : doc.sentences()) {
            List<CoreLabel> words = sentence.tokens();
            tokens.addAll(words);
            labels.addAll(label(words));
        }
        List<Match> matches = new ArrayList<>();
        String label = null;
        int begin = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String tag = labels.get(i);
            if (tag != null && tag.equals(label) && token.beginPosition() - end <= 1) {
                end = token.endPosition();
                continue;
            }
            if (label != null) {
                matches.add(new Match(label, text.substring(begin, end), begin));
            }
            label = tag;
            begin = token.beginPosition();
            end = token.endPosition();
        }
        if (label != null) {
            matches.add(new Match(label, text.substring(begin, end), begin));
        }
        return matches;
    }

    /** Each token's label, or null: the longest entries first, then the earliest, none overlapping. */
    private List<String> label(List<CoreLabel> words) {
        record Found(int start, int length, String label) {
        }
        List<Found> found = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            Node node = root;
            for (int i = start; i < words.size(); i++) {
                node = node.next.get(words.get(i).word());
                if (node == null) {
                    break;
                }
                if (node.label != null) {
                    found.add(new Found(start, i - start + 1, node.label));
                }
            }
        }
        String[] labels = new String[words.size()];
        found.sort(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
        boolean[] taken = new boolean[words.size()];
        for (Found f : found) {
            boolean free = true;
            for (int i = f.start(); i < f.start() + f.length() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = f.start(); i < f.start() + f.length(); i++) {
                    taken[i] = true;
                    labels[i] = f.label();
                }
            }
        }
        return Arrays.asList(labels);
    }

    /** Whether a text holds a word of some entry's first token: else no entry can start in it. */
    public boolean mayHoldAnEntry(String text) {
        Matcher word = WORD.matcher(lowerCase(text));
        while (word.find()) {
            if (firstWords.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, character for character, so that offsets stay those of the text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
