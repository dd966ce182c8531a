package io.reckon.engine.feesign;

import io.reckon.config.Venue;

/**
 * How a venue signs the commission of a fill. The kernel's own convention is cost &gt; 0, rebate &lt; 0
 * (BingX's negative {@code n} was once booked as a rebate by the Python predecessor).
 */
public enum FeeConvention {
    /** BingX: {@code n = "-0.00321800"} is a fee charged. */
    NEGATIVE_IS_COST,
    /** Binance: {@code n = "0.00456"} is a fee charged. */
    POSITIVE_IS_COST;

    /**
     * The kernel's fee cost for a venue commission.
     *
     * @throws ArithmeticException when the commission cannot be negated (only {@code Long.MIN_VALUE})
     */
    public long costOf(final long venueFee) {
        return this == NEGATIVE_IS_COST ? Math.negateExact(venueFee) : venueFee;
    }

    public static FeeConvention of(final Venue venue) {
        return venue == Venue.BINANCE ? POSITIVE_IS_COST : NEGATIVE_IS_COST;
    }
}
