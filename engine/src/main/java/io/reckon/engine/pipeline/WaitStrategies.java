package io.reckon.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.PhasedBackoffWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import io.reckon.config.WaitStrategyKind;

import java.util.concurrent.TimeUnit;

/** Maps the configured {@link WaitStrategyKind} to the Disruptor's strategy. */
public final class WaitStrategies {
    /**
     * BACKOFF spins this long after the ring runs dry: a frame that arrives within it is taken without any system
     * call on either side, which is what keeps a busy stream's hand-off cheap.
     */
    static final long BACKOFF_SPIN_NANOS = 10_000;
    /**
     * ...then yields this long before it blocks. Past it the producer's publish wakes the consumer through a lock,
     * as with BLOCKING; before it the publish finds no waiter and stays a plain store.
     */
    static final long BACKOFF_YIELD_NANOS = 100_000;

    private WaitStrategies() {
    }

    public static WaitStrategy of(final WaitStrategyKind kind) {
        return switch (kind) {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case BACKOFF -> PhasedBackoffWaitStrategy.withLock(BACKOFF_SPIN_NANOS, BACKOFF_YIELD_NANOS,
                TimeUnit.NANOSECONDS);
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
