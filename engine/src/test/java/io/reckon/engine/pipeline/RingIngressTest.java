package io.reckon.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RingIngress} in front of a real multi-producer Disruptor whose one consumer (blocking wait, so the test
 * never spins) copies what it receives.
 */
class RingIngressTest {
    private static final int VENUE = 3;
    private static final int SLOT_BYTES = 64;
    private static final long WAIT_SECONDS = 10;

    /** What the consumer saw in one slot. */
    private record Seen(long sequence, Source source, RestTopic topic, int venue, long connectionId,
                        long recvTimeNanos, String payload, boolean oversize) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000);
    private Disruptor<RingEvent> disruptor;

    private RingIngress start(final int ringSize, final Supplier<WireReader> readers, final CountDownLatch gate) {
        disruptor = new Disruptor<>(() -> new RingEvent(SLOT_BYTES), ringSize, DaemonThreadFactory.INSTANCE,
            ProducerType.MULTI, new BlockingWaitStrategy());
        final EventHandler<RingEvent> consumer = (e, sequence, endOfBatch) -> {
            gate.await();
            final byte[] bytes = e.isOversize() ? e.oversizePayload : Arrays.copyOf(e.payload, e.payloadLength);
            seen.add(new Seen(e.sequence, e.source, e.topic, e.venue, e.connectionId, e.recvTimeNanos,
                new String(bytes, StandardCharsets.US_ASCII), e.isOversize()));
        };
        disruptor.handleEventsWith(consumer);
        disruptor.start();
        return new RingIngress(disruptor.getRingBuffer(), readers, () -> clock.getAndAdd(1_000), VENUE);
    }

    private RingIngress start(final Supplier<WireReader> readers) {
        return start(64, readers, new CountDownLatch(0));
    }

    private static WireReader copying() {
        return (wire, binary, into) -> {
            final byte[] bytes = new byte[wire.remaining()];
            wire.get(bytes);
            into.setPayload(bytes, 0, bytes.length);
        };
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private void awaitSeen(final int count) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(count, seen.size(), "events consumed");
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (disruptor != null) {
            disruptor.shutdown(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyKindOfInputIsStampedFilledAndPublishedInOrder() throws InterruptedException {
        final RingIngress ingress = start(RingIngressTest::copying);
        final byte[] body = ascii("xx{\"b\":1}yy");

        ingress.wire(7, ByteBuffer.wrap(ascii("{\"e\":\"ORDER\"}")), false);
        ingress.poll(8, RestTopic.BALANCE, body, 2, 7);
        ingress.ack(9, RestTopic.ORDER_PLACED, body, 2, 7);
        ingress.intent(body, 2, 7);
        ingress.control(10, body, 2, 7);
        assertTrue(ingress.tryPublish(Source.ACK, 11, RestTopic.ORDER_CANCELED, body, 2, 7));

        awaitSeen(6);
        assertEquals(List.of(
            new Seen(0, Source.WS, RestTopic.NONE, VENUE, 7, 1_000, "{\"e\":\"ORDER\"}", false),
            new Seen(1, Source.POLL, RestTopic.BALANCE, VENUE, 8, 2_000, "{\"b\":1}", false),
            new Seen(2, Source.ACK, RestTopic.ORDER_PLACED, VENUE, 9, 3_000, "{\"b\":1}", false),
            new Seen(3, Source.INTENT, RestTopic.NONE, VENUE, 0, 4_000, "{\"b\":1}", false),
            new Seen(4, Source.CONTROL, RestTopic.NONE, VENUE, 10, 5_000, "{\"b\":1}", false),
            new Seen(5, Source.ACK, RestTopic.ORDER_CANCELED, VENUE, 11, 6_000, "{\"b\":1}", false)), seen);
    }

    @Test
    void aSlotIsResetBeforeReuseSoNothingOfTheLastLapLeaks() throws InterruptedException {
        final RingIngress ingress = start(4, RingIngressTest::copying, new CountDownLatch(0));
        final byte[] longer = ascii("{\"a\":\"long body\"}");
        final byte[] shorter = ascii("{}");
        for (int i = 0; i < 4; i++) {
            ingress.poll(1, RestTopic.POSITIONS, longer, 0, longer.length);
        }
        awaitSeen(4);

        ingress.control(2, shorter, 0, shorter.length);

        awaitSeen(5);
        assertEquals(new Seen(4, Source.CONTROL, RestTopic.NONE, VENUE, 2, 5_000, "{}", false), seen.get(4));
    }

    @Test
    void aBodyLargerThanASlotIsKeptWhole() throws InterruptedException {
        final RingIngress ingress = start(RingIngressTest::copying);
        final String big = "{\"rows\":\"" + "x".repeat(SLOT_BYTES * 2) + "\"}";

        ingress.poll(1, RestTopic.ALL_ORDERS, ascii(big), 0, big.length());
        ingress.wire(2, ByteBuffer.wrap(ascii(big)), false);

        awaitSeen(2);
        assertEquals(big, seen.get(0).payload());
        assertTrue(seen.get(0).oversize());
        assertEquals(big, seen.get(1).payload());
        assertTrue(seen.get(1).oversize());
    }

    @Test
    void aWireReaderThatThrowsStillPublishesItsSlotSoTheRingMovesOn() throws InterruptedException {
        final RingIngress ingress = start(() -> (wire, binary, into) -> {
            if (binary) {
                throw new IllegalStateException("reader bug");
            }
            copying().read(wire, false, into);
        });

        assertThrows(IllegalStateException.class, () -> ingress.wire(1, ByteBuffer.wrap(ascii("gz")), true));
        ingress.wire(1, ByteBuffer.wrap(ascii("{}")), false);

        awaitSeen(2);
        assertEquals(new Seen(0, Source.WS, RestTopic.NONE, VENUE, 1, 1_000, "", false), seen.get(0));
        assertEquals("{}", seen.get(1).payload());
    }

    @Test
    void eachProducerThreadReadsWireFramesWithItsOwnReader() throws InterruptedException {
        final Map<WireReader, Set<Thread>> usedBy = new ConcurrentHashMap<>();
        final AtomicInteger created = new AtomicInteger();
        final RingIngress ingress = start(() -> {
            created.incrementAndGet();
            final WireReader copy = copying();
            return new WireReader() {
                @Override
                public void read(final ByteBuffer wire, final boolean binary, final RingEvent into) {
                    usedBy.computeIfAbsent(this, r -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
                    copy.read(wire, binary, into);
                }
            };
        });
        final int perThread = 500;
        final List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            final long connection = t + 1;
            producers.add(new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    ingress.wire(connection, ByteBuffer.wrap(ascii(connection + ":" + i)), false);
                }
            }, "producer-" + t));
        }
        producers.forEach(Thread::start);
        for (final Thread p : producers) {
            p.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }

        awaitSeen(2 * perThread);
        assertEquals(2, created.get(), "one reader per producer thread");
        assertEquals(2, usedBy.size());
        usedBy.values().forEach(threads -> assertEquals(1, threads.size(), "a reader stays on its thread"));
        final int[] next = new int[3];
        for (int i = 0; i < seen.size(); i++) {
            final Seen s = seen.get(i);
            assertEquals(i, s.sequence(), "ring sequences, gap-free");
            final int connection = (int) s.connectionId();
            assertEquals(connection + ":" + next[connection]++, s.payload(), "each producer's frames in its order");
        }
    }

    @Test
    void tryPublishReturnsFalseOnAFullRingWithoutWaitingOrPublishing() throws InterruptedException {
        final CountDownLatch gate = new CountDownLatch(1);
        final RingIngress ingress = start(4, RingIngressTest::copying, gate);
        final byte[] body = ascii("{}");
        for (int i = 0; i < 4; i++) {
            assertTrue(ingress.tryPublish(Source.CONTROL, i, RestTopic.NONE, body, 0, body.length), "slot " + i);
        }

        assertFalse(ingress.tryPublish(Source.CONTROL, 99, RestTopic.NONE, body, 0, body.length),
            "four slots published, none consumed: the ring is full");

        gate.countDown();
        awaitSeen(4);
        assertTrue(ingress.tryPublish(Source.CONTROL, 5, RestTopic.NONE, body, 0, body.length));
        awaitSeen(5);
        final List<Long> connections = new ArrayList<>();
        for (final Seen s : seen) {
            connections.add(s.connectionId());
        }
        assertEquals(List.of(0L, 1L, 2L, 3L, 5L), connections, "the refused one never reached the ring");
        assertEquals(4, seen.get(4).sequence());
    }
}
