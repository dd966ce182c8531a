package io.reckon.engine.reconcile;

/** Why a reconcile rule is not plainly OK (or why it was skipped). */
public enum Explanation {
    NONE,
    /** R1: K and the wallet differ by less than a fee still settling. */
    UNSETTLED_FEE,
    /** R2, R3: a difference within rounding to the lot step. */
    LOT_STEP_ROUNDING,
    /** R4: notional differs within the tolerated drift of a stale mark. */
    MARK_PRICE_STALENESS,
    /** R5: used margin differs within the leverage rounding band. */
    LEVERAGE_ROUNDING,
    /**
     * R2-R7: K and E disagree, but for less than the settlement window: the venue's report (or a fill's lost trades)
     * has not caught up yet.
     */
    SETTLEMENT_IN_FLIGHT,
    /**
     * R1: the difference is exactly what is in flight: fills booked whose account update has not come, account
     * updates whose fill has not come, or a REST wallet ahead of the stream until the catch-up lands.
     */
    FILL_IN_FLIGHT,
    /**
     * R2: the last checked fill's realized disagreed with the venue's beyond the window, but every other rule agrees
     * now (wallet, positions, entries): reported, not frozen on.
     */
    PAST_FILL_MISMATCH,
    /** R7: K's entry differs from the venue's within the rounding of a reported price. */
    PRICE_ROUNDING,
    /** R1: K has no seed capital yet. */
    UNSEEDED,
    /** The venue has not reported the fact this rule compares with (or it is older than K's). */
    NO_EXCHANGE_FACT,
    /** A difference no bound explains. */
    MISMATCH;

    /** Whether the difference is waiting for something on its way (a report, a fill, a catch-up), not settled. */
    public boolean inFlight() {
        return this == SETTLEMENT_IN_FLIGHT || this == FILL_IN_FLIGHT;
    }
}
