package io.reckon.engine.reconcile;

import io.reckon.config.ReconcileBounds;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R1-R7 against the default bounds: epsilon 0.0001, pending fee 20, realized rounding 0.05, lot step
 * 0.001, mark staleness 0.3 %, leverage band 2, settlement window 5000 ms, entry rounding 0.001 %. Seed 1000,
 * default leverage 10.
 */
class ReconcilerTest {
    private static final long WINDOW = ReconcileBounds.defaults().settlementWindowMs();

    private KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private TestEvents ev = k.ev;

    private Snapshot fillBtc(final long orderId, final boolean buy, final PositionSide side, final String qty,
                             final String price, final String rp) {
        final TestEvents.OrderBuilder b = ev.order(orderId).symbol("BTC-USDT").positionSide(side).qty(qty)
            .cum(qty).avg(price).rp(rp);
        return k.on((buy ? b.buy() : b.sell()).build());
    }

    private Snapshot exchangeLong(final String symbol, final String size) {
        return k.on(ev.account(BalanceReason.ORDER).wallet("1000")
            .position(symbol, PositionSide.LONG, size, "60000").build());
    }

    private static void assertRule(final Snapshot s, final ReconcileRule rule, final ReconcileStatus status,
                                   final Explanation explanation) {
        assertEquals(status, s.status(rule), rule + " status");
        assertEquals(explanation, s.explanation(rule), rule + " explanation");
    }

    // ---- R1

    @ParameterizedTest(name = "K − wallet = {0}: {1} {2}")
    @CsvSource({
        "0,           OK,    NONE",
        "0.0001,      OK,    NONE",
        "0.00011,     WARN,  UNSETTLED_FEE",
        "-5,          WARN,  UNSETTLED_FEE",
        "20,          WARN,  UNSETTLED_FEE",
        "20.00000001, ERROR, MISMATCH",
        "-25,         ERROR, MISMATCH"})
    void capitalAgainstWallet(final String kMinusWallet, final ReconcileStatus status,
                              final Explanation explanation) {
        final String wallet = FixedPoint.toPlainString(fp("1000") - fp(kMinusWallet));

        final Snapshot s = k.on(ev.balance().wallet(wallet).build());

        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, status, explanation);
        assertEquals(fp(kMinusWallet), s.delta(ReconcileRule.CAPITAL_VS_WALLET));
    }

    @Test
    void aFillBeforeItsAccountUpdateIsInFlightNotAnError() {
        k.on(ev.balance().wallet("1000").build());

        Snapshot s = fillBtc(1, false, PositionSide.LONG, "0.01", "60000", "30");
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);
        assertEquals(fp("30"), s.delta(ReconcileRule.CAPITAL_VS_WALLET));
        assertFalse(s.frozen, "30 USDT is beyond the pending-fee bound, but it is exactly the fill in flight");

        s = k.on(ev.account(BalanceReason.ORDER).wallet("1030").change("30").build());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.OK, Explanation.NONE);
    }

    @Test
    void anAccountUpdateBeforeItsFillIsInFlightNotAnError() {
        k.on(ev.balance().wallet("1000").build());

        Snapshot s = k.on(ev.account(BalanceReason.ORDER).wallet("1030").change("30").build());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);
        assertFalse(s.frozen);

        s = fillBtc(1, false, PositionSide.LONG, "0.01", "60000", "30");
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.OK, Explanation.NONE);
    }

    @Test
    void anInFlightDifferenceThatOutlivesTheSettlementWindowIsAnError() {
        k.on(ev.balance().wallet("1000").build());
        final long filledAt = ev.nowMs();
        fillBtc(1, false, PositionSide.LONG, "0.01", "60000", "30");

        Snapshot s = k.on(ev.at(filledAt + WINDOW - 1).heartbeat());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);

        s = k.on(ev.at(filledAt + WINDOW).heartbeat());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertTrue(s.frozen);
    }

    @Test
    void aWalletJumpNoFrameExplainsIsAnErrorAtOnce() {
        k.on(ev.balance().wallet("1000").build());

        final Snapshot s = k.on(ev.account(BalanceReason.ORDER).wallet("1030").change("0").build());

        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertTrue(s.frozen);
    }

    @Test
    void aRestWalletAheadOfTheCatchUpIsInFlightUntilTheCatchUpLands() {
        k.on(ev.balance().wallet("1000").build());

        Snapshot s = k.on(ev.balance().wallet("1030").build());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);
        assertFalse(s.frozen);

        s = k.on(ev.orderHistory().order(9).symbol("BTC-USDT").hedgeLong().sell().qty("0.01").cum("0.01")
            .avg("60000").profit("30").build());
        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.OK, Explanation.NONE);
    }

    @Test
    void anUnexplainedDifferenceIsNotExcusedByTheNextRestPoll() {
        k.on(ev.balance().wallet("1000").build());
        k.on(ev.account(BalanceReason.ORDER).wallet("1030").change("0").build());

        final Snapshot s = k.on(ev.balance().wallet("1030").build());

        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.ERROR, Explanation.MISMATCH);
    }

    @Test
    void aCatchUpSettlesTheUnexplainedPartAndLeavesTheFillInFlightExplained() {
        k.on(ev.balance().wallet("1000").build());
        // the funding frame was lost: the next account frame's wallet already paid 25 of funding
        k.on(ev.account(BalanceReason.ORDER).wallet("975").change("0").build());
        fillBtc(1, false, PositionSide.LONG, "0.01", "60000", "30");
        assertEquals(ReconcileStatus.ERROR, k.current().status(ReconcileRule.CAPITAL_VS_WALLET));

        final Snapshot s = k.on(ev.income().funding("BTC-USDT", "-25", ev.nowMs(), 77).build());

        assertRule(s, ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);
        assertEquals(fp("30"), s.delta(ReconcileRule.CAPITAL_VS_WALLET));
    }

    @Test
    void capitalIsNotComparedBeforeTheSeed() {
        k = new KernelFixture(KernelFixture.bingx(null, 10));
        ev = k.ev;

        assertRule(k.on(ev.heartbeat()), ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.SKIPPED,
            Explanation.UNSEEDED);
    }

    @Test
    void capitalIsNotComparedBeforeTheVenueReportsAWallet() {
        assertRule(k.on(ev.heartbeat()), ReconcileRule.CAPITAL_VS_WALLET, ReconcileStatus.SKIPPED,
            Explanation.NO_EXCHANGE_FACT);
    }

    // ---- R2

    @ParameterizedTest(name = "venue rp {0} against K's own 10: {1} {2}")
    @CsvSource({
        "10,      OK,    NONE",
        "10.0001, OK,    NONE",
        "10.05,   WARN,  LOT_STEP_ROUNDING",
        "9.9439,  WARN,  LOT_STEP_ROUNDING",
        "9.9438,  WARN,  SETTLEMENT_IN_FLIGHT",
        "10.06,   WARN,  SETTLEMENT_IN_FLIGHT",
        "0,       WARN,  SETTLEMENT_IN_FLIGHT"})
    void ownRealizedAgainstTheFillsVenueRealizedWithinAPerFillBound(final String venueRp,
                                                                   final ReconcileStatus status,
                                                                   final Explanation explanation) {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final Snapshot s = fillBtc(2, false, PositionSide.LONG, "0.01", "61000", venueRp);

        assertRule(s, ReconcileRule.REALIZED_PNL, status, explanation);
        assertEquals(fp("10") - fp(venueRp), s.delta(ReconcileRule.REALIZED_PNL));
    }

    @Test
    void realizedIsComparedPerFillSoRoundingNeverAccumulates() {
        fillBtc(1, true, PositionSide.LONG, "0.05", "60000", "0");
        Snapshot s = null;
        for (int i = 0; i < 5; i++) {
            s = fillBtc(2 + i, false, PositionSide.LONG, "0.01", "61000", "10.00009");
        }

        assertEquals(fp("50"), s.ownRealized);
        assertEquals(fp("50.00045"), s.realized, "the drift the running totals used to compare");
        assertRule(s, ReconcileRule.REALIZED_PNL, ReconcileStatus.OK, Explanation.NONE);
        assertEquals(fp("-0.00009"), s.delta(ReconcileRule.REALIZED_PNL));
    }

    @Test
    void aFillsRealizedMismatchIsAnErrorAfterTheWindowUntilTheNextFillIsRight() {
        fillBtc(1, true, PositionSide.LONG, "0.02", "60000", "0");
        final long closedAt = ev.nowMs();
        fillBtc(2, false, PositionSide.LONG, "0.01", "61000", "7");

        Snapshot s = k.on(ev.at(closedAt + WINDOW).heartbeat());
        assertRule(s, ReconcileRule.REALIZED_PNL, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertEquals(fp("3"), s.delta(ReconcileRule.REALIZED_PNL));

        s = fillBtc(3, false, PositionSide.LONG, "0.01", "62000", "20");
        assertRule(s, ReconcileRule.REALIZED_PNL, ReconcileStatus.OK, Explanation.NONE);
        assertFalse(s.frozen, "one bad fill does not linger");
    }

    @Test
    void aPastFillsRealizedMismatchStopsFreezingOnceEveryOtherRuleAgrees() {
        k.on(ev.balance().wallet("1000").build());
        k.on(ev.positions().build());
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final long closedAt = ev.nowMs();
        fillBtc(2, false, PositionSide.LONG, "0.01", "61000", "7");
        k.on(ev.account(BalanceReason.ORDER).wallet("1007").change("7").build());

        final Snapshot s = k.on(ev.at(closedAt + WINDOW).heartbeat());

        assertRule(s, ReconcileRule.REALIZED_PNL, ReconcileStatus.WARN, Explanation.PAST_FILL_MISMATCH);
        assertEquals(fp("3"), s.delta(ReconcileRule.REALIZED_PNL), "still reported");
        assertFalse(s.frozen, "wallet and positions agree: nothing to freeze on");
    }

    // ---- R3

    @Test
    void positionsAreNotComparedBeforeTheVenueReportsAny() {
        assertRule(fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0"), ReconcileRule.POSITION_QTY,
            ReconcileStatus.SKIPPED, Explanation.NO_EXCHANGE_FACT);
    }

    @Test
    void positionWithinALotStepIsAWarning() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final Snapshot s = exchangeLong("BTC-USDT", "0.0105");

        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.LOT_STEP_ROUNDING);
        assertEquals(fp("-0.0005"), s.delta(ReconcileRule.POSITION_QTY));
    }

    @Test
    void positionMismatchIsInFlightForTheSettlementWindowThenAnError() {
        k.on(ev.positions().build());
        final long filledAt = ev.nowMs();
        Snapshot s = fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        assertEquals(fp("0.01"), s.delta(ReconcileRule.POSITION_QTY));

        s = k.on(ev.at(filledAt + WINDOW - 1).heartbeat());
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        assertFalse(s.frozen);

        s = k.on(ev.at(filledAt + WINDOW).heartbeat());
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertTrue(s.frozen);

        s = exchangeLong("BTC-USDT", "0.01");
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.OK, Explanation.NONE);
    }

    @Test
    void accountUpdateMayPrecedeItsFill() {
        Snapshot s = exchangeLong("BTC-USDT", "0.01");
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        assertEquals(fp("-0.01"), s.delta(ReconcileRule.POSITION_QTY));

        s = fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.OK, Explanation.NONE);
    }

    @Test
    void eachPositionHasItsOwnSettlementClock() {
        final long t0 = ev.nowMs();
        exchangeLong("BTC-USDT", "0.01");
        k.on(ev.at(t0 + WINDOW - 1000).order(1).symbol("BTC-USDT").buy().hedgeLong().cum("0.01").avg("60000")
            .build());
        exchangeLong("ETH-USDT", "0.5");

        final Snapshot s = k.on(ev.at(t0 + WINDOW + 1000).heartbeat());

        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        assertEquals(fp("-0.5"), s.delta(ReconcileRule.POSITION_QTY));
    }

    // ---- R4

    @ParameterizedTest(name = "K 0.01 vs E {0} at 60000: {1} {2}")
    @CsvSource({
        "0.01,    OK,   NONE",
        "0.01002, WARN, MARK_PRICE_STALENESS",
        "0.0101,  WARN, SETTLEMENT_IN_FLIGHT"})
    void openNotionalWithinTheStalenessBand(final String exchangeSize, final ReconcileStatus status,
                                            final Explanation explanation) {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final Snapshot s = exchangeLong("BTC-USDT", exchangeSize);

        assertRule(s, ReconcileRule.OPEN_NOTIONAL, status, explanation);
        assertEquals(fp("600") - FixedPoint.mul(fp(exchangeSize), fp("60000")), s.delta(ReconcileRule.OPEN_NOTIONAL));
    }

    @Test
    void openNotionalBeyondTheBandBecomesAnErrorAfterTheWindow() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final long seenAt = ev.nowMs();
        exchangeLong("BTC-USDT", "0.0101");

        final Snapshot s = k.on(ev.at(seenAt + WINDOW).heartbeat());

        assertRule(s, ReconcileRule.OPEN_NOTIONAL, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.LOT_STEP_ROUNDING);
        assertEquals(ReconcileRule.OPEN_NOTIONAL, s.worstRule);
    }

    // ---- R5

    @ParameterizedTest(name = "K used 60 vs E {0}: {1} {2}")
    @CsvSource({
        "60,        OK,    NONE",
        "60.0001,   OK,    NONE",
        "61.5,      WARN,  LEVERAGE_ROUNDING",
        "58,        WARN,  LEVERAGE_ROUNDING",
        "62.1,      WARN,  SETTLEMENT_IN_FLIGHT"})
    void usedMarginAgainstAFreshRestBalance(final String exchangeUsed, final ReconcileStatus status,
                                            final Explanation explanation) {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final Snapshot s = k.on(ev.balance().wallet("1000").used(exchangeUsed).build());

        assertRule(s, ReconcileRule.USED_MARGIN, status, explanation);
        assertEquals(fp("60") - fp(exchangeUsed), s.delta(ReconcileRule.USED_MARGIN));
    }

    @Test
    void usedMarginBeyondTheBandBecomesAnErrorAfterTheWindow() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final long seenAt = ev.nowMs();
        k.on(ev.balance().wallet("1000").used("70").build());

        final Snapshot s = k.on(ev.at(seenAt + WINDOW).heartbeat());

        assertRule(s, ReconcileRule.USED_MARGIN, ReconcileStatus.ERROR, Explanation.MISMATCH);
    }

    @Test
    void usedMarginOlderThanKsPositionsIsNotCompared() {
        k.on(ev.balance().wallet("1000").used("0").build());
        assertRule(k.current(), ReconcileRule.USED_MARGIN, ReconcileStatus.OK, Explanation.NONE);

        final Snapshot s = fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");

        assertRule(s, ReconcileRule.USED_MARGIN, ReconcileStatus.SKIPPED, Explanation.NO_EXCHANGE_FACT);
    }

    @Test
    void usedMarginIsNotComparedWithoutARestBalance() {
        assertRule(fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0"), ReconcileRule.USED_MARGIN,
            ReconcileStatus.SKIPPED, Explanation.NO_EXCHANGE_FACT);
    }

    // ---- R6

    @Test
    void openPositionCountMismatchIsInFlightThenAnError() {
        k.on(ev.positions().build());
        final long filledAt = ev.nowMs();
        Snapshot s = fillBtc(1, true, PositionSide.LONG, "0.0005", "60000", "0");
        assertRule(s, ReconcileRule.OPEN_POSITIONS, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        assertEquals(1, s.delta(ReconcileRule.OPEN_POSITIONS));

        s = k.on(ev.at(filledAt + WINDOW).heartbeat());

        assertRule(s, ReconcileRule.OPEN_POSITIONS, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertRule(s, ReconcileRule.POSITION_QTY, ReconcileStatus.WARN, Explanation.LOT_STEP_ROUNDING);

        s = exchangeLong("BTC-USDT", "0.0005");
        assertRule(s, ReconcileRule.OPEN_POSITIONS, ReconcileStatus.OK, Explanation.NONE);
        assertEquals(0, s.delta(ReconcileRule.OPEN_POSITIONS));
    }

    // ---- R7

    private Snapshot exchangeLongAt(final String size, final String entry) {
        return k.on(ev.account(BalanceReason.ORDER).wallet("1000")
            .position("BTC-USDT", PositionSide.LONG, size, entry).build());
    }

    @ParameterizedTest(name = "K 0.01 at 60000, venue entry {0}: {1} {2}")
    @CsvSource({
        "60000,       OK,   NONE",
        "60000.0001,  OK,   NONE",
        "60000.6,     WARN, PRICE_ROUNDING",
        "59999.41,    WARN, PRICE_ROUNDING",
        "60000.7,     WARN, SETTLEMENT_IN_FLIGHT"})
    void entryAgainstTheVenuesWhereBothHoldTheSameSize(final String venueEntry, final ReconcileStatus status,
                                                       final Explanation explanation) {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");

        final Snapshot s = exchangeLongAt("0.01", venueEntry);

        assertRule(s, ReconcileRule.ENTRY_PRICE, status, explanation);
        assertEquals(status == ReconcileStatus.OK ? 0 : fp("60000") - fp(venueEntry),
            s.delta(ReconcileRule.ENTRY_PRICE));
    }

    @Test
    void aWrongEntryOutlivingTheWindowIsAnError() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final long seenAt = ev.nowMs();
        exchangeLongAt("0.01", "59000");

        final Snapshot s = k.on(ev.at(seenAt + WINDOW).heartbeat());

        assertRule(s, ReconcileRule.ENTRY_PRICE, ReconcileStatus.ERROR, Explanation.MISMATCH);
        assertEquals(fp("1000"), s.delta(ReconcileRule.ENTRY_PRICE));
        assertTrue(s.frozen);
    }

    @Test
    void entriesAreNotComparedWhileTheSizesDiffer() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");

        final Snapshot s = exchangeLongAt("0.02", "59000");

        assertRule(s, ReconcileRule.ENTRY_PRICE, ReconcileStatus.OK, Explanation.NONE);
        assertEquals(ReconcileStatus.WARN, s.status(ReconcileRule.POSITION_QTY));
    }

    // ---- overall status and the freeze

    @Test
    void overallStatusIsTheWorstAndNamesTheFirstRuleThatReachedIt() {
        fillBtc(1, true, PositionSide.LONG, "0.01", "60000", "0");
        final Snapshot s = k.on(ev.balance().wallet("1030").used("70").build());

        assertEquals(ReconcileStatus.ERROR, s.status);
        assertEquals(ReconcileRule.CAPITAL_VS_WALLET, s.worstRule);
        assertEquals(ReconcileStatus.WARN, s.status(ReconcileRule.USED_MARGIN));
    }

    @Test
    void allOkHasNoWorstRule() {
        final Snapshot s = k.on(ev.balance().wallet("1000").used("0").build());

        assertEquals(ReconcileStatus.OK, s.status);
        assertEquals(ReconcileRule.NONE, s.worstRule);
    }

    @Test
    void errorFreezesWarnUnfreezesAndFrozenTimeIsTrackedInEventTime() {
        final long t0 = ev.nowMs();
        Snapshot s = k.on(ev.at(t0).balance().wallet("1030").build());
        assertTrue(s.frozen);
        assertEquals(0, s.frozenForMs);

        s = k.on(ev.at(t0 + 100).heartbeat());
        assertTrue(s.frozen);
        assertEquals(100, s.frozenForMs);

        s = k.on(ev.at(t0 + 300).balance().wallet("1005").build());
        assertEquals(ReconcileStatus.WARN, s.status);
        assertFalse(s.frozen, "WARN is in-flight settlement: it unfreezes");
        assertEquals(0, s.frozenForMs);
        assertEquals(300, s.totalFrozenMs);

        s = k.on(ev.at(t0 + 1000).balance().wallet("900").build());
        assertTrue(s.frozen);
        s = k.on(ev.at(t0 + 1050).balance().wallet("1000").build());
        assertEquals(ReconcileStatus.OK, s.status);
        assertFalse(s.frozen);
        assertEquals(350, s.totalFrozenMs);
    }
}
