package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTailTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "clock advanced {0} h before the append")
    @ValueSource(ints = {0, 1})
    void tailSeesARecordAppendedAfterItStartedWaiting(final int hoursLater) throws InterruptedException {
        final TestClock clock = new TestClock();
        final byte[] payload = {'{', '}'};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, clock)) {
            writer.appendConfig("a=b\n", 1);
            final CountDownLatch caughtUp = new CountDownLatch(1);
            final AtomicReference<String> result = new AtomicReference<>();
            final AtomicReference<Throwable> failure = new AtomicReference<>();
            final Thread tail = new Thread(() -> {
                try (JournalReader reader = JournalReader.open(dir)) {
                    final JournalRecord record = new JournalRecord();
                    reader.next(record);
                    // The cap only keeps a broken build from hanging; the writer appends long before it.
                    final boolean got = reader.tail(record, idleCount -> {
                        caughtUp.countDown();
                        Thread.sleep(1);
                        return idleCount < 30_000;
                    });
                    result.set(got + " " + record.type() + " seq=" + record.sequence() + " conn="
                        + record.connectionId() + " len=" + record.payloadLength());
                } catch (final Throwable t) {
                    failure.set(t);
                }
            }, "journal-tail-test");
            tail.start();
            assertTrue(caughtUp.await(30, TimeUnit.SECONDS), "tail never caught up with the writer");
            clock.advanceMillis(hoursLater * 3_600_000L);
            writer.appendInput(0, 0, 0, 0, 0, 0, 5, 6, 42, payload, 0, payload.length);
            tail.join(30_000);
            assertFalse(tail.isAlive());
            assertNull(failure.get());
            assertEquals("true INPUT seq=42 conn=5 len=2", result.get());
        }
    }

    @Test
    void tailStopsWhenThePauseGivesUpAndCountsItsIdleRounds() throws InterruptedException {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendHash(1, 2);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            final List<Integer> idleCounts = new ArrayList<>();
            assertTrue(reader.tail(record, idleCount -> {
                idleCounts.add(idleCount);
                return true;
            }));
            assertEquals(List.of(), idleCounts);
            assertFalse(reader.tail(record, idleCount -> {
                idleCounts.add(idleCount);
                return idleCount < 3;
            }));
            assertEquals(List.of(1, 2, 3), idleCounts);
        }
    }

    @Test
    void sleepingPauseSleepsAndKeepsWaitingUntilInterrupted() throws InterruptedException {
        final TailPause pause = TailPause.sleeping(java.time.Duration.ofMillis(1));
        assertTrue(pause.idle(1));
        final AtomicReference<Throwable> thrown = new AtomicReference<>();
        final Thread waiter = new Thread(() -> {
            try {
                Thread.currentThread().interrupt();
                pause.idle(1);
            } catch (final Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();
        waiter.join(30_000);
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    }
}
