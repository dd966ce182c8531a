package io.reckon.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs each of reckon's benchmarks with the baselines measured in the same run (same benchmark class, same
 * parameters) and computes the speed-up: the baseline's typical time divided by ours (the median for sampled
 * benchmarks, else the mean), so 10 means ten times faster.
 */
public final class Comparisons {
    /** A baseline method of a benchmark class and how the report names it. */
    record Baseline(String method, String label) {
    }

    /** Our method of a benchmark class and its baselines. */
    record Pairing(String benchmark, String ours, List<Baseline> baselines) {
    }

    static final List<Pairing> PAIRINGS = List.of(
        new Pairing("InflateBench", "reckon", List.of(
            new Baseline("gzipInputStream", "new GZIPInputStream per frame"),
            new Baseline("zlibInflaterReused", "zlib Inflater reused (reckon's previous inflater)"))),
        new Pairing("DecodeBench", "reckon", List.of(
            new Baseline("jackson", "Jackson databind → Map"),
            new Baseline("dslJson", "DSL-JSON → compiled class"))),
        new Pairing("KernelStagesBench", "fold", List.of(
            new Baseline("foldBigDecimal", "the same fold in BigDecimal"))),
        new Pairing("WireToSnapshotBench", "reckon", List.of(
            new Baseline("naive", "new GZIPInputStream + Jackson + BigDecimal fold"))),
        new Pairing("OrderPathBench", "reckon", List.of(
            new Baseline("naive", "BigDecimal + TreeMap + Mac per request + String.format hex"))));

    /** One line of the results table: ours, and one baseline (or none). */
    public record Row(Measurement ours, String baselineLabel, Measurement baseline) {
        /** Baseline time over ours; NaN without a baseline. */
        public double speedUp() {
            return baseline == null ? Double.NaN : baseline.typical() / ours.typical();
        }
    }

    private Comparisons() {
    }

    /** Every measurement of ours, in run order, each with its baselines; baselines never appear as "ours". */
    public static List<Row> rows(final List<Measurement> all) {
        final List<Row> rows = new ArrayList<>();
        for (final Measurement m : all) {
            if (isBaseline(m)) {
                continue;
            }
            final Pairing pairing = pairingOf(m);
            if (pairing == null) {
                rows.add(new Row(m, null, null));
                continue;
            }
            boolean any = false;
            for (final Baseline b : pairing.baselines()) {
                final Measurement base = find(all, m.benchmark(), b.method(), m.params());
                if (base != null) {
                    rows.add(new Row(m, b.label(), base));
                    any = true;
                }
            }
            if (!any) {
                rows.add(new Row(m, null, null));
            }
        }
        return rows;
    }

    /** The speed-up of our method over one baseline method for the given parameters; NaN when either is missing. */
    public static double speedUp(final List<Measurement> all, final String benchmark, final String ours,
                                 final String baseline, final String params) {
        final Measurement o = find(all, benchmark, ours, params);
        final Measurement b = find(all, benchmark, baseline, params);
        return o == null || b == null ? Double.NaN : b.typical() / o.typical();
    }

    public static Measurement find(final List<Measurement> all, final String benchmark, final String method,
                                   final String params) {
        for (final Measurement m : all) {
            if (m.benchmark().equals(benchmark) && m.method().equals(method) && Objects.equals(m.params(), params)) {
                return m;
            }
        }
        return null;
    }

    private static boolean isBaseline(final Measurement m) {
        for (final Pairing p : PAIRINGS) {
            if (p.benchmark().equals(m.benchmark())
                && p.baselines().stream().anyMatch(b -> b.method().equals(m.method()))) {
                return true;
            }
        }
        return false;
    }

    private static Pairing pairingOf(final Measurement m) {
        for (final Pairing p : PAIRINGS) {
            if (p.benchmark().equals(m.benchmark()) && p.ours().equals(m.method())) {
                return p;
            }
        }
        return null;
    }
}
