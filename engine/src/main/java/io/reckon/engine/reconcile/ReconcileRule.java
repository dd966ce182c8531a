package io.reckon.engine.reconcile;

/** The reconcile rules R1-R6 (seed 003), each comparing one K value with its E counterpart. */
public enum ReconcileRule {
    /** R1: K capital vs the venue's wallet balance. */
    CAPITAL_VS_WALLET,
    /** R2: K's own book-computed realized PnL vs Σ of the venue's realized PnL, both cumulative. */
    REALIZED_PNL,
    /** R3: position size per (symbol, side). */
    POSITION_QTY,
    /** R4: Σ |size| × mark, over the same mark table for both. */
    OPEN_NOTIONAL,
    /** R5: used margin vs the venue's latest REST used margin, when that is newer than K's positions. */
    USED_MARGIN,
    /** R6: number of open positions. */
    OPEN_POSITIONS,
    /** No rule: the overall status is OK. */
    NONE;

    /** The number of real rules (all but {@link #NONE}); per-rule arrays are indexed by ordinal below this. */
    public static final int COUNT = 6;

    private static final ReconcileRule[] VALUES = values();

    public static ReconcileRule of(final int ordinal) {
        return VALUES[ordinal];
    }
}
