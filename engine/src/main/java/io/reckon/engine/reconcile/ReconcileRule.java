package io.reckon.engine.reconcile;

/**
 * The reconcile rules R1-R6 (kept from the Python predecessor), each comparing one K value with its E counterpart,
 * and R7, the entry comparison it lacked. Ordinals are the order of evaluation and of the snapshot's per-rule arrays; they are
 * never journaled.
 */
public enum ReconcileRule {
    /** R1: K capital vs the venue's wallet balance. */
    CAPITAL_VS_WALLET,
    /**
     * R2: per reducing fill, K's own book-computed realized PnL vs the venue's realized PnL of that fill (the predecessor's
     * {@code last_fill_realized_pnl}): the latest checked fill holds until the next one.
     */
    REALIZED_PNL,
    /** R3: position size per (symbol, side). */
    POSITION_QTY,
    /** R4: Σ |size| × mark, over the same mark table for both. */
    OPEN_NOTIONAL,
    /** R5: used margin vs the venue's latest REST used margin, when that is newer than K's positions. */
    USED_MARGIN,
    /** R6: number of open positions. */
    OPEN_POSITIONS,
    /** R7: entry price per (symbol, side) where K and the venue hold the same size. */
    ENTRY_PRICE,
    /** No rule: the overall status is OK. */
    NONE;

    /** The number of real rules (all but {@link #NONE}); per-rule arrays are indexed by ordinal below this. */
    public static final int COUNT = 7;

    private static final ReconcileRule[] VALUES = values();

    public static ReconcileRule of(final int ordinal) {
        return VALUES[ordinal];
    }
}
