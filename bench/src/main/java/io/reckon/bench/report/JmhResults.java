package io.reckon.bench.report;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Turns JMH's run results into {@link Measurement}s. */
public final class JmhResults {
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private JmhResults() {
    }

    /**
     * One measurement per benchmark method and parameters. A benchmark run in both average-time and sample mode
     * becomes one: the mean, error and allocation of the average-time run (sampling adds JMH's own allocation)
     * with the median of the sampled one.
     */
    public static List<Measurement> of(final Collection<RunResult> runs) {
        final List<Measurement> out = new ArrayList<>();
        for (final Measurement m : each(runs)) {
            final int i = indexOf(out, m);
            if (i < 0) {
                out.add(m);
            } else {
                out.set(i, merge(out.get(i), m));
            }
        }
        return out;
    }

    private static int indexOf(final List<Measurement> list, final Measurement m) {
        for (int i = 0; i < list.size(); i++) {
            final Measurement o = list.get(i);
            if (o.benchmark().equals(m.benchmark()) && o.method().equals(m.method()) && o.params().equals(m.params())) {
                return i;
            }
        }
        return -1;
    }

    private static Measurement merge(final Measurement a, final Measurement b) {
        final Measurement avg = Double.isNaN(a.p50()) ? a : b;
        final Measurement sampled = Double.isNaN(a.p50()) ? b : a;
        return new Measurement(avg.benchmark(), avg.method(), avg.params(), avg.mode() + "+" + sampled.mode(),
            avg.score(), avg.error(), avg.unit(), sampled.p50(), avg.allocBytesPerOp());
    }

    private static List<Measurement> each(final Collection<RunResult> runs) {
        final List<Measurement> out = new ArrayList<>();
        for (final RunResult run : runs) {
            final BenchmarkParams p = run.getParams();
            final String full = p.getBenchmark();
            final int lastDot = full.lastIndexOf('.');
            final String method = full.substring(lastDot + 1);
            final String className = full.substring(full.lastIndexOf('.', lastDot - 1) + 1, lastDot);
            final StringBuilder params = new StringBuilder();
            for (final String key : p.getParamsKeys()) {
                if (params.length() > 0) {
                    params.append(',');
                }
                params.append(key).append('=').append(p.getParam(key));
            }
            final Result<?> primary = run.getPrimaryResult();
            final double p50 = p.getMode() == org.openjdk.jmh.annotations.Mode.SampleTime
                ? primary.getStatistics().getPercentile(50.0) : Double.NaN;
            out.add(new Measurement(className, method, params.toString(), p.getMode().shortLabel(),
                primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), p50,
                allocation(run.getSecondaryResults())));
        }
        return out;
    }

    private static double allocation(final Map<String, Result> secondary) {
        for (final Map.Entry<String, Result> e : secondary.entrySet()) {
            if (e.getKey().endsWith(ALLOC_NORM)) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    /** "3 × 500 ms" for the report. */
    public static String describe(final int iterations, final TimeValue time) {
        return iterations + " × " + time;
    }
}
