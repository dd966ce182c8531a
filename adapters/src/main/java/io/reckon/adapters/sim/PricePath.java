package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.util.Random;

/**
 * A deterministic random walk of one symbol's price on its tick grid: each {@link #step()} moves it by a uniform
 * number of ticks in {@code [-maxTicksPerStep, +maxTicksPerStep]}, never below a tenth of the start price. The same
 * seed gives the same path. Not thread-safe; the venue's lock guards it.
 */
final class PricePath {
    private final SimSymbol symbol;
    private final Random random;
    private final long floorUnits;
    private long units;

    PricePath(final SimSymbol symbol, final long seed) {
        this.symbol = symbol;
        this.random = new Random(seed);
        this.units = symbol.startPrice().movePointRight(symbol.pricePrecision()).longValueExact();
        this.floorUnits = Math.max(1, units / 10);
    }

    BigDecimal price() {
        return BigDecimal.valueOf(units, symbol.pricePrecision());
    }

    /** Advances one step and returns the new price. */
    BigDecimal step() {
        final int max = symbol.maxTicksPerStep();
        units = Math.max(floorUnits, units + random.nextInt(2 * max + 1) - max);
        return price();
    }

    /** The price {@code ticks} grid steps away from the current one, never below one tick. */
    BigDecimal offset(final long ticks) {
        return BigDecimal.valueOf(Math.max(1, units + ticks), symbol.pricePrecision());
    }
}
