package io.reckon.journal;

import java.time.Instant;
import java.time.InstantSource;

/** A settable clock for the writer's roll cycle; {@link #millis()} does not allocate. */
final class TestClock implements InstantSource {
    /** 2023-11-14T22:13:20Z: mid-hour, so a roll needs an explicit advance. */
    static final long START_MILLIS = 1_700_000_000_000L;

    private volatile long millis = START_MILLIS;

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    void advanceMillis(final long delta) {
        millis += delta;
    }
}
