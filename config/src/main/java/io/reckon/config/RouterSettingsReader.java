package io.reckon.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link RouterSettings} from the merged {@code router.*} keys. Numbers outside the router's ranges are
 * clamped, reported once per load with the key named, and the clamped value is written back to the merged map so
 * the journaled effective configuration replays to the same settings. Unknown choices, malformed numbers and
 * malformed tick overrides are refused with a {@link ConfigException} naming the key: a typo must not quietly
 * change how orders reach the venue.
 */
final class RouterSettingsReader {
    static final String STYLE = "router.style";
    static final String ENTRY_TTL_MS = "router.entry_ttl_ms";
    static final String EXIT_TTL_MS = "router.exit_ttl_ms";
    static final String ENTRY_MISS = "router.entry_miss";
    static final String ENTRY_RETRIES = "router.entry_retries";
    static final String RETRY_EXHAUST = "router.retry_exhaust";
    static final String OFFSET_TICKS = "router.offset_ticks";
    static final String MAX_SPREAD_BPS = "router.max_spread_bps";
    static final String POST_ONLY = "router.post_only";
    static final String TICK_OVERRIDES = "router.tick_overrides";

    private static final Logger LOG = LoggerFactory.getLogger(RouterSettingsReader.class);
    private static final int DECIMALS = 8;

    private final Map<String, String> values;
    private final Consumer<String> warnings;

    private RouterSettingsReader(final Map<String, String> values, final Consumer<String> warnings) {
        this.values = values;
        this.warnings = warnings;
    }

    /** Reads the router keys of {@code values} (defaults already merged in), logging each clamp as a warning. */
    static RouterSettings read(final Map<String, String> values) {
        return read(values, LOG::warn);
    }

    /** As {@link #read(Map)}, handing each clamp warning to {@code warnings} instead of the log. */
    static RouterSettings read(final Map<String, String> values, final Consumer<String> warnings) {
        return new RouterSettingsReader(values, warnings).settings();
    }

    private RouterSettings settings() {
        return new RouterSettings(
            choice(STYLE, RouterStyle.class),
            clampedInteger(ENTRY_TTL_MS, RouterSettings.MIN_TTL_MS, RouterSettings.MAX_TTL_MS),
            clampedInteger(EXIT_TTL_MS, RouterSettings.MIN_TTL_MS, RouterSettings.MAX_TTL_MS),
            choice(ENTRY_MISS, EntryMissPolicy.class),
            (int) clampedInteger(ENTRY_RETRIES, RouterSettings.MIN_ENTRY_RETRIES, RouterSettings.MAX_ENTRY_RETRIES),
            choice(RETRY_EXHAUST, RetryExhaustAction.class),
            (int) clampedInteger(OFFSET_TICKS, RouterSettings.MIN_OFFSET_TICKS, RouterSettings.MAX_OFFSET_TICKS),
            clampedDecimal(MAX_SPREAD_BPS, RouterSettings.MIN_SPREAD_BPS, RouterSettings.MAX_SPREAD_BPS),
            bool(POST_ONLY),
            tickOverrides(TICK_OVERRIDES));
    }

    private String text(final String key) {
        final String s = values.get(key);
        if (s == null) {
            throw new ConfigException(key, "missing");
        }
        return s;
    }

    private <E extends Enum<E>> E choice(final String key, final Class<E> type) {
        final String s = text(key).toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        final StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new ConfigException(key, "unknown choice '" + text(key) + "' (one of: " + allowed + ")");
    }

    private boolean bool(final String key) {
        final String s = text(key).toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new ConfigException(key, "expected true or false, got '" + text(key) + "'");
    }

    private long clampedInteger(final String key, final long min, final long max) {
        final String raw = text(key);
        final BigInteger value;
        try {
            value = new BigInteger(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "expected an integer, got '" + raw + "'");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            return clampTo(key, raw, min, max, min);
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            return clampTo(key, raw, min, max, max);
        }
        return value.longValueExact();
    }

    private long clamp(final String key, final String raw, final String range, final long clamped,
                       final String clampedText) {
        warnings.accept(key + "=" + raw + " is outside " + range + "; clamped to " + clampedText);
        values.put(key, clampedText);
        return clamped;
    }

    private long clampTo(final String key, final String raw, final long min, final long max, final long clamped) {
        return clamp(key, raw, "[" + min + ", " + max + "]", clamped, Long.toString(clamped));
    }

    /** A decimal in 1e-8 units; {@code min} and {@code max} are in 1e-8 units too. */
    private long clampedDecimal(final String key, final long min, final long max) {
        final String raw = text(key);
        final BigDecimal value = decimal(key, raw);
        final BigDecimal lo = BigDecimal.valueOf(min, DECIMALS);
        final BigDecimal hi = BigDecimal.valueOf(max, DECIMALS);
        final String range = "[" + lo.stripTrailingZeros().toPlainString() + ", "
            + hi.stripTrailingZeros().toPlainString() + "]";
        if (value.compareTo(lo) < 0) {
            return clamp(key, raw, range, min, lo.stripTrailingZeros().toPlainString());
        }
        if (value.compareTo(hi) > 0) {
            return clamp(key, raw, range, max, hi.stripTrailingZeros().toPlainString());
        }
        return units(key, raw, value);
    }

    private Map<String, Long> tickOverrides(final String key) {
        final String raw = text(key);
        final Map<String, Long> ticks = new LinkedHashMap<>();
        if (raw.isBlank()) {
            return ticks;
        }
        for (String entry : raw.split(",", -1)) {
            final int colon = entry.indexOf(':');
            final String symbol = colon < 0 ? "" : RouterSettings.normaliseSymbol(entry.substring(0, colon));
            if (symbol.isEmpty()) {
                throw new ConfigException(key, "expected SYMBOL:tick[,SYMBOL:tick...], got entry '"
                    + entry.trim() + "'");
            }
            final String tickText = entry.substring(colon + 1).trim();
            final BigDecimal tick = decimal(key, tickText);
            if (tick.signum() <= 0) {
                throw new ConfigException(key, "tick for " + symbol + " must be above zero, got '" + tickText + "'");
            }
            if (ticks.put(symbol, units(key, tickText, tick)) != null) {
                throw new ConfigException(key, symbol + " is given twice");
            }
        }
        return ticks;
    }

    private static BigDecimal decimal(final String key, final String raw) {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "expected a decimal number, got '" + raw + "'");
        }
    }

    private static long units(final String key, final String raw, final BigDecimal value) {
        try {
            return value.movePointRight(DECIMALS).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new ConfigException(key, "expected at most " + DECIMALS + " fractional digits and a value that "
                + "fits 1e-8 units, got '" + raw + "'");
        }
    }
}
