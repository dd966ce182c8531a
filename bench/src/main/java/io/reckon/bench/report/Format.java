package io.reckon.bench.report;

import java.util.Locale;

/** Number formatting for the markdown report: readable, locale-independent. */
public final class Format {
    private Format() {
    }

    /** 0.123, 12.3, 1,234, 2.5 M style; NaN as a dash. */
    public static String number(final double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        final double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (a >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A speed-up: 2.3×. */
    public static String ratio(final double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f×", v);
    }

    /** Bytes per operation: 0 when below the profiler's noise, else one decimal. */
    public static String bytes(final double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v < Targets.ZERO_ALLOC_BYTES ? String.format(Locale.ROOT, "0 (%.3f)", v)
            : String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Nanoseconds as microseconds with one decimal. */
    public static String micros(final long nanos) {
        return String.format(Locale.ROOT, "%,.1f µs", nanos / 1000.0);
    }
}
