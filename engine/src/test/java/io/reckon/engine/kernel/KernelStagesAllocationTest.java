package io.reckon.engine.kernel;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel stages allocate nothing per event after warm-up: a pre-built cycle covering every folded kind (acks,
 * partial and full fills, closes, account updates with rows, funding, REST balance and positions, leverage, cancels,
 * heartbeats, decoder rejections, order and income catch-ups) is run a million times on this thread, with fresh order
 * ids, event times and transaction keys each cycle so that the order table, account dedup and funding memory keep
 * inserting and evicting.
 */
class KernelStagesAllocationTest {
    private static final int WARM_UP = 300_000;
    private static final int MEASURED = 1_000_000;

    @Test
    void millionEventsAfterWarmUpAllocateLessThanOneKilobyte() {
        final KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
        final TestEvents ev = k.ev;
        final RingEvent[] cycle = {
            ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0").build(),
            ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000").fee("-0.12")
                .build(),
            ev.account(BalanceReason.ORDER).wallet("999.88").position("BTC-USDT", PositionSide.LONG, "0.004",
                "60000").build(),
            ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60060").fee("-0.18")
                .lastQty("0.006").build(),
            ev.account(BalanceReason.ORDER).wallet("999.7").position("BTC-USDT", PositionSide.LONG, "0.01",
                "60060").build(),
            ev.order(2).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.01").avg("61000")
                .fee("-0.305").rp("9.4").build(),
            ev.account(BalanceReason.ORDER).wallet("1008.795").position("BTC-USDT", PositionSide.LONG, "0", "0")
                .build(),
            ev.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("1008.295").build(),
            ev.balance().wallet("1008.295").used("0").available("1008.295").build(),
            ev.positions().row("ETH-USDT", PositionSide.BOTH, "-0.5", "3000", "3001", 20).build(),
            ev.leverage("BTC-USDT", 20, 10),
            ev.order(3).symbol("BTC-USDT").sell().hedgeShort().qty("0.01").cum("0").build(),
            ev.order(3).symbol("BTC-USDT").sell().hedgeShort().qty("0.01").cum("0")
                .status(OrderStatus.CANCELED).build(),
            ev.heartbeat(),
            ev.rejected(RejectReason.MALFORMED_JSON),
            ev.plain(DecodedKind.OPEN_ORDERS_SNAPSHOT, io.reckon.engine.ring.Source.POLL),
            ev.orderHistory()
                .order(4).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60000")
                .commission("-0.3").profit("0")
                .order(5).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.01").avg("61000")
                .commission("-0.305").profit("10").build(),
            ev.income().funding("BTC-USDT", "-0.25", 0, 0).build(),
            ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("1018").build(),
        };
        final long[] orderIds = new long[cycle.length];
        final long[] eventTimes = new long[cycle.length];
        for (int i = 0; i < cycle.length; i++) {
            orderIds[i] = cycle[i].order.orderId;
            eventTimes[i] = cycle[i].eventTimeMs;
        }

        run(k.kernel, cycle, orderIds, eventTimes, 0, WARM_UP);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        run(k.kernel, cycle, orderIds, eventTimes, WARM_UP, MEASURED);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over " + MEASURED + " events");
        assertEquals(WARM_UP + MEASURED, k.current().version);
        assertTrue(k.current().count(io.reckon.engine.ring.EventKind.FULL_FILL) > MEASURED / cycle.length,
            "the fills were booked, not taken for duplicates");
        assertTrue(k.current().catchUpFills >= 2L * (WARM_UP + MEASURED) / cycle.length,
            "every catch-up booked its two orders");
        assertTrue(k.current().catchUpFunding >= (WARM_UP + MEASURED) / cycle.length);
        assertTrue(k.current().count(io.reckon.engine.ring.EventKind.FUNDING_ALREADY_BOOKED)
            >= (WARM_UP + MEASURED) / cycle.length);
    }

    private static void run(final KernelStages kernel, final RingEvent[] cycle, final long[] orderIds,
                            final long[] eventTimes, final int from, final int count) {
        for (int n = from; n < from + count; n++) {
            final int i = n % cycle.length;
            final long round = n / cycle.length;
            final RingEvent e = cycle[i];
            if (e.order.orderId != 0) {
                e.order.orderId = orderIds[i] + 10 * round;
            }
            e.eventTimeMs = eventTimes[i] + 1000 * round;
            for (int r = 0; r < e.orderHistory.count; r++) {
                e.orderHistory.orderId[r] = 4 + r + 10 * round;
            }
            for (int r = 0; r < e.income.count; r++) {
                e.income.timeMs[r] = e.eventTimeMs;
                e.income.tranKey[r] = round;
            }
            e.recvTimeNanos = e.eventTimeMs * 1_000_000L;
            e.sequence = n + 1L;
            kernel.onEvent(e);
        }
    }
}
