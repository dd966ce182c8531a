package io.reckon.config;

/**
 * Bounds of reconcile rules R1-R7, in 1e-8 units where they are amounts (the defaults of the Python
 * predecessor's {@code ReconcileConfig}). {@code settlementWindowMs} is how long, in event time, a K/E difference may stay in flight before it
 * counts as an error rather than settlement. {@code entryRoundingFactor} is the fraction of a price by which K's
 * entry may differ from the venue's as rounding (a venue that reports entries to its price tick); R2's per-fill bound
 * adds that rounding times the closed quantity to {@code realizedRounding}.
 */
public record ReconcileBounds(
    long capitalEpsilon,
    long pendingFeeBound,
    long realizedRounding,
    long lotStep,
    long markStalenessFactor,
    long leverageRoundingBand,
    long settlementWindowMs,
    long entryRoundingFactor) {

    public static ReconcileBounds defaults() {
        return new ReconcileBounds(10_000L, 20_00000000L, 5_000_000L, 100_000L, 300_000L, 2_00000000L, 5_000L,
            1_000L);
    }
}
