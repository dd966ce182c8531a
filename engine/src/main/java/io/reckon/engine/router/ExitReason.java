package io.reckon.engine.router;

/**
 * Why the strategy closes a position. Only {@link #TAKE_PROFIT} tolerates a resting reduce-only quote; stops,
 * max-hold, mean-reversion flips, reconcile-driven closes and anything unrecognised demand immediacy and go to
 * MARKET whatever the router style.
 */
public enum ExitReason {
    /** Not an exit: the reason carried by ENTER requests and plans. */
    NONE,
    TAKE_PROFIT,
    CATASTROPHIC_LOSS,
    MAX_HOLD,
    MEAN_REVERSION,
    /** A reason the router does not recognise; urgent by rule. */
    OTHER;

    public boolean makerEligible() {
        return this == TAKE_PROFIT;
    }
}
