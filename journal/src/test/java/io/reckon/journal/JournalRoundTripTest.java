package io.reckon.journal;

import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.RollCycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "payload of {0} bytes")
    @ValueSource(ints = {0, 1, 321, 4097, 1 << 20})
    void inputRecordKeepsEveryFieldAndPayloadByteExactly(final int payloadLength) {
        final byte[] payload = randomBytes(payloadLength, payloadLength);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(255, 4, 8, JournalLayout.FLAG_COMPRESSED | JournalLayout.FLAG_OVERSIZE, 65535,
                Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, -1L, payload, 0, payloadLength);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord(16);
            assertTrue(reader.next(record));
            assertEquals(RecordType.INPUT, record.type());
            assertEquals(1, record.layoutVersion());
            assertEquals(255, record.venue());
            assertEquals(4, record.source());
            assertEquals(8, record.topic());
            assertEquals(3, record.flags());
            assertTrue(record.isCompressed());
            assertTrue(record.isOversize());
            assertEquals(65535, record.rejectReason());
            assertEquals(Integer.MIN_VALUE, record.rejectField());
            assertEquals(Long.MAX_VALUE, record.connectionId());
            assertEquals(Long.MIN_VALUE, record.recvTimeNanos());
            assertEquals(-1L, record.sequence());
            assertEquals(payloadLength, record.payloadLength());
            assertArrayEquals(payload, Arrays.copyOf(record.payload(), record.payloadLength()));
            assertFalse(reader.next(record));
        }
    }

    @Test
    void inputRecordWritesOnlyTheGivenSliceOfThePayloadArray() {
        final byte[] frame = "xx{\"e\":\"ACCOUNT_UPDATE\"}yy".getBytes(StandardCharsets.US_ASCII);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY, new TestClock())) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 7, 1_000, 1, frame, 2, frame.length - 4);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals("{\"e\":\"ACCOUNT_UPDATE\"}",
                new String(record.payload(), 0, record.payloadLength(), StandardCharsets.US_ASCII));
            assertFalse(record.isCompressed());
            assertFalse(record.isOversize());
        }
    }

    @Test
    void sessionConfigKeepsTextStartTimeAndWriterLayout() {
        final String properties = "journal.dir=/var/reckon/j\nvenue=bingx\nnote=Grüße ✓\n";
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig(properties, 1_700_000_000_123_456_789L);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals(RecordType.SESSION_CONFIG, record.type());
            assertEquals(properties, record.configText());
            assertEquals(1_700_000_000_123_456_789L, record.sessionStartNanos());
            assertEquals(JournalLayout.VERSION, record.writerLayoutVersion());
            assertEquals(0L, record.sequence());
            assertFalse(reader.next(record));
        }
    }

    @Test
    void aJournaledConfigurationLoadsBackToTheSameEffectiveConfiguration() {
        final ReckonConfig config = ConfigLoader.fromMap(
            Map.of("environment", "vst", "ws.base_url", "wss://vst.example.test/swap-market", "ring.size", "1024"),
            Map.of(ConfigLoader.envName("journal.hash_interval"), "64"));
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig(config.toProperties(), 5);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals(config, ConfigLoader.fromJournaled(record.configText()));
        }
    }

    @Test
    void emptySessionConfigReadsBackEmpty() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig("", 0);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals("", record.configText());
        }
    }

    @Test
    void stateHashKeepsSequenceAndHash() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendHash(Long.MAX_VALUE, 0x8000_0000_0000_0001L);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals(RecordType.STATE_HASH, record.type());
            assertEquals(Long.MAX_VALUE, record.sequence());
            assertEquals(0x8000_0000_0000_0001L, record.hash());
            assertEquals(0, record.payloadLength());
        }
    }

    @Test
    void fieldsOfThePreviousRecordDoNotLeakIntoTheNext() {
        final byte[] payload = {1, 2, 3};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(1, 2, 3, 1, 4, 5, 6, 7, 8, payload, 0, 3);
            writer.appendHash(9, 10);
            writer.appendConfig("a=b\n", 11);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertTrue(reader.next(record));
            assertEquals(RecordType.STATE_HASH, record.type());
            assertEquals(0, record.venue());
            assertEquals(0, record.flags());
            assertEquals(0, record.connectionId());
            assertEquals(0, record.payloadLength());
            assertTrue(reader.next(record));
            assertEquals(RecordType.SESSION_CONFIG, record.type());
            assertEquals(0, record.hash());
            assertEquals(0, record.sequence());
        }
    }

    @Test
    void payloadBufferGrowsForALargeRecordAndIsReusedAfterwards() {
        final byte[] big = randomBytes(10_000, 1);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, big, 0, 100);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, big, 0, big.length);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 3, big, 0, 50);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord(128);
            final byte[] initial = record.payload();
            assertTrue(reader.next(record));
            assertSame(initial, record.payload());
            assertTrue(reader.next(record));
            final byte[] grown = record.payload();
            assertTrue(grown.length >= big.length);
            assertArrayEquals(big, Arrays.copyOf(grown, record.payloadLength()));
            assertTrue(reader.next(record));
            assertSame(grown, record.payload());
            assertArrayEquals(Arrays.copyOf(big, 50), Arrays.copyOf(record.payload(), record.payloadLength()));
        }
    }

    private static byte[] randomBytes(final int length, final long seed) {
        final byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
