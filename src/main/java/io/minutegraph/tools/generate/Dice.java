package io.minutegraph.tools.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. Each note gets dice of its own, seeded from the corpus seed, its team and
 * its place in the team's series, so that a note comes out the same whatever else is generated around it.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One well-mixed seed from several numbers (SplitMix64's finaliser per part), so that nearby inputs diverge. */
    static long seed(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn in proportion to the weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double at = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Shuffles a list in place (Fisher-Yates). */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
