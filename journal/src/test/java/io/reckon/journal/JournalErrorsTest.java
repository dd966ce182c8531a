package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalErrorsTest {
    @TempDir
    Path dir;

    @Test
    void refusesAMissingDirectoryAndCreatesNothing() {
        final Path missing = dir.resolve("nope").resolve("journal");
        final JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(missing));
        assertEquals("no journal at " + missing, e.getMessage());
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void refusesADirectoryWithoutQueueFilesAndCreatesNothing() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a journal");
        final JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertEquals(dir + " is not a reckon journal: no .cq4 files", e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void readingAJournalChangesNoFile() throws IOException {
        final byte[] payload = {1};
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, payload, 0, 1);
        }
        final String before = listing(dir);
        try (JournalReader reader = JournalReader.open(dir)) {
            assertTrue(reader.next(new JournalRecord()));
        }
        assertEquals(before, listing(dir));
    }

    @Test
    void refusesARecordWrittenByANewerLayout() {
        appendRaw(dir, b -> {
            b.writeShort((short) 2);
            b.writeByte(RecordType.STATE_HASH.code());
            b.writeLong(1);
            b.writeLong(2);
        });
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalException e = assertThrows(JournalException.class, () -> reader.next(new JournalRecord()));
            assertEquals(dir + " was written by journal layout v2; this build reads up to v1", e.getMessage());
        }
    }

    static Stream<Arguments> corruptRecords() {
        return Stream.of(
            Arguments.of("empty document", (Consumer<Bytes<?>>) b -> { },
                "is truncated: header needs 3 bytes"),
            Arguments.of("layout version zero", (Consumer<Bytes<?>>) b -> {
                b.writeShort((short) 0);
                b.writeByte(RecordType.INPUT.code());
            }, "has invalid layout version 0"),
            Arguments.of("unknown type", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte((byte) 0x7F);
            }, "has unknown type 127"),
            Arguments.of("input cut inside the envelope", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte(RecordType.INPUT.code());
                b.writeLong(1);
            }, "is truncated: INPUT needs 38 bytes, 8 present"),
            Arguments.of("input payload shorter than its length", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte(RecordType.INPUT.code());
                b.write(new byte[34]);
                b.writeInt(100);
                b.write(new byte[10]);
            }, "is truncated: INPUT payload of 100 bytes, 10 present"),
            Arguments.of("negative payload length", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte(RecordType.SESSION_CONFIG.code());
                b.write(new byte[10]);
                b.writeInt(-1);
            }, "is truncated: SESSION_CONFIG payload of -1 bytes, 0 present"),
            Arguments.of("state hash cut short", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte(RecordType.STATE_HASH.code());
                b.writeLong(1);
            }, "is truncated: STATE_HASH needs 16 bytes, 8 present"),
            Arguments.of("trailing bytes", (Consumer<Bytes<?>>) b -> {
                b.writeShort(JournalLayout.VERSION);
                b.writeByte(RecordType.STATE_HASH.code());
                b.writeLong(1);
                b.writeLong(2);
                b.writeByte((byte) 9);
            }, "STATE_HASH record 0x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptRecords")
    void refusesACorruptRecordNamingTheDirectoryAndMovesPastIt(
        final String name, final Consumer<Bytes<?>> corrupt, final String problem) {
        appendRaw(dir, corrupt);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendHash(77, 88);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            final JournalException e = assertThrows(JournalException.class, () -> reader.next(record));
            assertTrue(e.getMessage().startsWith(dir + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(problem), e.getMessage());
            assertTrue(reader.next(record));
            assertEquals(77, record.sequence());
            assertEquals(88, record.hash());
        }
    }

    @Test
    void writerRefusesValuesThatDoNotFitTheirFieldAndWritesNothing() {
        final byte[] payload = new byte[8];
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            assertThrows(IllegalArgumentException.class,
                () -> writer.appendInput(256, 0, 0, 0, 0, 0, 0, 0, 0, payload, 0, 1));
            assertThrows(IllegalArgumentException.class,
                () -> writer.appendInput(0, -1, 0, 0, 0, 0, 0, 0, 0, payload, 0, 1));
            assertThrows(IllegalArgumentException.class,
                () -> writer.appendInput(0, 0, 0, 4, 0, 0, 0, 0, 0, payload, 0, 1));
            assertThrows(IllegalArgumentException.class,
                () -> writer.appendInput(0, 0, 0, 0, 65536, 0, 0, 0, 0, payload, 0, 1));
            assertThrows(IndexOutOfBoundsException.class,
                () -> writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 0, payload, 4, 5));
            final byte[] tooBig = new byte[JournalWriter.MAX_PAYLOAD_BYTES + 1];
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 0, tooBig, 0, tooBig.length));
            assertTrue(e.getMessage().contains("exceeds the journal limit"), e.getMessage());
            writer.appendHash(1, 1);
        }
        assertEquals(1, JournalSessionsTest.readAll(dir).size());
    }

    @Test
    void theLargestAllowedPayloadFitsInOneRecord() {
        final byte[] largest = new byte[JournalWriter.MAX_PAYLOAD_BYTES];
        largest[largest.length - 1] = 7;
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, largest, 0, largest.length);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord();
            assertTrue(reader.next(record));
            assertEquals(largest.length, record.payloadLength());
            assertEquals(7, record.payload()[largest.length - 1]);
        }
    }

    @Test
    void aClosedWriterRefusesAppendsNamingItsDirectory() {
        final JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock());
        writer.close();
        writer.close();
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.appendHash(1, 1));
        assertEquals("journal " + dir + " is closed", e.getMessage());
    }

    private static void appendRaw(final Path dir, final Consumer<Bytes<?>> body) {
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir)
            .rollCycle(RollCycles.FAST_HOURLY)
            .timeProvider(new TestClock()::millis)
            .build()) {
            final ExcerptAppender appender = queue.createAppender();
            try (DocumentContext dc = appender.writingDocument()) {
                body.accept(dc.wire().bytes());
            }
        }
    }

    private static String listing(final Path dir) throws IOException {
        final StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (final Path f : (Iterable<Path>) files::iterator) {
                sb.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
                    .append(Files.getLastModifiedTime(f)).append('\n');
            }
        }
        return sb.toString();
    }
}
