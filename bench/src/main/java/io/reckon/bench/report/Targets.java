package io.reckon.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets, checked against one run's measurements. Each says what was required, what was measured and
 * whether it was met, or by how much it was missed. A target whose benchmark did not run is reported as such.
 */
public final class Targets {
    /** Below this a benchmark allocates nothing per operation; what remains is the profiler's own noise. */
    static final double ZERO_ALLOC_BYTES = 1.0;
    private static final String RATIO = "×";

    /** One checked target. */
    public record Outcome(String target, String required, String measured, String verdict, Boolean met) {
    }

    private Targets() {
    }

    public static List<Outcome> check(final List<Measurement> all) {
        final List<Outcome> out = new ArrayList<>();
        zeroAllocation(out, all, "0 B/op: decode (every event type)", "DecodeBench", List.of("reckon"));
        zeroAllocation(out, all, "0 B/op: kernel stages (each alone and all)", "KernelStagesBench",
            List.of("allStages", "normalise", "feeSign", "fold", "reconcile"));
        zeroAllocation(out, all, "0 B/op: full pipeline", "PipelineBench", List.of("framesToSnapshots"));
        zeroAllocation(out, all, "0 B/op: wire to snapshot, one thread", "WireToSnapshotBench", List.of("reckon"));
        zeroAllocation(out, all, "0 B/op: inflate", "InflateBench", List.of("reckon"));
        for (final String frame : List.of("ORDER_TRADE_UPDATE", "ORDER_TRADE_UPDATE_LAST_FILL")) {
            atLeast(out, "decode " + frame + " vs Jackson", 10,
                Comparisons.speedUp(all, "DecodeBench", "reckon", "jackson", "frame=" + frame), RATIO);
        }
        for (final String frame : List.of("ORDER_TRADE_UPDATE", "ACCOUNT_UPDATE_POSITIONS")) {
            atLeast(out, "inflate " + frame + " vs new GZIPInputStream", 2,
                Comparisons.speedUp(all, "InflateBench", "reckon", "gzipInputStream", "frame=" + frame), RATIO);
        }
        final Measurement wire = Comparisons.find(all, "WireToSnapshotBench", "reckon", "");
        atMost(out, "wire to snapshot, one thread: median", 1000, wire == null ? Double.NaN : wire.typical(),
            " ns");
        atLeast(out, "wire to snapshot vs naive baseline (medians)", 10,
            Comparisons.speedUp(all, "WireToSnapshotBench", "reckon", "naive", ""), RATIO);
        final Measurement pipeline = firstOf(all, "PipelineBench", "framesToSnapshots");
        atLeast(out, "full pipeline, journaling on", 1_000_000,
            pipeline == null ? Double.NaN : pipeline.perSecond(), " frames/s");
        final Measurement replay = firstOf(all, "ReplayBench", "replay");
        atLeast(out, "replay from disk (decode, stages, hash checks)", 2_000_000,
            replay == null ? Double.NaN : replay.perSecond(), " records/s");
        return out;
    }

    private static void zeroAllocation(final List<Outcome> out, final List<Measurement> all, final String target,
                                       final String benchmark, final List<String> methods) {
        double worst = Double.NaN;
        String where = "";
        int seen = 0;
        for (final Measurement m : all) {
            if (m.benchmark().equals(benchmark) && methods.contains(m.method())) {
                seen++;
                if (Double.isNaN(worst) || m.allocBytesPerOp() > worst) {
                    worst = m.allocBytesPerOp();
                    where = m.method() + (m.params().isEmpty() ? "" : " " + m.params());
                }
            }
        }
        if (seen == 0 || Double.isNaN(worst)) {
            out.add(new Outcome(target, "< 1 B/op", "not measured", "not measured", null));
            return;
        }
        final String measured = String.format(Locale.ROOT, "worst %.3f B/op of %d (%s)", worst, seen, where);
        final boolean met = worst < ZERO_ALLOC_BYTES;
        out.add(new Outcome(target, "< 1 B/op", measured,
            met ? "met" : String.format(Locale.ROOT, "missed: %.1f B/op", worst), met));
    }

    private static void atLeast(final List<Outcome> out, final String target, final double required,
                                final double measured, final String unit) {
        final String req = "≥ " + Format.number(required) + unit;
        if (Double.isNaN(measured)) {
            out.add(new Outcome(target, req, "not measured", "not measured", null));
            return;
        }
        final boolean met = measured >= required;
        out.add(new Outcome(target, req, show(measured, unit),
            met ? "met" : String.format(Locale.ROOT, "missed by %.0f%%", 100 * (1 - measured / required)), met));
    }

    private static void atMost(final List<Outcome> out, final String target, final double required,
                               final double measured, final String unit) {
        final String req = "≤ " + Format.number(required) + unit;
        if (Double.isNaN(measured)) {
            out.add(new Outcome(target, req, "not measured", "not measured", null));
            return;
        }
        final boolean met = measured <= required;
        out.add(new Outcome(target, req, show(measured, unit),
            met ? "met" : String.format(Locale.ROOT, "missed by %.0f%%", 100 * (measured / required - 1)), met));
    }

    private static String show(final double value, final String unit) {
        return RATIO.equals(unit) ? Format.ratio(value) : Format.number(value) + unit;
    }

    private static Measurement firstOf(final List<Measurement> all, final String benchmark, final String method) {
        for (final Measurement m : all) {
            if (m.benchmark().equals(benchmark) && m.method().equals(method)) {
                return m;
            }
        }
        return null;
    }
}
