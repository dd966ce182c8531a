package io.reckon.engine.pipeline;

import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.TimeoutException;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.ring.RingEvent;
import org.agrona.concurrent.EpochNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The live ring: a multi-producer Disruptor of pre-allocated {@link RingEvent}s and ONE consumer thread running
 * {@link ConsumerHandler} (decode, journal, normalise, fee sign, fold, reconcile, publish). One thread for all
 * stages is deliberate: on small machines chained handler threads spin while they wait on each other
 * (measured on 2 cores: chained handler threads each spin while waiting for the one before), and one thread keeps every stage single-writer without fences between them.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Disruptor<RingEvent> disruptor;
    private final EpochNanoClock clock;
    private final int venue;
    private boolean started;
    private volatile Thread consumer;

    public Pipeline(final int ringSize, final int slotBytes, final WaitStrategyKind waitStrategy,
                    final ConsumerHandler handler, final EpochNanoClock clock, final int venue) {
        this.clock = clock;
        this.venue = venue;
        this.disruptor = new Disruptor<>(() -> new RingEvent(slotBytes), ringSize,
            r -> {
                final Thread t = new Thread(r, "reckon-consumer");
                t.setDaemon(true);
                consumer = t;
                return t;
            },
            ProducerType.MULTI, WaitStrategies.of(waitStrategy));
        disruptor.handleEventsWith(handler);
        disruptor.setDefaultExceptionHandler(new LoggingExceptionHandler());
    }

    public Pipeline start() {
        disruptor.start();
        started = true;
        return this;
    }

    /** The producers' handle; safe for any number of threads (each gets its own wire reader). */
    public RingIngress newIngress(final Supplier<WireReader> wireReaders) {
        return new RingIngress(disruptor.getRingBuffer(), wireReaders, clock, venue);
    }

    /**
     * Waits until every published event has been processed, then stops the consumer and joins it, so that its
     * shutdown work (the final state-hash checkpoint) is done before the caller closes the journal.
     */
    @Override
    public void close() {
        if (!started) {
            return;
        }
        started = false;
        try {
            disruptor.shutdown(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("consumer did not drain the ring within 10 s; halting");
            disruptor.halt();
        }
        final Thread t = consumer;
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Keeps the consumer alive: a stage that throws is a bug, logged with the event's sequence; the ring moves on.
     * Stages are written not to throw on any input, so this is the last line of defence, not a control path.
     */
    private static final class LoggingExceptionHandler implements ExceptionHandler<RingEvent> {
        @Override
        public void handleEventException(final Throwable ex, final long sequence, final RingEvent event) {
            LOG.error("stage failed on seq {} (source {}, decoded {}): continuing", sequence, event.source,
                event.decoded, ex);
        }

        @Override
        public void handleOnStartException(final Throwable ex) {
            LOG.error("consumer failed to start", ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex) {
            LOG.error("consumer failed to shut down cleanly", ex);
        }
    }
}
