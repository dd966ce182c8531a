package io.reckon.engine.pipeline;

import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.ring.RingEvent;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every event published reaches the consumer, in order, whichever way the consumer waits: in bursts it takes
 * without waiting, and after pauses long enough for BACKOFF to have given up spinning and yielding and blocked, so
 * the producer's publish must wake it. Only the strategies that leave the core free are run (tests never spin on a
 * 2-core machine); BACKOFF spins and yields briefly on its way to blocking.
 */
class PipelineWaitStrategyTest {
    private static final int BURSTS = 20;
    private static final int PER_BURST = 50;
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @EnumSource(value = WaitStrategyKind.class, names = {"BLOCKING", "SLEEPING", "BACKOFF"})
    void everyEventReachesTheConsumerInOrderAcrossBurstsAndIdlePauses(final WaitStrategyKind kind)
        throws InterruptedException {
        final Counting stages = new Counting();
        final ConsumerHandler handler = new ConsumerHandler(new NoDecoding(), JournalSink.NONE, stages);
        final Pipeline pipeline = new Pipeline(64, 256, kind, handler, new SystemEpochNanoClock(), 0).start();
        try {
            final RingIngress ingress = pipeline.newIngress(() -> (wire, binary, into) -> { });
            for (int b = 0; b < BURSTS; b++) {
                for (int i = 0; i < PER_BURST; i++) {
                    ingress.control(0, BODY, 0, BODY.length);
                }
                // longer than BACKOFF's spin and yield phases together: the consumer is blocked by the next burst
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
            }
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (stages.count.get() < BURSTS * PER_BURST && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        } finally {
            pipeline.close();
        }
        assertEquals(BURSTS * PER_BURST, stages.count.get(), kind + ": events processed");
        assertTrue(stages.inOrder, kind + ": ring sequences arrive in publish order");
    }

    private static final class Counting implements BusinessStages {
        final AtomicLong count = new AtomicLong();
        volatile boolean inOrder = true;
        private long last = -1;

        @Override
        public boolean onEvent(final RingEvent event) {
            if (event.sequence != last + 1) {
                inOrder = false;
            }
            last = event.sequence;
            count.incrementAndGet();
            return false;
        }

        @Override
        public long checkpointHash() {
            return 0;
        }

        @Override
        public long stateHash() {
            return count.get();
        }
    }

    private static final class NoDecoding implements VenueCodec {
        @Override
        public void decode(final RingEvent event) {
        }

        @Override
        public String fieldName(final int fieldId) {
            return "";
        }

        @Override
        public WireReader newWireReader() {
            return (wire, binary, into) -> { };
        }
    }
}
