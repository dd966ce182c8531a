package io.reckon.bench.report;

/**
 * One JMH result, reduced to what the report needs.
 *
 * @param benchmark       the benchmark class's simple name ({@code DecodeBench})
 * @param method          the benchmark method ({@code reckon}, {@code jackson}, ...)
 * @param params          the parameters as {@code name=value}, comma-separated; empty when none
 * @param mode            JMH's mode label ({@code avgt}, {@code sample})
 * @param score           mean time per operation
 * @param error           the 99.9% confidence half-width of {@code score}; NaN when JMH cannot say
 * @param unit            the unit of {@code score} and {@code p50} ({@code ns/op})
 * @param p50             the median for sampled benchmarks, else NaN
 * @param allocBytesPerOp bytes allocated per operation by every thread of the fork ({@code -prof gc}); NaN when
 *                        the profiler did not report
 */
public record Measurement(String benchmark, String method, String params, String mode, double score, double error,
                          String unit, double p50, double allocBytesPerOp) {

    /** {@code DecodeBench.reckon}. */
    public String name() {
        return benchmark + "." + method;
    }

    /** Operations per second implied by the mean, for benchmarks whose operation is one frame or record. */
    public double perSecond() {
        return 1e9 / score;
    }

    /** The median when sampled, else the mean: the figure targets on typical latency use. */
    public double typical() {
        return Double.isNaN(p50) ? score : p50;
    }
}
