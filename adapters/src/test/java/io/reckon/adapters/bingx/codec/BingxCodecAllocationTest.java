package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing once warm: bytes measured by the JVM's per-thread allocation counter around a
 * million decodes of every corpus frame, gzipped, from heap and direct buffers alike.
 */
class BingxCodecAllocationTest {
    private static final long BUDGET_BYTES = 1024;

    private static com.sun.management.ThreadMXBean threads;

    @BeforeAll
    static void allocationCounterIsAvailable() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @Test
    void fromWireOfGzippedFramesAllocatesNothingOnceWarm() {
        final BingxCodec codec = new BingxCodec(new SymbolTable(256), new SymbolTable(32));
        final RingEvent event = new RingEvent(4096);
        final ByteBuffer[] frames = gzippedCorpusAndPing();

        final int[] kinds = run(codec, event, frames, 100_000);
        final long before = threads.getCurrentThreadAllocatedBytes();
        run(codec, event, frames, 1_000_000);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < BUDGET_BYTES, allocated + " bytes allocated by 1,000,000 fromWire calls");
        assertEquals(0, kinds[DecodedKind.NONE.ordinal()]);
        assertNotEquals(0, kinds[DecodedKind.ORDER_UPDATE.ordinal()]);
        assertNotEquals(0, kinds[DecodedKind.ACCOUNT_UPDATE.ordinal()]);
        assertNotEquals(0, kinds[DecodedKind.HEARTBEAT.ordinal()]);
        assertNotEquals(0, kinds[DecodedKind.REJECTED.ordinal()]);
    }

    @Test
    void restSnapshotsDecodeWithoutAllocatingOnceWarm() {
        final BingxCodec codec = new BingxCodec(new SymbolTable(256), new SymbolTable(32));
        final RingEvent event = new RingEvent(4096);
        final RestTopic[] topics = {RestTopic.BALANCE, RestTopic.POSITIONS, RestTopic.OPEN_ORDERS,
            RestTopic.ALL_ORDERS, RestTopic.INCOME, RestTopic.BALANCE};
        final byte[][] bodies = {Corpus.rest("balance_v3.json"), Corpus.rest("positions_v2.json"),
            Corpus.rest("open_orders_v2.json"), Corpus.rest("all_orders_v2.json"), Corpus.rest("income_v2.json"),
            Corpus.rest("error_rate_limit.json")};

        decodeRest(codec, event, topics, bodies, 50_000);
        final long before = threads.getCurrentThreadAllocatedBytes();
        final int rejected = decodeRest(codec, event, topics, bodies, 100_000);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < BUDGET_BYTES, allocated + " bytes allocated by 100,000 REST decodes");
        assertEquals(16_666, rejected, "the rate-limit body only: every other body decodes");
    }

    private static int[] run(final BingxCodec codec, final RingEvent event, final ByteBuffer[] frames,
                             final int calls) {
        final int[] kinds = new int[DecodedKind.values().length];
        for (int i = 0; i < calls; i++) {
            event.reset();
            event.source = Source.WS;
            codec.fromWire(frames[i % frames.length], true, event);
            kinds[event.decoded.ordinal()]++;
        }
        return kinds;
    }

    private static int decodeRest(final BingxCodec codec, final RingEvent event, final RestTopic[] topics,
                                  final byte[][] bodies, final int calls) {
        int rejected = 0;
        for (int i = 0; i < calls; i++) {
            final int k = i % bodies.length;
            event.reset();
            event.source = Source.POLL;
            event.topic = topics[k];
            event.setPayload(bodies[k], 0, bodies[k].length);
            codec.decode(event);
            if (event.decoded == DecodedKind.REJECTED) {
                rejected++;
            }
        }
        return rejected;
    }

    /** Every corpus frame plus a Ping, gzipped; alternately in heap and direct buffers. */
    private static ByteBuffer[] gzippedCorpusAndPing() {
        final List<byte[]> payloads = new ArrayList<>();
        for (final String file : Corpus.frames()) {
            payloads.add(Corpus.frame(file));
        }
        payloads.add("Ping".getBytes(StandardCharsets.US_ASCII));
        final ByteBuffer[] frames = new ByteBuffer[payloads.size()];
        for (int i = 0; i < frames.length; i++) {
            final byte[] gz = Gzip.jdk(payloads.get(i));
            frames[i] = i % 2 == 0 ? ByteBuffer.wrap(gz) : ByteBuffer.allocateDirect(gz.length).put(gz).flip();
        }
        return frames;
    }
}
