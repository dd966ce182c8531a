package io.reckon.engine.kernel;

import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.RandomSession;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader thread copies the kernel's published snapshots while the consumer folds a session. */
class KernelSnapshotConcurrencyTest {
    private static String inconsistency(final Snapshot s) {
        if (s.capital != s.seed + s.realized - s.fees - s.funding + s.transfers) {
            return "capital != seed + realized - fees - funding + transfers at version " + s.version;
        }
        if (s.available != s.capital - s.usedMargin) {
            return "available != capital - used margin at version " + s.version;
        }
        long kinds = 0;
        for (long c : s.kindCounts) {
            kinds += c;
        }
        long rejects = 0;
        for (long c : s.rejectCounts) {
            rejects += c;
        }
        if (kinds != s.version || rejects != s.count(EventKind.REJECTED)) {
            return "counts of another version at version " + s.version;
        }
        return null;
    }

    @Test
    void everySnapshotReadWhileTheKernelFoldsIsInternallyConsistent() throws InterruptedException {
        final SymbolTable symbols = new SymbolTable(64);
        final List<RingEvent> events = new RandomSession(7, new TestEvents(symbols), "1000").generate(800);
        final KernelStages kernel = new KernelStages(KernelFixture.bingx("1000", 10), symbols,
            SnapshotListener.NONE);
        final AtomicBoolean folding = new AtomicBoolean(true);
        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicLong reads = new AtomicLong();
        final CountDownLatch started = new CountDownLatch(1);
        final Thread reader = new Thread(() -> {
            final Snapshot copy = new Snapshot();
            started.countDown();
            while (folding.get() && failure.get() == null) {
                if (kernel.publisher().readInto(copy)) {
                    reads.incrementAndGet();
                    final String problem = inconsistency(copy);
                    if (problem != null) {
                        failure.set(problem);
                    }
                }
                Thread.yield();
            }
        }, "kernel-snapshot-reader");
        reader.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        final RingEvent slot = new RingEvent(64);
        for (RingEvent e : events) {
            TestEvents.copy(e, slot);
            kernel.onEvent(slot);
        }
        folding.set(false);
        reader.join(TimeUnit.SECONDS.toMillis(30));

        assertNull(failure.get());
        assertTrue(reads.get() > 0);
        assertEquals(events.size(), kernel.publisher().published());
    }
}
