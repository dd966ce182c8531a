package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalSessionsTest {
    private static final long HOUR_MILLIS = 3_600_000L;

    @TempDir
    Path dir;

    @Test
    void severalSessionsInOneDirectoryReadBackInOrder() {
        final TestClock clock = new TestClock();
        for (int session = 1; session <= 3; session++) {
            try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, clock)) {
                writer.appendConfig("session=" + session + "\n", session * 1_000L);
                for (int i = 1; i <= 4; i++) {
                    final byte[] payload = ("s" + session + "e" + i).getBytes(StandardCharsets.US_ASCII);
                    writer.appendInput(0, 0, 0, 0, 0, 0, session, i, i, payload, 0, payload.length);
                }
                writer.appendHash(4, session * 31L);
            }
            clock.advanceMillis(60_000);
        }
        final List<String> seen = readAll(dir);
        final List<String> expected = new ArrayList<>();
        for (int session = 1; session <= 3; session++) {
            expected.add("config session=" + session + "\n@" + session * 1_000L);
            for (int i = 1; i <= 4; i++) {
                expected.add("input conn=" + session + " seq=" + i + " s" + session + "e" + i);
            }
            expected.add("hash seq=4 " + session * 31L);
        }
        assertEquals(expected, seen);
    }

    @Test
    void reopeningAppendsAfterTheLastRecordWithoutLosingAny() {
        final TestClock clock = new TestClock();
        final byte[] payload = {42};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY, clock)) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, payload, 0, 1);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, payload, 0, 1);
        }
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY, clock)) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 3, payload, 0, 1);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            long previousIndex = Long.MIN_VALUE;
            for (long seq = 1; seq <= 3; seq++) {
                assertTrue(reader.next(record));
                assertEquals(seq, record.sequence());
                assertTrue(record.index() > previousIndex);
                previousIndex = record.index();
            }
            assertFalse(reader.next(record));
        }
    }

    @ParameterizedTest(name = "{0} journal, clock advanced {1} h: {2} file(s)")
    @CsvSource({"HOURLY, 0, 1", "HOURLY, 1, 2", "HOURLY, 3, 2", "DAILY, 1, 1", "DAILY, 24, 2"})
    void rollCycleDecidesWhenANewFileStartsAndRecordsStayInOrderAcrossFiles(
        final RollCycleKind kind, final int hoursLater, final int expectedFiles) throws IOException {
        final TestClock clock = new TestClock();
        final byte[] payload = {1};
        try (JournalWriter writer = JournalWriter.open(dir, kind, clock)) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, payload, 0, 1);
            clock.advanceMillis(hoursLater * HOUR_MILLIS);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, payload, 0, 1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expectedFiles, files.filter(f -> f.toString().endsWith(".cq4")).count());
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals(1, record.sequence());
            assertTrue(reader.next(record));
            assertEquals(2, record.sequence());
            assertFalse(reader.next(record));
        }
    }

    @Test
    void anExistingJournalKeepsItsRollCycleWhenReopenedWithAnother() throws IOException {
        final TestClock clock = new TestClock();
        final byte[] payload = {1};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY, clock)) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, payload, 0, 1);
        }
        clock.advanceMillis(HOUR_MILLIS);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, clock)) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, payload, 0, 1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".cq4")).count());
        }
        assertEquals(2, readAll(dir).size());
    }

    @Test
    void aWriterMayHandAppendingToAnotherThread() throws InterruptedException {
        final byte[] payload = {1};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig("a=b\n", 1);
            writer.handOff();
            final Throwable[] failure = new Throwable[1];
            final Thread consumer = new Thread(() -> {
                try {
                    writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, payload, 0, 1);
                } catch (final Throwable t) {
                    failure[0] = t;
                }
            });
            consumer.start();
            consumer.join();
            assertEquals(null, failure[0]);
        }
        assertEquals(List.of("config a=b\n@1", "input conn=0 seq=1 \u0001"), readAll(dir));
    }

    static List<String> readAll(final Path dir) {
        final List<String> seen = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord r = new JournalRecord();
            while (reader.next(r)) {
                switch (r.type()) {
                    case SESSION_CONFIG -> seen.add("config " + r.configText() + "@" + r.sessionStartNanos());
                    case INPUT -> seen.add("input conn=" + r.connectionId() + " seq=" + r.sequence() + " "
                        + new String(r.payload(), 0, r.payloadLength(), StandardCharsets.US_ASCII));
                    case STATE_HASH -> seen.add("hash seq=" + r.sequence() + " " + r.hash());
                }
            }
        }
        return seen;
    }
}
