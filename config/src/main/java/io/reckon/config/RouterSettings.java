package io.reckon.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Order-router policy (the Python predecessor's {@code ExecConfig}): execution style, quote lifetimes, the entry miss policy,
 * quote offset, spread gate, post-only and per-symbol tick overrides. Prices and spreads are 1e-8 fixed point
 * (a spread of 5 bps is {@code 5_00000000}); times are milliseconds.
 *
 * <p>The record refuses values outside the predecessor's ranges; {@link ConfigLoader} clamps configured numbers into
 * those ranges (with a warning naming the key) before it builds one, so only code that constructs settings
 * directly can see the refusal.
 *
 * @param tickOverrides symbol (normalised by {@link #normaliseSymbol}) to tick size in 1e-8 units, each above zero
 */
public record RouterSettings(
    RouterStyle style,
    long entryTtlMs,
    long exitTtlMs,
    EntryMissPolicy entryMiss,
    int entryRetries,
    RetryExhaustAction retryExhaust,
    int offsetTicks,
    long maxSpreadBps,
    boolean postOnly,
    Map<String, Long> tickOverrides) {

    public static final long MIN_TTL_MS = 500;
    public static final long MAX_TTL_MS = 300_000;
    public static final int MIN_ENTRY_RETRIES = 0;
    public static final int MAX_ENTRY_RETRIES = 10;
    public static final int MIN_OFFSET_TICKS = 0;
    public static final int MAX_OFFSET_TICKS = 100;
    public static final long MIN_SPREAD_BPS = 0;
    /** 1000 bps in 1e-8 units. */
    public static final long MAX_SPREAD_BPS = 1_000_00000000L;

    public RouterSettings {
        requireNonNull(style, "style");
        requireNonNull(entryMiss, "entryMiss");
        requireNonNull(retryExhaust, "retryExhaust");
        requireNonNull(tickOverrides, "tickOverrides");
        requireRange("entryTtlMs", entryTtlMs, MIN_TTL_MS, MAX_TTL_MS);
        requireRange("exitTtlMs", exitTtlMs, MIN_TTL_MS, MAX_TTL_MS);
        requireRange("entryRetries", entryRetries, MIN_ENTRY_RETRIES, MAX_ENTRY_RETRIES);
        requireRange("offsetTicks", offsetTicks, MIN_OFFSET_TICKS, MAX_OFFSET_TICKS);
        requireRange("maxSpreadBps", maxSpreadBps, MIN_SPREAD_BPS, MAX_SPREAD_BPS);
        final Map<String, Long> ticks = new TreeMap<>();
        for (Map.Entry<String, Long> e : tickOverrides.entrySet()) {
            final String symbol = normaliseSymbol(e.getKey());
            if (symbol.isEmpty() || e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException("tickOverrides: needs a symbol and a tick above zero, got "
                    + e.getKey() + "=" + e.getValue());
            }
            if (ticks.put(symbol, e.getValue()) != null) {
                throw new IllegalArgumentException("tickOverrides: " + symbol + " given twice");
            }
        }
        tickOverrides = Map.copyOf(ticks);
    }

    /** The predecessor's defaults: pure taker, which leaves the router's working-order registry empty. */
    public static RouterSettings defaults() {
        return new RouterSettings(RouterStyle.TAKER, 8_000, 5_000, EntryMissPolicy.SKIP, 1,
            RetryExhaustAction.SKIP, 1, 5_00000000L, true, Map.of());
    }

    public boolean makerEntry() {
        return style.makerEntry();
    }

    public boolean makerExit() {
        return style.makerExit();
    }

    /**
     * The one spelling of a symbol used for tick lookups: upper case without the separators venues put between
     * base and quote, so {@code btc-usdt}, {@code BTC_USDT} and {@code BTCUSDT} name the same instrument.
     */
    public static String normaliseSymbol(final String symbol) {
        if (symbol == null) {
            return "";
        }
        final StringBuilder sb = new StringBuilder(symbol.length());
        for (int i = 0; i < symbol.length(); i++) {
            final char c = symbol.charAt(i);
            if (c != '-' && c != '_' && c != '/' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    private static void requireNonNull(final Object value, final String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    private static void requireRange(final String name, final long value, final long min, final long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
