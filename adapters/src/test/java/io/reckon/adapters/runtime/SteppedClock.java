package io.reckon.adapters.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The venue's clock in a live-session test: the wall clock plus the steps the test has taken, never going back. The
 * simulator stamps every frame and order-history row from it, so a step puts the next venue action a known time
 * after everything before it: never two actions in one millisecond, whatever the machine's load. It stays on the
 * wall clock otherwise because the kernel's REST client signs with the wall clock and the venue refuses a request
 * outside its receive window; keep the sum of the steps well inside that window (5 s).
 */
final class SteppedClock implements InstantSource {
    private final AtomicLong offsetMs = new AtomicLong();
    private final AtomicLong lastMs = new AtomicLong();

    @Override
    public long millis() {
        return lastMs.accumulateAndGet(System.currentTimeMillis() + offsetMs.get(), Math::max);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    void step(final Duration d) {
        offsetMs.addAndGet(d.toMillis());
    }
}
