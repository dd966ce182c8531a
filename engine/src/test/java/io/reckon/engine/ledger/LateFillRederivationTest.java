package io.reckon.engine.ledger;

import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A fill that arrives after later fills of its position (the stream lost its frames, the order history brings it)
 * is booked where the venue booked it: K's size, entry and own realized PnL end as if every fill had come in order.
 */
class LateFillRederivationTest {
    private static final long T0 = TestEvents.START_MS;

    private KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private TestEvents ev = k.ev;

    private Snapshot streamFill(final long at, final long orderId, final boolean buy, final PositionSide side,
                                final String qty, final String price, final String rp) {
        final TestEvents.OrderBuilder b = ev.at(at).order(orderId).symbol("BTC-USDT").positionSide(side).qty(qty)
            .cum(qty).avg(price).rp(rp);
        return k.on((buy ? b.buy() : b.sell()).build());
    }

    /** The order-history row of one whole order, received at {@code receivedAt}, last updated at {@code at}. */
    private Snapshot caughtUp(final long receivedAt, final long at, final long orderId, final boolean buy,
                              final PositionSide side, final String qty, final String price, final String profit) {
        final TestEvents.OrderHistoryBuilder h = ev.at(receivedAt).orderHistory().order(orderId).symbol("BTC-USDT")
            .positionSide(side).qty(qty).cum(qty).avg(price).profit(profit).updateTime(at);
        return k.on((buy ? h.buy() : h.sell()).build());
    }

    private long size(final int side) {
        return k.kernel.ledger().kBook().size(PositionBook.slot(ev.symbol("BTC-USDT"), side));
    }

    private long entry(final int side) {
        return k.kernel.ledger().kBook().entry(PositionBook.slot(ev.symbol("BTC-USDT"), side));
    }

    @Test
    void lostCloseBehindALaterOpenOfTheSamePositionIsBookedBeforeIt() {
        streamFill(T0, 1, false, PositionSide.SHORT, "0.0192", "60009.05", "0");
        // order 2, a BUY closing the whole SHORT at T0 + 1000, never reaches the stream
        streamFill(T0 + 2000, 3, false, PositionSide.SHORT, "0.002", "59980.7", "0");

        final Snapshot s = caughtUp(T0 + 10_000, T0 + 1000, 2, true, PositionSide.SHORT, "0.0192", "59986.3",
            "0.4368");

        assertEquals(fp("0.002"), size(PositionBook.SHORT));
        assertEquals(fp("59980.7"), entry(PositionBook.SHORT), "the venue's entry, not a blend with the closed part");
        assertEquals(fp("0.4368"), s.ownRealized, "(60009.05 − 59986.3) × 0.0192, against the right entry");
        assertEquals(1, s.rederivedFills);
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.REALIZED_PNL));
        assertEquals(0, s.delta(ReconcileRule.REALIZED_PNL));

        final Snapshot venue = k.on(ev.positions().row("BTC-USDT", PositionSide.SHORT, "0.002", "59980.7",
            "59980.7", 10).build());
        assertEquals(ReconcileStatus.OK, venue.status(ReconcileRule.POSITION_QTY));
        assertEquals(ReconcileStatus.OK, venue.status(ReconcileRule.ENTRY_PRICE));
        assertFalse(venue.frozen);
    }

    @Test
    void lostOpeningWhoseCloseCameOnTheStreamLeavesThePositionFlat() {
        final Snapshot close = streamFill(T0 + 1000, 2, true, PositionSide.SHORT, "0.01", "59900", "1");
        assertEquals(0, size(PositionBook.SHORT), "nothing to close yet: a hedge book never goes below zero");
        assertEquals(ReconcileStatus.WARN, close.status(ReconcileRule.REALIZED_PNL));
        assertEquals(Explanation.SETTLEMENT_IN_FLIGHT, close.explanation(ReconcileRule.REALIZED_PNL));

        final Snapshot s = caughtUp(T0 + 3000, T0, 1, false, PositionSide.SHORT, "0.01", "60000", "0");

        assertEquals(0, size(PositionBook.SHORT), "the venue's position: opened and closed again");
        assertEquals(fp("1"), s.ownRealized);
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.REALIZED_PNL));
        assertFalse(s.frozen);
    }

    @Test
    void lostPartialCloseFollowedByAnAddAndAnotherClose() {
        streamFill(T0, 1, true, PositionSide.LONG, "0.01", "100", "0");
        streamFill(T0 + 2000, 3, true, PositionSide.LONG, "0.01", "120", "0");
        streamFill(T0 + 3000, 4, false, PositionSide.LONG, "0.005", "130", "0.08333333");

        final Snapshot s = caughtUp(T0 + 5000, T0 + 1000, 2, false, PositionSide.LONG, "0.005", "110", "0.05");

        assertEquals(fp("0.01"), size(PositionBook.LONG));
        assertEquals(fp("113.33333333"), entry(PositionBook.LONG), "(0.005 × 100 + 0.01 × 120) / 0.015");
        assertEquals(fp("0.13333333"), s.ownRealized, "0.05 + (130 − 113.33333333) × 0.005");
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.REALIZED_PNL));
    }

    @Test
    void oneWayPositionThatFlippedOnTheLostFillIsReDerived() {
        streamFill(T0, 1, true, PositionSide.BOTH, "0.01", "100", "0");
        streamFill(T0 + 2000, 3, true, PositionSide.BOTH, "0.005", "80", "0.05");

        final Snapshot s = caughtUp(T0 + 5000, T0 + 1000, 2, false, PositionSide.BOTH, "0.02", "90", "-0.1");

        assertEquals(fp("-0.005"), size(PositionBook.BOTH), "long 0.01, sold 0.02 (short 0.01 at 90), bought 0.005");
        assertEquals(fp("90"), entry(PositionBook.BOTH));
        assertEquals(fp("-0.05"), s.ownRealized);
    }

    @Test
    void theOtherSideOfAHedgedSymbolIsNotTouched() {
        streamFill(T0, 1, true, PositionSide.LONG, "0.01", "100", "0");
        streamFill(T0 + 10, 2, false, PositionSide.SHORT, "0.01", "101", "0");
        streamFill(T0 + 2000, 4, true, PositionSide.LONG, "0.02", "110", "0");

        caughtUp(T0 + 5000, T0 + 1000, 3, false, PositionSide.LONG, "0.01", "105", "0.05");

        assertEquals(fp("0.02"), size(PositionBook.LONG));
        assertEquals(fp("110"), entry(PositionBook.LONG));
        assertEquals(fp("0.01"), size(PositionBook.SHORT));
        assertEquals(fp("101"), entry(PositionBook.SHORT));
    }

    @Test
    void earlyTradesOfAnOrderLostThenTheirRealizedCaughtUp() {
        streamFill(T0, 1, true, PositionSide.LONG, "1", "100", "0");
        // trade 1 (0.4 at 110, rp 4) lost; trade 2 (0.6 at 112, rp 7.2) carries z = 1 and the average
        final Snapshot stream = k.on(ev.at(T0 + 1000).order(2).symbol("BTC-USDT").hedgeLong().sell().qty("1").cum("1")
            .avg("111.2").rp("7.2").build());
        assertEquals(fp("11.2"), stream.ownRealized);
        assertEquals(ReconcileStatus.WARN, stream.status(ReconcileRule.REALIZED_PNL),
            "the lost trade's realized may still come: in flight, not an error");

        final Snapshot s = caughtUp(T0 + 3000, T0 + 1000, 2, false, PositionSide.LONG, "1", "111.2", "11.2");

        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.REALIZED_PNL));
        assertEquals(fp("11.2"), s.realized);
        assertEquals(0, s.rederivedFills, "nothing was late: only the realized was missing");
    }

    @Test
    void aLostMiddleTradesRealizedGoesToTheFrameThatCarriedItsQuantityNotToTheOrdersLastFrame() {
        streamFill(T0, 1, true, PositionSide.LONG, "1", "100", "0");
        // trade 1 (0.4 at 110, rp 4) lost; trade 2 (0.3 at 112, rp 3.6) carries z = 0.7; trade 3 (0.3 at 113, rp 3.9)
        k.on(ev.at(T0 + 1000).order(2).symbol("BTC-USDT").hedgeLong().sell().qty("1").cum("0.7")
            .avg("110.85714286").rp("3.6").build());
        final Snapshot last = k.on(ev.at(T0 + 1100).order(2).symbol("BTC-USDT").hedgeLong().sell().qty("1")
            .cum("1").avg("111.5").rp("3.9").build());
        assertEquals(ReconcileStatus.OK, last.status(ReconcileRule.REALIZED_PNL), "trade 3 alone is right");

        final Snapshot s = caughtUp(T0 + 3000, T0 + 1100, 2, false, PositionSide.LONG, "1", "111.5", "11.5");

        assertEquals(fp("11.5"), s.realized);
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.REALIZED_PNL),
            "the caught-up 4 completes the frame that carried trade 1, and the order adds up");
        assertFalse(s.frozen);
    }

    @Test
    void aFillWithoutAVenueTimeIsBookedAsTheNewest() {
        streamFill(T0, 1, true, PositionSide.LONG, "0.01", "100", "0");
        final RingEvent row = ev.at(T0 + 5000).orderHistory().order(2).symbol("BTC-USDT").hedgeLong().buy()
            .qty("0.01").cum("0.01").avg("200").updateTime(0).status(OrderStatus.FILLED).build();

        final Snapshot s = k.on(row);

        assertEquals(0, s.rederivedFills);
        assertEquals(fp("150"), entry(PositionBook.LONG));
    }

    @Test
    void aFillOlderThanTheFillMemoryReachesIsBookedAsTheNewest() {
        k = new KernelFixture(KernelFixture.withFillMemory(KernelFixture.bingx("1000", 10), 2));
        ev = k.ev;
        streamFill(T0 + 1000, 1, true, PositionSide.LONG, "0.01", "100", "0");
        streamFill(T0 + 2000, 2, true, PositionSide.LONG, "0.01", "200", "0");
        streamFill(T0 + 3000, 3, true, PositionSide.LONG, "0.02", "300", "0");

        final Snapshot s = caughtUp(T0 + 9000, T0, 4, true, PositionSide.LONG, "0.04", "400", "0");

        assertEquals(0, s.rederivedFills, "order 1 is already folded into the base: nothing to re-derive against");
        assertEquals(fp("0.08"), size(PositionBook.LONG));
        assertEquals(fp("312.5"), entry(PositionBook.LONG), "(1 + 2 + 6 + 16) / 0.08");
    }

    /** Fills of one LONG position: buys and sells in venue order, each at its own time and order id. */
    private record Fill(long at, long orderId, boolean buy, String qty, String price) {
    }

    private static List<Fill> randomFills(final long seed) {
        final Random random = new Random(seed);
        final List<Fill> fills = new ArrayList<>();
        long held = 0;
        for (int i = 0; i < 40; i++) {
            final long qty = (1 + random.nextInt(9)) * 1_000_000L;
            final boolean buy = held < qty || random.nextInt(3) > 0;
            held += buy ? qty : -qty;
            final String price = (90 + random.nextInt(20)) + "." + random.nextInt(10);
            fills.add(new Fill(T0 + 1000L * i, i + 1, buy, io.reckon.engine.num.FixedPoint.toPlainString(qty),
                price));
        }
        return fills;
    }

    private static long[] book(final KernelFixture f, final List<Fill> arrival) {
        for (final Fill x : arrival) {
            final TestEvents.OrderBuilder b = f.ev.at(x.at()).order(x.orderId()).symbol("BTC-USDT").hedgeLong()
                .qty(x.qty()).cum(x.qty()).avg(x.price());
            f.on((x.buy() ? b.buy() : b.sell()).build());
        }
        final int slot = PositionBook.slot(f.ev.symbol("BTC-USDT"), PositionBook.LONG);
        return new long[] {f.kernel.ledger().kBook().size(slot), f.kernel.ledger().kBook().entry(slot),
            f.current().ownRealized};
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 7, 11})
    void fillsArrivingUpToFourPlacesLateEndWhereInOrderFillsEndEvenWithASmallFillMemory(final long seed) {
        final List<Fill> inOrder = randomFills(seed);
        final long[] expected = book(new KernelFixture(KernelFixture.bingx("1000", 10)), inOrder);
        final List<Fill> late = new ArrayList<>(inOrder);
        final Random random = new Random(seed * 31);
        for (int i = 0; i + 4 < late.size(); i += 5) {
            final Fill moved = late.remove(i + random.nextInt(2));
            late.add(i + 4, moved);
        }
        final KernelFixture small = new KernelFixture(KernelFixture.withFillMemory(KernelFixture.bingx("1000", 10), 8));

        final long[] actual = book(small, late);

        assertEquals(expected[0], actual[0], "size");
        assertEquals(expected[1], actual[1], "entry");
        assertEquals(expected[2], actual[2], "own realized");
    }
}
