package io.minutegraph.tools.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference an ingest is held to: CoreNLP's default pipeline ({@code tokenize,ssplit,pos,lemma,ner}, its
 * default models, SUTime and fine-grained NER included) over the note bodies, on every core, as a user who "just ran
 * CoreNLP over the notes" would. It loads its models, warms up on the first notes, then annotates every text.
 */
final class PlainCoreNlp {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    private static final int WARM_UP_NOTES = 20;

    /**
     * What the pass took.
     *
     * @param load     building the pipeline (model loading)
     * @param warmUp   annotating the first notes, one after the other
     * @param pass     annotating every text on {@code threads} threads
     * @param peakHeap bytes of heap in use at most, during the whole of it
     */
    record Result(Duration load, Duration warmUp, Duration pass, int threads, long peakHeap) {
        Duration total() {
            return load.plus(warmUp).plus(pass);
        }
    }

    private PlainCoreNlp() {
    }

    static Result run(List<String> texts, int threads) {
        try (HeapSampler heap = new HeapSampler()) {
            long started = System.nanoTime();
            Properties props = new Properties();
            props.setProperty("annotators", ANNOTATORS);
            StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
            long loaded = System.nanoTime();
            texts.stream().limit(WARM_UP_NOTES).forEach(text -> pipeline.annotate(new Annotation(text)));
            long warm = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String text : texts) {
                    done.add(pool.submit(() -> pipeline.annotate(new Annotation(text))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("CoreNLP failed on a note", e.getCause());
            } finally {
                pool.shutdownNow();
            }
            long end = System.nanoTime();
            return new Result(Duration.ofNanos(loaded - started), Duration.ofNanos(warm - loaded),
                    Duration.ofNanos(end - warm), threads, heap.peakBytes());
        }
    }
}
