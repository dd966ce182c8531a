package io.reckon.config;

/**
 * Bounds of reconcile rules R1-R6, in 1e-8 units where they are amounts (seed 003 {@code ReconcileConfig}
 * defaults). {@code settlementWindowMs} is how long, in event time, a K/E difference may stay unexplained before it
 * counts as an error rather than in-flight settlement.
 */
public record ReconcileBounds(
    long capitalEpsilon,
    long pendingFeeBound,
    long realizedRounding,
    long lotStep,
    long markStalenessFactor,
    long leverageRoundingBand,
    long settlementWindowMs) {

    public static ReconcileBounds defaults() {
        return new ReconcileBounds(10_000L, 20_00000000L, 5_000_000L, 100_000L, 300_000L, 2_00000000L, 5_000L);
    }
}
