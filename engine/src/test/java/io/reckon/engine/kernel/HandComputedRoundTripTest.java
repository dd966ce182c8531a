package io.reckon.engine.kernel;

import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Python predecessor's acceptance criterion on a session computed by hand: |K capital − wallet| &lt; 1 USDT and not frozen after
 * every round trip, with K equal to the hand value exactly. BingX conventions: hedge mode, {@code n} negative for a
 * fee charged (0.05 % taker), fill sizes only as cumulative {@code z}, an ACCOUNT_UPDATE after each fill.
 */
class HandComputedRoundTripTest {
    private final KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private final TestEvents ev = k.ev;

    private void assertSettled(final Snapshot s, final String expectedCapital) {
        assertEquals(fp(expectedCapital), s.capital, "K equals the hand value exactly");
        assertTrue(Math.abs(s.capital - s.wallet) < fp("1"), "|K - wallet| < 1 USDT");
        assertFalse(s.frozen);
        assertEquals(ReconcileStatus.OK, s.status, () -> "worst " + s.worstRule);
    }

    @Test
    void longThenShortRoundTripsWithFundingAndWithdrawal() {
        k.on(ev.balance().wallet("1000").available("1000").used("0").build());
        k.on(ev.positions().build());

        // Round trip 1: long 0.01 @ 60000 in two partial fills, exit @ 61000.
        assertEquals(EventKind.ORDER_ACK, k.on(ev.order(101).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0").build()).kind);
        Snapshot s = k.on(ev.order(101).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0.004").avg("60000").fee("-0.12").build());
        assertEquals(fp("0.12"), s.feeCost);
        assertEquals(fp("999.88"), s.capital);
        assertEquals(ReconcileStatus.WARN, s.status, "the wallet has not caught up yet: in flight, not frozen");
        assertFalse(s.frozen);
        k.on(ev.account(BalanceReason.ORDER).wallet("999.88")
            .position("BTC-USDT", PositionSide.LONG, "0.004", "60000").build());
        s = k.on(ev.order(101).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0.01").avg("60000").fee("-0.18").build());
        assertEquals(EventKind.FULL_FILL, s.kind);
        assertEquals(fp("0.006"), s.fillQty);
        s = k.on(ev.account(BalanceReason.ORDER).wallet("999.70")
            .position("BTC-USDT", PositionSide.LONG, "0.01", "60000").build());
        assertSettled(s, "999.70");
        assertEquals(fp("600"), s.openNotional);
        assertEquals(fp("60"), s.usedMargin);
        assertEquals(fp("939.70"), s.available);
        assertEquals(1, s.openPositions);

        k.on(ev.order(102).symbol("BTC-USDT").sell().hedgeLong().qty("0.01")
            .cum("0.01").avg("61000").fee("-0.305").rp("10").build());
        s = k.on(ev.account(BalanceReason.ORDER).wallet("1009.395")
            .position("BTC-USDT", PositionSide.LONG, "0", "0").build());
        assertSettled(s, "1009.395");
        assertEquals(fp("10"), s.ownRealized);
        assertEquals(0, s.openPositions);

        // Funding paid, then a withdrawal.
        s = k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("1008.895").build());
        assertEquals(EventKind.FUNDING, s.kind);
        assertSettled(s, "1008.895");
        s = k.on(ev.account(BalanceReason.WITHDRAW).change("-100").wallet("908.895").build());
        assertEquals(EventKind.TRANSFER, s.kind);
        assertSettled(s, "908.895");

        // Round trip 2: short 0.02; the second fill's price is derived from the average (60550·0.02 − 60500·0.01)
        // / 0.01 = 60600, entry (60500 + 60600) / 2 = 60550; exit @ 60000: rp = 0.55 · 20 = 11.
        k.on(ev.order(201).symbol("BTC-USDT").sell().hedgeShort().qty("0.02")
            .cum("0.01").avg("60500").fee("-0.3025").build());
        k.on(ev.account(BalanceReason.ORDER).wallet("908.5925")
            .position("BTC-USDT", PositionSide.SHORT, "0.01", "60500").build());
        s = k.on(ev.order(201).symbol("BTC-USDT").sell().hedgeShort().qty("0.02")
            .cum("0.02").avg("60550").fee("-0.303").build());
        assertEquals(fp("60600"), s.fillPrice);
        s = k.on(ev.account(BalanceReason.ORDER).wallet("908.2895")
            .position("BTC-USDT", PositionSide.SHORT, "0.02", "60550").build());
        assertSettled(s, "908.2895");

        k.on(ev.order(202).symbol("BTC-USDT").buy().hedgeShort().qty("0.02")
            .cum("0.02").avg("60000").fee("-0.6").rp("11").build());
        s = k.on(ev.account(BalanceReason.ORDER).wallet("918.6895")
            .position("BTC-USDT", PositionSide.SHORT, "0", "0").build());
        assertSettled(s, "918.6895");

        assertEquals(fp("21"), s.realized);
        assertEquals(fp("21"), s.ownRealized);
        assertEquals(0, s.delta(ReconcileRule.REALIZED_PNL));
        assertEquals(fp("1.8105"), s.fees);
        assertEquals(fp("0.5"), s.funding);
        assertEquals(fp("-100"), s.transfers);
        assertEquals(fp("1009.395"), s.peakCapital);
        assertEquals(0, s.totalFrozenMs);
    }
}
