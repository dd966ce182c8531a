package io.reckon.engine.snapshot;

import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.EventKind;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotPublisherTest {
    private static final long SEED = 1_000_00000000L;
    private static final int PUBLISHES = 300_000;
    private static final EventKind[] KINDS = EventKind.values();
    private static final ReconcileStatus[] STATUSES = ReconcileStatus.values();

    /** Version {@code v} of a snapshot in which every field is a function of {@code v}. */
    private static void fill(final Snapshot s, final long v) {
        s.version = v;
        s.sequence = v * 3;
        s.seed = SEED;
        s.realized = 7 * v;
        s.fees = 3 * v;
        s.funding = v;
        s.transfers = -2 * v;
        s.capital = s.seed + s.realized - s.fees - s.funding + s.transfers;
        s.wallet = s.capital + 5;
        s.openNotional = 11 * v;
        s.kind = KINDS[(int) (v % KINDS.length)];
        s.status = STATUSES[(int) (v % STATUSES.length)];
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            s.ruleDelta[r] = v + r;
            s.ruleStatus[r] = s.status;
            s.ruleExplanation[r] = Explanation.values()[(int) (v % Explanation.values().length)];
        }
        for (int i = 0; i < s.kindCounts.length; i++) {
            s.kindCounts[i] = v;
        }
        for (int i = 0; i < s.rejectCounts.length; i++) {
            s.rejectCounts[i] = v;
        }
        s.stateHash = ~v;
    }

    /** Null when the copy is one consistent version; else what is wrong with it. */
    private static String inconsistency(final Snapshot s) {
        final long v = s.version;
        if (s.capital != s.seed + s.realized - s.fees - s.funding + s.transfers) {
            return "capital != seed + realized - fees - funding + transfers at version " + v;
        }
        if (s.realized != 7 * v || s.sequence != 3 * v || s.wallet != s.capital + 5 || s.openNotional != 11 * v
            || s.stateHash != ~v) {
            return "scalars of two versions mixed at version " + v;
        }
        if (s.kind != KINDS[(int) (v % KINDS.length)] || s.status != STATUSES[(int) (v % STATUSES.length)]) {
            return "enums of two versions mixed at version " + v;
        }
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            if (s.ruleDelta[r] != v + r || s.ruleStatus[r] != s.status) {
                return "rule " + r + " of another version at version " + v;
            }
        }
        for (long c : s.kindCounts) {
            if (c != v) {
                return "kind counts of another version at version " + v;
            }
        }
        for (long c : s.rejectCounts) {
            if (c != v) {
                return "reject counts of another version at version " + v;
            }
        }
        return null;
    }

    @Test
    void nothingToReadBeforeTheFirstPublish() {
        final Snapshot copy = new Snapshot();
        copy.version = 99;

        assertFalse(new SnapshotPublisher().readInto(copy));
        assertEquals(99, copy.version);
    }

    @Test
    void readersCopyIsTheirsAndDoesNotChangeWithLaterPublishes() {
        final SnapshotPublisher publisher = new SnapshotPublisher();
        final Snapshot working = new Snapshot();
        fill(working, 1);
        publisher.publish(working);
        final Snapshot copy = new Snapshot();
        assertTrue(publisher.readInto(copy));

        fill(working, 2);
        publisher.publish(working);

        assertEquals(1, copy.version);
        assertNull(inconsistency(copy));
        assertEquals(2, publisher.published());
    }

    @Test
    void concurrentReadersNeverSeeATornSnapshot() throws InterruptedException {
        final SnapshotPublisher publisher = new SnapshotPublisher();
        final AtomicBoolean writing = new AtomicBoolean(true);
        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicLong reads = new AtomicLong();
        final AtomicLong readsDuringWrites = new AtomicLong();
        final CountDownLatch readerStarted = new CountDownLatch(1);
        final Thread reader = new Thread(() -> {
            final Snapshot copy = new Snapshot();
            long lastVersion = 0;
            readerStarted.countDown();
            while (writing.get() && failure.get() == null) {
                if (!publisher.readInto(copy)) {
                    Thread.yield();
                    continue;
                }
                reads.incrementAndGet();
                final String problem = inconsistency(copy);
                if (problem != null) {
                    failure.set(problem);
                } else if (copy.version < lastVersion) {
                    failure.set("version went back from " + lastVersion + " to " + copy.version);
                }
                if (copy.version > lastVersion && copy.version < PUBLISHES) {
                    readsDuringWrites.incrementAndGet();
                }
                lastVersion = copy.version;
            }
        }, "snapshot-reader");
        reader.start();
        assertTrue(readerStarted.await(10, TimeUnit.SECONDS));

        final Snapshot working = new Snapshot();
        for (long v = 1; v <= PUBLISHES; v++) {
            fill(working, v);
            publisher.publish(working);
        }
        writing.set(false);
        reader.join(TimeUnit.SECONDS.toMillis(30));

        assertNull(failure.get());
        assertTrue(reads.get() > 0, "the reader read");
        assertTrue(readsDuringWrites.get() > 0, "some reads overlapped the writer");
        final Snapshot last = new Snapshot();
        assertTrue(publisher.readInto(last));
        assertEquals(PUBLISHES, last.version);
    }
}
