package io.reckon.adapters.bingx.exec;

import io.reckon.engine.num.FixedPoint;

/**
 * What an order on one contract must respect, in 1e-8 units: the quantity step and price tick orders are
 * quantized DOWN to, the smallest quantity, and the fee rates used for estimates.
 *
 * @param fromVenue false when the contract was not in the venue's list and the fallbacks below apply
 */
public record ContractSpec(String symbol, long stepSize, long tickSize, long minQuantity, long takerFeeRate,
                           long makerFeeRate, boolean fromVenue) {

    /** Fallbacks for a symbol the contracts list does not hold: step 0.001, tick 0.01. */
    public static final long FALLBACK_STEP = 100_000L;
    public static final long FALLBACK_TICK = 1_000_000L;
    /** Fee estimates: taker 0.04 %, maker 0.02 %. */
    public static final long FALLBACK_TAKER_RATE = 40_000L;
    public static final long FALLBACK_MAKER_RATE = 20_000L;

    public ContractSpec {
        if (stepSize <= 0 || tickSize <= 0 || minQuantity < 0 || takerFeeRate < 0 || makerFeeRate < 0) {
            throw new IllegalArgumentException("contract " + symbol + ": step and tick must be positive, minimum and"
                + " fee rates not negative");
        }
    }

    static ContractSpec fallback(final String symbol) {
        return new ContractSpec(symbol, FALLBACK_STEP, FALLBACK_TICK, 0, FALLBACK_TAKER_RATE, FALLBACK_MAKER_RATE,
            false);
    }

    /** {@code quantity} rounded down to the step; 0 when less than one step or below the minimum. */
    public long quantity(final long quantity) {
        final long q = quantity - Math.floorMod(quantity, stepSize);
        return q < minQuantity || q <= 0 ? 0 : q;
    }

    /** {@code price} rounded down to the tick; 0 when less than one tick. */
    public long price(final long price) {
        final long p = price - Math.floorMod(price, tickSize);
        return Math.max(p, 0);
    }

    /** The unit ({@code 10^-precision}) of a precision as the contracts endpoint gives it, in 1e-8 units. */
    static long unitOf(final long precision) {
        if (precision < 0 || precision > FixedPoint.DECIMALS) {
            return 0;
        }
        long unit = FixedPoint.SCALE;
        for (long i = 0; i < precision; i++) {
            unit /= 10;
        }
        return unit;
    }
}
