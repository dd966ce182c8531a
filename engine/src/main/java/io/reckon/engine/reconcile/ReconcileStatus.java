package io.reckon.engine.reconcile;

/**
 * Outcome of one reconcile rule, in rising severity. {@link #SKIPPED} means the rule had nothing to compare
 * (its {@link Explanation} says why) and counts as {@link #OK} in the overall status.
 */
public enum ReconcileStatus {
    SKIPPED,
    OK,
    WARN,
    ERROR;

    public boolean worseThan(final ReconcileStatus other) {
        return ordinal() > other.ordinal();
    }
}
