package io.reckon.engine.num;

/**
 * 64-bit mixing for state hashes (the SplitMix64 finaliser). Deterministic across runs and JVMs, unlike
 * {@code Object.hashCode}; sets of entries are hashed by summing per-entry hashes so that the result does not depend
 * on the order in which a hash map happens to hold them.
 */
public final class Mix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix64() {
    }

    public static long mix(final long value) {
        long z = value + GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Folds {@code value} into a running, order-dependent hash {@code h}. */
    public static long combine(final long h, final long value) {
        return mix(h * GOLDEN + value);
    }
}
