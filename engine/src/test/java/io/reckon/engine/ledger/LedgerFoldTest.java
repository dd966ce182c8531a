package io.reckon.engine.ledger;

import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerFoldTest {
    private KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private TestEvents ev = k.ev;

    private long size(final String symbol, final int side) {
        return k.kernel.ledger().kBook().size(PositionBook.slot(ev.symbol(symbol), side));
    }

    private long entry(final String symbol, final int side) {
        return k.kernel.ledger().kBook().entry(PositionBook.slot(ev.symbol(symbol), side));
    }

    private long exchangeSize(final String symbol, final int side) {
        return k.kernel.ledger().eBook().size(PositionBook.slot(ev.symbol(symbol), side));
    }

    private Snapshot fill(final long orderId, final boolean buy, final PositionSide side, final String qty,
                          final String price) {
        final TestEvents.OrderBuilder b = ev.order(orderId).symbol("BTC-USDT").positionSide(side).qty(qty)
            .cum(qty).avg(price);
        return k.on((buy ? b.buy() : b.sell()).build());
    }

    @Test
    void increasingFillsAverageTheEntry() {
        fill(1, true, PositionSide.LONG, "0.01", "60000");
        fill(2, true, PositionSide.LONG, "0.03", "60400");

        assertEquals(fp("0.04"), size("BTC-USDT", PositionBook.LONG));
        assertEquals(fp("60300"), entry("BTC-USDT", PositionBook.LONG), "(600 + 1812) / 0.04");
    }

    @Test
    void oneWayBookFlipsSideAndRealizesOnlyTheClosedPart() {
        fill(1, true, PositionSide.BOTH, "0.01", "60000");
        final Snapshot s = fill(2, false, PositionSide.BOTH, "0.03", "61000");

        assertEquals(fp("-0.02"), size("BTC-USDT", PositionBook.BOTH));
        assertEquals(fp("61000"), entry("BTC-USDT", PositionBook.BOTH));
        assertEquals(fp("10"), s.ownRealized);
    }

    @ParameterizedTest(name = "{0} {1} then {2} at {3}: own realized {4}")
    @CsvSource({
        "LONG,  60000, 0.004, 61000, 4",
        "LONG,  60000, 0.01,  59000, -10",
        "SHORT, 60000, 0.01,  59000, 10",
        "SHORT, 60000, 0.005, 61000, -5",
        "BOTH,  60000, 0.01,  60500, 5"})
    void reducingFillRealizesAgainstTheEntry(final PositionSide side, final String entryPrice,
                                             final String reduceQty, final String exitPrice,
                                             final String expectedOwn) {
        final boolean opensWithBuy = side != PositionSide.SHORT;
        fill(1, opensWithBuy, side, "0.01", entryPrice);

        final Snapshot s = fill(2, !opensWithBuy, side, reduceQty, exitPrice);

        assertEquals(fp(expectedOwn), s.ownRealized);
    }

    @Test
    void hedgeBooksOfOneSymbolAreIndependent() {
        fill(1, true, PositionSide.LONG, "0.01", "60000");
        final Snapshot s = fill(2, false, PositionSide.SHORT, "0.02", "60000");

        assertEquals(fp("0.01"), size("BTC-USDT", PositionBook.LONG));
        assertEquals(fp("0.02"), size("BTC-USDT", PositionBook.SHORT));
        assertEquals(2, s.openPositions);
        assertEquals(fp("1800"), s.openNotional);
    }

    @Test
    void reducingMoreThanAHedgeBookHoldsStopsAtZero() {
        fill(1, true, PositionSide.LONG, "0.01", "60000");
        final Snapshot s = fill(2, false, PositionSide.LONG, "0.02", "61000");

        assertEquals(0, size("BTC-USDT", PositionBook.LONG));
        assertEquals(0, size("BTC-USDT", PositionBook.SHORT));
        assertEquals(fp("10"), s.ownRealized, "only the 0.01 K held has a known entry");
    }

    @Test
    void capitalFoldsVenueRealizedFeesFundingAndTransfers() {
        k.on(ev.order(1).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.01").avg("61000")
            .fee("-0.305").rp("10").build());
        k.on(ev.account(BalanceReason.FUNDING_FEE).change("0.2").wallet("1").build());
        final Snapshot s = k.on(ev.account(BalanceReason.DEPOSIT).change("50").wallet("2").build());

        assertEquals(fp("1000") + fp("10") - fp("0.305") + fp("0.2") + fp("50"), s.capital);
        assertEquals(fp("-0.2"), s.funding, "funding received is negative funding paid");
        assertEquals(fp("10"), s.exchangeRealized, "E's realized is the sum of the venue's rp");
    }

    @Test
    void seedComesFromTheFirstBalanceNetOfWhatWasAlreadyFolded() {
        k = new KernelFixture(KernelFixture.bingx(null, 10));
        ev = k.ev;
        Snapshot s = k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.004").cum("0.004")
            .avg("60000").fee("-0.12").build());
        assertFalse(s.seeded);
        assertEquals(Explanation.UNSEEDED, s.explanation(ReconcileRule.CAPITAL_VS_WALLET));

        s = k.on(ev.balance().wallet("999.88").build());

        assertTrue(s.seeded);
        assertEquals(fp("1000"), s.seed);
        assertEquals(fp("999.88"), s.capital);
        assertEquals(fp("999.88"), s.peakCapital);
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.CAPITAL_VS_WALLET));
    }

    @Test
    void accountWalletBeforeAnySeedIsAdoptedSoKEqualsTheWallet() {
        k = new KernelFixture(KernelFixture.bingx(null, 10));
        ev = k.ev;
        final Snapshot s = k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("499.5").build());

        assertEquals(fp("500"), s.seed);
        assertEquals(fp("499.5"), s.capital);
        assertEquals(0, s.delta(ReconcileRule.CAPITAL_VS_WALLET));
    }

    @Test
    void laterBalancesDoNotReseed() {
        k = new KernelFixture(KernelFixture.bingx(null, 10));
        ev = k.ev;
        k.on(ev.balance().wallet("1000").build());
        final Snapshot s = k.on(ev.balance().wallet("900").build());

        assertEquals(fp("1000"), s.capital);
        assertEquals(fp("900"), s.wallet);
    }

    @Test
    void restPositionsBecomeKsOpeningBookWhileNoFillIsBooked() {
        final Snapshot s = k.on(ev.positions()
            .row("BTC-USDT", PositionSide.LONG, "0.5", "50000", "51000", 5).build());

        assertEquals(fp("0.5"), size("BTC-USDT", PositionBook.LONG));
        assertEquals(fp("50000"), entry("BTC-USDT", PositionBook.LONG));
        assertEquals(fp("25500"), s.openNotional, "at the venue's mark");
        assertEquals(fp("5100"), s.usedMargin, "at the venue's leverage");
        assertEquals(1, s.openPositions);
        assertEquals(ReconcileStatus.OK, s.status(ReconcileRule.POSITION_QTY));
    }

    @Test
    void restPositionsDoNotReplaceKsBookOnceAFillIsBooked() {
        fill(1, true, PositionSide.LONG, "0.01", "60000");
        k.on(ev.positions().row("BTC-USDT", PositionSide.LONG, "0.5", "50000", "51000", 5).build());

        assertEquals(fp("0.01"), size("BTC-USDT", PositionBook.LONG));
    }

    @Test
    void streamRowsReplaceOnlyTheRowsTheyNameAndSizeZeroRemoves() {
        k.on(ev.positions()
            .row("BTC-USDT", PositionSide.LONG, "0.01", "60000", "60000", 10)
            .row("ETH-USDT", PositionSide.SHORT, "0.5", "3000", "3000", 10).build());

        final Snapshot s = k.on(ev.account(BalanceReason.ORDER).wallet("1000")
            .position("BTC-USDT", PositionSide.LONG, "0", "0").build());

        assertEquals(0, exchangeSize("BTC-USDT", PositionBook.LONG));
        assertEquals(fp("0.5"), exchangeSize("ETH-USDT", PositionBook.SHORT));
        assertEquals(1, s.exchangeOpenPositions);
    }

    @Test
    void restPositionsReplaceEveryExchangeRow() {
        k.on(ev.account(BalanceReason.ORDER).wallet("1000")
            .position("BTC-USDT", PositionSide.LONG, "0.01", "60000")
            .position("ETH-USDT", PositionSide.SHORT, "0.5", "3000").build());

        final Snapshot s = k.on(ev.positions().row("BTC-USDT", PositionSide.LONG, "0.02", "60000", null, 0)
            .build());

        assertEquals(fp("0.02"), exchangeSize("BTC-USDT", PositionBook.LONG));
        assertEquals(0, exchangeSize("ETH-USDT", PositionBook.SHORT));
        assertEquals(1, s.exchangeOpenPositions);
    }

    @Test
    void signedHedgeRowFromAVenueIsTakenAsASize() {
        k.on(ev.account(BalanceReason.ORDER).wallet("1000")
            .position("BTC-USDT", PositionSide.SHORT, "-0.01", "60000").build());

        assertEquals(fp("0.01"), exchangeSize("BTC-USDT", PositionBook.SHORT));
    }

    @Test
    void venueMarkWinsOverTheLastFillPrice() {
        Snapshot s = fill(1, true, PositionSide.LONG, "0.01", "60000");
        assertEquals(fp("600"), s.openNotional, "no venue mark yet: the fill price");

        k.on(ev.positions().row("BTC-USDT", PositionSide.LONG, "0.01", "60000", "59000", 10).build());
        s = fill(2, true, PositionSide.LONG, "0.01", "61000");

        assertEquals(fp("1180"), s.openNotional, "0.02 at the venue's mark of 59000");
    }

    @ParameterizedTest(name = "{0} at leverage long {1} short {2}: used {3}")
    @CsvSource({
        "LONG,  20, 5, 30",
        "SHORT, 20, 5, 120",
        "LONG,  0,  5, 60",
        "BOTH,  20, 5, 30"})
    void usedMarginIsNotionalOverTheSidesLeverage(final PositionSide side, final int longLeverage,
                                                  final int shortLeverage, final String expectedUsed) {
        k.on(ev.leverage("BTC-USDT", longLeverage, shortLeverage));

        final Snapshot s = fill(1, side != PositionSide.SHORT, side, "0.01", "60000");

        assertEquals(fp(expectedUsed), s.usedMargin);
        assertEquals(s.capital - fp(expectedUsed), s.available);
    }

    @Test
    void balanceOfAnotherAssetIsNotTheWallet() {
        final Snapshot s = k.on(ev.balance().asset("USDC").wallet("5").build());

        assertFalse(s.hasWallet);
        assertEquals(ReconcileStatus.SKIPPED, s.status(ReconcileRule.CAPITAL_VS_WALLET));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a fill whose notional overflows,            90000000000, 90000000000, 0",
        "a second fill whose average overflows,      1,           90000000000, 2"})
    void absurdAmountsAreRejectedAsFoldOverflowAndLeaveNoTrace(final String name, final String qty,
                                                               final String price, final String secondCum) {
        if (!"0".equals(secondCum)) {
            k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().cum(qty).avg(price).build());
        }
        final long before = k.kernel.stateHash();
        final long capitalBefore = k.current().capital;

        final RingEvent absurd = ev.order(1).symbol("BTC-USDT").buy().hedgeLong()
            .cum("0".equals(secondCum) ? qty : secondCum).avg(price).fee("-1").build();
        final Snapshot s = k.on(absurd);

        assertEquals(EventKind.REJECTED, s.kind);
        assertEquals(RejectReason.FOLD_OVERFLOW, s.reject);
        assertEquals(1, s.count(RejectReason.FOLD_OVERFLOW));
        assertEquals(0, s.fillQty);
        assertEquals(before, k.kernel.stateHash(), "nothing of the event was kept");
        assertEquals(capitalBefore, s.capital);
    }

    @Test
    void largestFoldFitsItsUndoLog() {
        final SymbolTable symbols = new SymbolTable(200);
        final KernelStages kernel = new KernelStages(KernelFixture.bingx("1000", 10), symbols,
            SnapshotListener.NONE);
        final TestEvents events = new TestEvents(symbols);
        final PositionSide[] sides = {PositionSide.LONG, PositionSide.SHORT, PositionSide.BOTH};
        TestEvents.AccountBuilder rows = events.account(BalanceReason.ORDER);
        int count = 0;
        for (int i = symbols.size(); i < symbols.capacity(); i++) {
            for (PositionSide side : sides) {
                rows.position("S" + i, side, "1", "10");
                if (++count == PositionTable.CAPACITY) {
                    kernel.onEvent(rows.build());
                    rows = events.account(BalanceReason.ORDER);
                    count = 0;
                }
            }
        }
        kernel.onEvent(rows.build());
        final int touched = kernel.ledger().touchedSymbols();
        for (int pass = 0; pass < 2; pass++) {
            final TestEvents.PositionsBuilder snapshot = events.positions();
            for (int r = 0; r < PositionTable.CAPACITY; r++) {
                snapshot.row("S" + (symbols.capacity() - 1 - r - pass * 60), sides[r % 3], "2", "11", "12", 3);
            }
            kernel.onEvent(snapshot.build());

            assertEquals(EventKind.POSITIONS_SNAPSHOT, kernel.current().kind, "not rejected as FOLD_OVERFLOW");
            assertEquals(PositionTable.CAPACITY, kernel.current().exchangeOpenPositions);
            assertEquals(PositionTable.CAPACITY, kernel.current().openPositions, "adopted as K's opening book");
        }
        assertEquals(symbols.capacity() - 1, touched);
    }

    @Test
    void orderOfARejectedOverflowStillBooksItsNextSaneFrameInFull() {
        k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().cum("90000000000").avg("90000000000").build());

        final Snapshot s = k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().cum("0.01").avg("60000")
            .build());

        assertEquals(EventKind.PARTIAL_FILL, s.kind);
        assertEquals(fp("0.01"), s.fillQty);
        assertEquals(fp("0.01"), size("BTC-USDT", PositionBook.LONG));
    }
}
