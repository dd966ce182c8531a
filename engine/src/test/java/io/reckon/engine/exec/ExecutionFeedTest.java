package io.reckon.engine.exec;

import io.reckon.engine.intent.IntentCodec;
import io.reckon.engine.intent.IntentEncoder;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.router.PlanRequest;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.KernelFixture;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionFeedTest {
    private final SymbolTable symbols = new SymbolTable(16);
    private final List<ExecMessage> posted = new ArrayList<>();
    private final ExecutionFeed feed = new ExecutionFeed(symbols, new ExecSink() {
        @Override
        public ExecMessage claim() {
            return new ExecMessage();
        }

        @Override
        public void post(final ExecMessage message) {
            posted.add(message);
        }
    });

    private static RingEvent event(final Source source, final long connectionId) {
        final RingEvent e = new RingEvent(256);
        e.source = source;
        e.connectionId = connectionId;
        e.sequence = 42;
        e.recvTimeNanos = 1_700_000_000_123_456_789L;
        return e;
    }

    private static RingEvent intent(final IntentVerdict verdict, final int symbolId) {
        final RingEvent e = event(Source.INTENT, 0);
        e.decoded = DecodedKind.INTENT;
        e.kind = EventKind.INTENT;
        e.intent.symbolId = symbolId;
        e.intent.verdict = verdict;
        return e;
    }

    private static RingEvent orderUpdate(final String clientId) {
        final RingEvent e = event(Source.WS, 3);
        e.decoded = DecodedKind.ORDER_UPDATE;
        e.kind = EventKind.PARTIAL_FILL;
        final byte[] b = clientId.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, e.order.clientOrderId, 0, b.length);
        e.order.clientOrderIdLength = b.length;
        e.order.orderId = 99;
        e.order.cumulativeQty = 5;
        return e;
    }

    private static RingEvent control(final long connectionId, final byte[] text) {
        final RingEvent e = event(Source.CONTROL, connectionId);
        e.setPayload(text, 0, text.length);
        e.decoded = DecodedKind.CONTROL;
        return e;
    }

    @Test
    void forwardsAcceptedIntentsWithTheirSymbolAndNeverRefusedOnes() {
        final int btc = symbols.intern("BTC-USDT");
        feed.onProcessed(intent(IntentVerdict.REFUSED_FROZEN, btc));
        assertTrue(posted.isEmpty());
        feed.onProcessed(intent(IntentVerdict.ACCEPTED, btc));
        final ExecMessage m = posted.get(0);
        assertEquals(ExecMessageKind.INTENT, m.kind);
        assertEquals("BTC-USDT", new String(m.symbol, 0, m.symbolLength, StandardCharsets.US_ASCII));
        assertEquals(1_700_000_000_123L, m.timeMs);
        assertEquals(42, m.sequence);
    }

    @Test
    void forwardsOnlyOrderUpdatesCarryingOurMark() {
        feed.onProcessed(orderUpdate(""));
        feed.onProcessed(orderUpdate("web-123"));
        feed.onProcessed(orderUpdate("rkrun-e1"));
        assertEquals(1, posted.size());
        assertEquals(99, posted.get(0).order.orderId);
        final RingEvent rejected = orderUpdate("rkrun-e2");
        rejected.decoded = DecodedKind.REJECTED;
        feed.onProcessed(rejected);
        assertEquals(1, posted.size(), "an update the kernel rejected tells the desk nothing reliable");
    }

    @Test
    void forwardsRepliesToCommandsDecodedOrNotAndIgnoresOtherConnections() {
        final RingEvent ack = event(Source.ACK, ExecChannel.connectionOf(7));
        ack.topic = RestTopic.ORDER_PLACED;
        ack.decoded = DecodedKind.ORDER_ACK;
        ack.ack.outcome = AckOutcome.ACCEPTED;
        ack.order.orderId = 5;
        feed.onProcessed(ack);
        final RingEvent unreadable = event(Source.ACK, ExecChannel.connectionOf(8));
        unreadable.topic = RestTopic.ORDER_CANCELED;
        unreadable.decoded = DecodedKind.REJECTED;
        feed.onProcessed(unreadable);
        feed.onProcessed(event(Source.ACK, 2));
        assertEquals(2, posted.size());
        assertEquals(7, posted.get(0).commandId);
        assertTrue(posted.get(0).decoded);
        assertEquals(AckOutcome.ACCEPTED, posted.get(0).ack.outcome);
        assertEquals(8, posted.get(1).commandId);
        assertEquals(RestTopic.ORDER_CANCELED, posted.get(1).topic);
        assertTrue(!posted.get(1).decoded);
    }

    @Test
    void forwardsTheOpenOrdersThatConfirmACancelMarkingLongListsTruncated() {
        final RingEvent poll = event(Source.POLL, ExecChannel.connectionOf(3));
        poll.topic = RestTopic.OPEN_ORDERS;
        poll.decoded = DecodedKind.OPEN_ORDERS_SNAPSHOT;
        for (int i = 0; i < ExecMessage.OPEN_ORDER_CAPACITY + 1; i++) {
            poll.openOrders.orderId[poll.openOrders.add()] = 1_000 + i;
        }
        feed.onProcessed(poll);
        final RingEvent streamRepair = event(Source.POLL, 1);
        streamRepair.topic = RestTopic.OPEN_ORDERS;
        feed.onProcessed(streamRepair);
        final RingEvent failed = event(Source.POLL, ExecChannel.connectionOf(4));
        failed.topic = RestTopic.OPEN_ORDERS;
        failed.decoded = DecodedKind.REJECTED;
        feed.onProcessed(failed);

        assertEquals(2, posted.size());
        assertEquals(ExecMessage.OPEN_ORDER_CAPACITY, posted.get(0).openOrderCount);
        assertTrue(posted.get(0).openOrdersTruncated);
        assertEquals(1_000, posted.get(0).openOrderIds[0]);
        assertEquals(-1, posted.get(1).openOrderCount, "an unreadable list is unknown, not empty");
    }

    @Test
    void forwardsTheExecutionThreadsTicksAndSessionButNoOtherControl() {
        feed.onProcessed(control(ExecChannel.connectionOf(0), ExecControl.tick()));
        feed.onProcessed(control(ExecChannel.connectionOf(0), ExecControl.session("abc1")));
        feed.onProcessed(control(1, ExecControl.tick()));
        feed.onProcessed(control(ExecChannel.connectionOf(0), "{\"event\":\"other\"}".getBytes(
            StandardCharsets.US_ASCII)));
        assertEquals(2, posted.size());
        assertEquals(ExecMessageKind.TICK, posted.get(0).kind);
        assertEquals(ExecMessageKind.SESSION, posted.get(1).kind);
        assertEquals("abc1", ExecControl.runId(posted.get(1).text, posted.get(1).textLength));
    }

    @Test
    void theInboxHandsMessagesOverInOrderAndTheConsumerWaitsRatherThanDropWhenAllAreInFlight() throws Exception {
        final ExecutionInbox inbox = new ExecutionInbox(2);
        final ExecMessage a = inbox.claim();
        a.sequence = 1;
        inbox.post(a);
        final ExecMessage b = inbox.claim();
        b.sequence = 2;
        inbox.post(b);
        final AtomicReference<ExecMessage> third = new AtomicReference<>();
        final CountDownLatch claimed = new CountDownLatch(1);
        final Thread consumer = new Thread(() -> {
            third.set(inbox.claim());
            claimed.countDown();
        });
        consumer.start();
        assertTrue(!claimed.await(100, TimeUnit.MILLISECONDS), "the consumer waits while both are in flight");
        final ExecMessage first = inbox.poll();
        assertEquals(1, first.sequence);
        inbox.release(first);
        assertTrue(claimed.await(5, TimeUnit.SECONDS));
        assertSame(first, third.get());
        assertEquals(0, third.get().sequence, "a claimed message comes back cleared");
        assertEquals(2, inbox.poll().sequence);
        assertNull(inbox.poll());
        consumer.join();
    }

    @Test
    void theConsumerSideAllocatesNothingPerEventOnceWarm() {
        final KernelFixture k = new KernelFixture(KernelFixture.bingx("10000", 5));
        final IntentCodec codec = new IntentCodec(k.symbols);
        final ExecutionInbox inbox = new ExecutionInbox(64);
        final ExecutionFeed live = new ExecutionFeed(k.symbols, inbox);
        final IntentEncoder enc = new IntentEncoder();
        final RingEvent entry = event(Source.INTENT, 0);
        enc.enter("t-1", "BTC-USDT", PositionSide.LONG, FixedPoint.parse("0.01"), 5, FixedPoint.parse("60000"),
            PlanRequest.SPREAD_UNKNOWN);
        entry.setPayload(enc.buffer(), 0, enc.length());
        final RingEvent update = orderUpdate("rkrun-e1");
        final RingEvent tick = control(ExecChannel.connectionOf(0), ExecControl.tick());
        final RingEvent[] cycle = {entry, update, tick};
        final Runnable once = () -> {
            for (RingEvent e : cycle) {
                if (e.source == Source.INTENT) {
                    codec.decode(e);
                    e.recvTimeNanos += 1_000_000;
                    k.kernel.onEvent(e);
                }
                live.onProcessed(e);
                inbox.release(inbox.poll());
            }
        };
        for (int i = 0; i < 200_000; i++) {
            once.run();
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 400_000; i++) {
            once.run();
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over 1.2 million events");
        assertEquals(600_000, k.current().count(IntentVerdict.ACCEPTED));
        assertEquals(IntentVerdict.ACCEPTED, entry.intent.verdict);
    }
}
