package io.reckon.bench.latency;

import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * On the consumer thread, right after each snapshot is published: the latency of its frame, measured from the time
 * the frame was PLANNED to be sent, not from when it was sent, so a sender or socket that falls behind cannot hide
 * the wait (no coordinated omission). Frame {@code n} is ring sequence {@code n}: the harness is the ring's only
 * producer, and a fresh pipeline starts at sequence 0. Allocation-free.
 */
final class LatencyRecorder implements SnapshotListener {
    /** The same monotonic clock the harness plans send times with. */
    private final NanoClock clock = SystemNanoClock.INSTANCE;
    /** Ten minutes: anything slower is recorded as this. */
    private static final long HIGHEST_NANOS = 600_000_000_000L;

    private final Histogram histogram = new Histogram(1, HIGHEST_NANOS, 3);
    /** Set once by {@link #begin} before the first frame is sent; volatile because the consumer reads it. */
    private volatile long startNanos;
    private final long rate;
    private final long warmupFrames;
    private volatile long processed;

    /**
     * @param rate         frames per second offered
     * @param warmupFrames frames at the start of the run that are not recorded
     */
    LatencyRecorder(final long rate, final long warmupFrames) {
        this.rate = rate;
        this.warmupFrames = warmupFrames;
    }

    /** Fixes the planned send time of frame 0 ({@link System#nanoTime()}); call before sending it. */
    void begin(final long frameZeroNanos) {
        this.startNanos = frameZeroNanos;
    }

    /** When frame {@code n} is due to be sent. */
    long plannedNanos(final long n) {
        return startNanos + n * 1_000_000_000L / rate;
    }

    @Override
    public void onSnapshot(final Snapshot snapshot) {
        final long now = clock.nanoTime();
        final long n = snapshot.sequence;
        if (n >= warmupFrames) {
            histogram.recordValue(Math.min(HIGHEST_NANOS, Math.max(1, now - plannedNanos(n))));
        }
        processed = n + 1;
    }

    /** Frames whose snapshot has been published so far. */
    long processed() {
        return processed;
    }

    /**
     * Records frames that never produced a snapshot as if they had done so at {@code deadlineNanos}: a lower bound
     * of their latency, so that an unfinished run reads worse, never better. Call after the consumer has stopped.
     */
    void recordUnfinished(final long from, final long to, final long deadlineNanos) {
        for (long n = Math.max(from, warmupFrames); n < to; n++) {
            histogram.recordValue(Math.min(HIGHEST_NANOS, Math.max(1, deadlineNanos - plannedNanos(n))));
        }
    }

    /** The recorded latencies; read only after {@link #processed()} says the run is over. */
    Histogram histogram() {
        return histogram;
    }
}
