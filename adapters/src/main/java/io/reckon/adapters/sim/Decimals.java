package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money for the ground truth: every amount is a {@link BigDecimal} at scale 8 (the kernel's 1e-8 fixed point),
 * and the wire formats BingX uses for it.
 */
final class Decimals {
    /** Scale of every amount in the ledger. */
    static final int SCALE = 8;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Decimals() {
    }

    /**
     * Rounds to scale 8, half up. Products of an 8-dp price and an 8-dp quantity, fee-rate products and average
     * prices are the only values that can carry more digits; BingX's own rounding rule is not documented.
     */
    static BigDecimal money(final BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The 8-dp string BingX swap frames carry, e.g. {@code "-0.00321800"}. */
    static String wire8(final BigDecimal v) {
        return money(v).toPlainString();
    }

    /**
     * A plain string with at least {@code minScale} decimals and more only when the value needs them (at most 8),
     * as REST reports quantities and prices ({@code "0.0100"}, {@code "60000.0"}) without losing an exact average.
     */
    static String atLeast(final BigDecimal v, final int minScale) {
        final BigDecimal m = money(v);
        final BigDecimal stripped = m.stripTrailingZeros();
        final int scale = Math.max(minScale, Math.max(0, stripped.scale()));
        return m.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
