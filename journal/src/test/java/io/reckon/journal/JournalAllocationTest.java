package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing after warm-up, measured with the JVM's per-thread allocation counter (every TLAB
 * and outside-TLAB allocation of the calling thread).
 *
 * <p>Chronicle maps a cycle file in chunks of the block size (64 MiB). Mapping the next chunk allocates a few KB on
 * the thread that crosses into it, a cost per 64 MiB of journal rather than per record; the per-record tests keep
 * their measured window inside one chunk, and {@link #crossingIntoTheNextMappedChunkCostsOnlyAFewKilobytes} bounds
 * the chunk cost separately.
 */
class JournalAllocationTest {
    private static final int BATCH = 100_000;
    private static final long BUDGET_BYTES = 1024;
    /** Chronicle's document header plus the INPUT fixed part. */
    private static final int RECORD_OVERHEAD = 4 + JournalLayout.HEADER_BYTES + JournalLayout.INPUT_FIXED_BYTES;

    @TempDir
    Path dir;

    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void appendingInputsAndHashesAllocatesLessThanOneKilobyteOverAHundredThousandAppends() {
        final byte[] frame = ("{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1700000000000,\"o\":{\"s\":\"BTC-USDT\","
            + "\"c\":\"abc\",\"i\":1234567890123456789,\"S\":\"BUY\",\"o\":\"MARKET\",\"q\":\"0.0100\","
            + "\"p\":\"0\",\"ap\":\"37000.5\",\"x\":\"TRADE\",\"X\":\"FILLED\",\"N\":\"USDT\",\"n\":\"-0.1850\"}}")
            .getBytes(StandardCharsets.US_ASCII);
        assertTrue(2L * BATCH * (frame.length + RECORD_OVERHEAD) < ChronicleQueues.BLOCK_SIZE,
            "warm-up and measured appends must fit one mapped chunk");
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig("venue=bingx\n", 1);
            appendBatch(writer, frame, 0, BATCH);
            final long before = threads.getCurrentThreadAllocatedBytes();
            appendBatch(writer, frame, BATCH, BATCH);
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < BUDGET_BYTES, "appending " + BATCH + " records allocated " + allocated + " bytes");
        }
    }

    @Test
    void readingRecordsAllocatesLessThanOneKilobyteOnceThePayloadBufferFits() {
        final byte[] frame = new byte[32];
        // Reads are cheap, so the JIT needs more of them than appends before its last tier settles.
        final int warmUp = 3 * BATCH;
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            appendBatch(writer, frame, 0, warmUp + BATCH);
        }
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord record = new JournalRecord(frame.length);
            long read = 0;
            for (int i = 0; i < warmUp; i++) {
                read += reader.next(record) ? 1 : 0;
            }
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < BATCH; i++) {
                read += reader.next(record) ? 1 : 0;
            }
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertEquals(warmUp + BATCH, read);
            assertTrue(allocated < BUDGET_BYTES, "reading " + BATCH + " records allocated " + allocated + " bytes");
        }
    }

    @Test
    void crossingIntoTheNextMappedChunkCostsOnlyAFewKilobytes() {
        final byte[] frame = new byte[4096];
        Arrays.fill(frame, (byte) 'x');
        final int perChunk = (int) (ChronicleQueues.BLOCK_SIZE / (frame.length + RECORD_OVERHEAD)) + 1;
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            appendBatch(writer, frame, 0, perChunk);
            final long before = threads.getCurrentThreadAllocatedBytes();
            appendBatch(writer, frame, perChunk, perChunk);
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // A leak of even one 16-byte object per record would be 16 B x 16k records = 256 KiB.
            assertTrue(allocated < 32 * 1024,
                "appending " + perChunk + " records across a chunk boundary allocated " + allocated + " bytes");
        }
    }

    private static void appendBatch(final JournalWriter writer, final byte[] frame, final long firstSequence,
                                    final int count) {
        for (int i = 0; i < count; i++) {
            final long seq = firstSequence + i;
            if ((seq & 1023) == 1023) {
                writer.appendHash(seq, seq * 31);
            } else {
                writer.appendInput(0, 0, 0, 0, 0, 0, 3, seq * 1_000, seq, frame, 0, frame.length);
            }
        }
    }
}
