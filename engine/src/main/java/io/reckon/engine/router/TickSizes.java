package io.reckon.engine.router;

import io.reckon.config.RouterSettings;
import java.util.Map;

/**
 * Price tick per symbol in 1e-8 units: a configured override, else the built-in table (BingX characterisation
 * sweep of the Python predecessor), else a fallback of one hundred-thousandth of the reference price (about 0.1 bp) so that an
 * unknown symbol still quotes a sensible distance from the touch. Lookups normalise the symbol with
 * {@link RouterSettings#normaliseSymbol}.
 */
public final class TickSizes {
    /** Unknown symbol: tick = reference / 100 000, i.e. 1e-5 of the price. */
    public static final long FALLBACK_DIVISOR = 100_000L;

    /**
     * SHIBUSDT trades in 1e-9 ticks, finer than the ledger's 1e-8 unit; it gets the finest tick we can represent,
     * so its quotes rest one 1e-8 step per offset tick from the reference.
     */
    private static final Map<String, Long> BUILT_IN = Map.ofEntries(
        Map.entry("BTCUSDT", 10_000_000L),
        Map.entry("ETHUSDT", 1_000_000L),
        Map.entry("AAVEUSDT", 1_000_000L),
        Map.entry("SOLUSDT", 100_000L),
        Map.entry("XRPUSDT", 10_000L),
        Map.entry("DOGEUSDT", 1_000L),
        Map.entry("SHIBUSDT", 1L),
        Map.entry("YFIUSDT", 1_000_000L),
        Map.entry("XAUTUSDT", 10_000_000L),
        Map.entry("ADAUSDT", 10_000L),
        Map.entry("TRXUSDT", 1_000L),
        Map.entry("ALGOUSDT", 10_000L));

    private final Map<String, Long> overrides;

    public TickSizes(final Map<String, Long> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Allocates (symbol normalisation): the configured or built-in tick, or 0 when the symbol is unknown. */
    long configured(final String symbol) {
        final String key = RouterSettings.normaliseSymbol(symbol);
        final Long override = overrides.get(key);
        if (override != null) {
            return override;
        }
        return BUILT_IN.getOrDefault(key, 0L);
    }

    /** Allocates (symbol normalisation): the tick to quote with, never below one 1e-8 unit. */
    public long effective(final String symbol, final long referencePrice) {
        final long tick = configured(symbol);
        if (tick > 0) {
            return tick;
        }
        return Math.max(1L, referencePrice / FALLBACK_DIVISOR);
    }
}
