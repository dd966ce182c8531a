package io.reckon.adapters.runtime;

import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import org.HdrHistogram.Recorder;
import org.agrona.concurrent.EpochNanoClock;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures receive-to-snapshot latency of live events (the producer's receive stamp to the moment the consumer
 * published the snapshot) into an HdrHistogram {@link Recorder}, which a status thread samples interval by
 * interval. Observes only: it reads the clock for reporting and never feeds anything back into a stage.
 */
public final class LatencyProbe implements SnapshotListener {
    private static final long MAX_TRACKED_NANOS = 60_000_000_000L;

    private final EpochNanoClock clock;
    private final Recorder recorder = new Recorder(MAX_TRACKED_NANOS, 3);
    private final AtomicLong events = new AtomicLong();

    public LatencyProbe(final EpochNanoClock clock) {
        this.clock = clock;
    }

    @Override
    public void onSnapshot(final Snapshot snapshot) {
        final long latency = clock.nanoTime() - snapshot.recvTimeNanos;
        if (latency >= 0 && latency <= MAX_TRACKED_NANOS) {
            recorder.recordValue(latency);
        }
        events.lazySet(events.get() + 1);
    }

    public Recorder recorder() {
        return recorder;
    }

    public long events() {
        return events.get();
    }
}
