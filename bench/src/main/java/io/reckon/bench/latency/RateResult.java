package io.reckon.bench.latency;

/**
 * Wire-to-snapshot latency at one offered rate, in nanoseconds from each frame's planned send time to its published
 * snapshot.
 *
 * @param offeredRate   frames per second the sender was asked for
 * @param frames        frames sent (the first {@code frames - measured} are warm-up, not recorded)
 * @param measured      frames recorded in the percentiles
 * @param achievedRate  frames per second the sender actually got out, over the whole run
 * @param unfinished    frames with no snapshot when the run's deadline passed (recorded at the deadline)
 * @param senderLagP50  how late the sender started a send, median: the harness's own jitter, part of every figure
 * @param senderLagP99  the same, 99th percentile
 */
public record RateResult(int offeredRate, long frames, long measured, double achievedRate, long unfinished,
                         long p50, long p90, long p99, long p999, long p9999, long max,
                         long senderLagP50, long senderLagP99) {
}
