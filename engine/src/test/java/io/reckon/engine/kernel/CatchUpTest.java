package io.reckon.engine.kernel;

import io.reckon.engine.ledger.PositionBook;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Function;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fills and funding missed while blind, booked from the REST order and income histories exactly once, whichever of
 * the stream and the history shows them first. Fees are BingX-signed on input (negative = cost); a taker fill of
 * 0.01 BTC at 60 000 costs 0.3.
 */
class CatchUpTest {
    private final KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private final TestEvents ev = k.ev;

    private long longSize(final KernelFixture f) {
        return f.kernel.ledger().kBook().size(PositionBook.slot(f.ev.symbol("BTC-USDT"), PositionBook.LONG));
    }

    private long longEntry(final KernelFixture f) {
        return f.kernel.ledger().kBook().entry(PositionBook.slot(f.ev.symbol("BTC-USDT"), PositionBook.LONG));
    }

    /** Order 1 bought 0.01 BTC at 60 000 in one trade, as the order history reports it. */
    private static RingEvent openingHistory(final TestEvents e) {
        return e.orderHistory().order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01")
            .avg("60000").commission("-0.3").profit("0").build();
    }

    /** The same order as the stream shows it: NEW, then one TRADE with z = q. */
    private static List<RingEvent> openingStream(final TestEvents e) {
        return List.of(
            e.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0").build(),
            e.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60000").fee("-0.3")
                .rp("0").build());
    }

    @Test
    void fillSeenOnlyInTheOrderHistoryIsBookedOnceWithItsFeeAndPrice() {
        final Snapshot s = k.on(openingHistory(ev));

        assertEquals(EventKind.ORDERS_CATCH_UP, s.kind);
        assertEquals(fp("0.3"), s.feeCost);
        assertEquals(fp("0.3"), s.fees);
        assertEquals(fp("999.7"), s.capital);
        assertEquals(fp("0.01"), longSize(k));
        assertEquals(fp("60000"), longEntry(k));
        assertEquals(1, s.catchUpFills);
        assertEquals(1, s.openPositions);

        final Snapshot again = k.on(openingHistory(ev));
        assertEquals(fp("999.7"), again.capital);
        assertEquals(fp("0.01"), longSize(k));
        assertEquals(1, again.catchUpFills, "the overlapping next catch-up returns the same row");
    }

    @Test
    void streamFramesArrivingAfterTheHistoryAddNothing() {
        k.on(openingHistory(ev));
        for (RingEvent late : openingStream(ev)) {
            final Snapshot s = k.on(late);
            assertEquals(EventKind.ORDER_NO_CHANGE, s.kind);
            assertEquals(0, s.feeCost);
        }
        assertEquals(fp("999.7"), k.current().capital);
        assertEquals(fp("0.01"), longSize(k));
    }

    @Test
    void historyRowOfAFillTheStreamDeliveredAddsNothing() {
        openingStream(ev).forEach(k::on);
        final Snapshot s = k.on(openingHistory(ev));

        assertEquals(EventKind.ORDERS_CATCH_UP, s.kind);
        assertEquals(0, s.feeCost);
        assertEquals(fp("999.7"), s.capital);
        assertEquals(fp("0.01"), longSize(k));
        assertEquals(0, s.catchUpFills);
        assertEquals(0, s.catchUpAdjustments);
    }

    @Test
    void partialFillOnTheStreamCompletedInTheHistoryBooksOnlyTheRestWithItsFeeAndRealized() {
        openingStream(ev).forEach(k::on);
        // order 2 closes the long: 0.004 at 61 000 on the stream, the other 0.006 at 61 500 only in the history
        k.on(ev.order(2).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.004").avg("61000")
            .fee("-0.122").rp("4").build());

        final Snapshot s = k.on(ev.orderHistory().order(2).symbol("BTC-USDT").sell().hedgeLong().qty("0.01")
            .cum("0.01").avg("61300").commission("-0.3065").profit("13").build());

        assertEquals(fp("0.1845"), s.feeCost, "0.006 x 61 500 x 0.05 %");
        assertEquals(fp("9"), s.realizedPnl, "0.006 x (61 500 - 60 000)");
        assertEquals(fp("13"), s.realized);
        assertEquals(fp("13"), s.ownRealized, "K's own book priced the rest at 61 500 too");
        assertEquals(fp("0.6065"), s.fees);
        assertEquals(fp("1012.3935"), s.capital);
        assertEquals(0, longSize(k));
        assertEquals(1, s.catchUpFills);
    }

    @Test
    void openingOrderPartlyOnTheStreamGrowsThePositionOnlyByTheRest() {
        k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000").fee("-0.12")
            .build());
        final RingEvent history = ev.orderHistory().order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0.01").avg("60060").commission("-0.3003").profit("0").build();

        final Snapshot s = k.on(history);

        assertEquals(fp("0.006"), history.orderHistory.fillQty[0]);
        assertEquals(fp("60100"), history.orderHistory.fillPrice[0], "(60 060 x 0.01 - 60 000 x 0.004) / 0.006");
        assertEquals(fp("0.01"), longSize(k));
        assertEquals(fp("60060"), longEntry(k));
        assertEquals(fp("0.3003"), s.fees);
        assertEquals(fp("999.6997"), s.capital);
    }

    @Test
    void lostMiddleTradeBooksTheMissingFeeAndRealizedWhenTheHistoryShowsThem() {
        openingStream(ev).forEach(k::on);
        // order 2 closed in two trades; the first frame was lost, the second carries z = q and its own n and rp
        k.on(ev.order(2).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.01").avg("61300")
            .fee("-0.1845").rp("9").build());
        assertEquals(fp("999.7") + fp("9") - fp("0.1845"), k.current().capital);

        final Snapshot s = k.on(ev.orderHistory().order(2).symbol("BTC-USDT").sell().hedgeLong().qty("0.01")
            .cum("0.01").avg("61300").commission("-0.3065").profit("13").build());

        assertEquals(fp("0.122"), s.feeCost);
        assertEquals(fp("4"), s.realizedPnl);
        assertEquals(fp("1012.3935"), s.capital);
        assertEquals(0, s.catchUpFills);
        assertEquals(1, s.catchUpAdjustments);
        assertEquals(fp("1012.3935"), k.on(ev.orderHistory().order(2).symbol("BTC-USDT").sell().hedgeLong()
            .qty("0.01").cum("0.01").avg("61300").commission("-0.3065").profit("13").build()).capital);
    }

    @Test
    void cancelledOrderTheKernelNeverSawBooksNothing() {
        final Snapshot s = k.on(ev.orderHistory().order(9).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0").avg("0").commission("0").profit("0").status(OrderStatus.CANCELED).build());

        assertEquals(EventKind.ORDERS_CATCH_UP, s.kind);
        assertEquals(fp("1000"), s.capital);
        assertEquals(0, s.catchUpFills);
    }

    @Test
    void batchThatOverflowsIsRolledBackWhole() {
        final long hash = k.kernel.stateHash();
        final RingEvent absurd = ev.orderHistory()
            .order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60000")
            .commission("-0.3").profit("0")
            .order(2).symbol("BTC-USDT").buy().hedgeLong().qty("9000000000").cum("9000000000").avg("9000000000")
            .commission("-1").profit("0").build();

        final Snapshot s = k.on(absurd);

        assertEquals(EventKind.REJECTED, s.kind);
        assertEquals(RejectReason.FOLD_OVERFLOW, s.reject);
        assertEquals(hash, k.kernel.stateHash());
        assertEquals(0, s.catchUpFills);
        assertEquals(fp("999.7"), k.on(openingHistory(ev)).capital, "order 1 was not remembered as booked");
    }

    @Test
    void historyRowWithQuantityButNoPriceRejectsTheBatch() {
        final Snapshot s = k.on(ev.orderHistory().order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
            .cum("0.01").avg("0").commission("-0.3").build());

        assertEquals(RejectReason.MISSING_FIELD, s.reject);
        assertEquals(fp("1000"), s.capital);
    }

    // ---- transfers

    @Test
    void transferSeenOnlyInTheIncomeHistoryIsBookedOnce() {
        final Snapshot s = k.on(ev.income().row(IncomeType.TRANSFER, "", "-49", "USDT", 5_000, 77).build());

        assertEquals(EventKind.INCOME_CATCH_UP, s.kind);
        assertEquals(fp("-49"), s.transfers);
        assertEquals(fp("951"), s.capital);

        assertEquals(fp("951"), k.on(ev.income().row(IncomeType.TRANSFER, "", "-49", "USDT", 5_000, 77).build())
            .capital, "the same row fetched again by an overlapping catch-up");
    }

    @Test
    void transferOnTheStreamThenInTheIncomeHistoryIsBookedOnce() {
        k.on(ev.account(BalanceReason.WITHDRAW).change("-49").wallet("951").eventTime(10_000).build());

        final Snapshot s = k.on(ev.income().row(IncomeType.TRANSFER, "", "-49", "USDT", 10_000, 77).build());

        assertEquals(fp("-49"), s.transfers);
        assertEquals(fp("951"), s.capital);
    }

    @Test
    void transferInTheIncomeHistoryThenOnTheStreamIsBookedOnceAndTheFrameStillGivesTheWallet() {
        k.on(ev.income().row(IncomeType.TRANSFER, "", "-49", "USDT", 10_000, 77).build());

        final Snapshot s = k.on(ev.account(BalanceReason.WITHDRAW).change("-49").wallet("951").eventTime(10_200)
            .build());

        assertEquals(EventKind.TRANSFER_ALREADY_BOOKED, s.kind);
        assertEquals(fp("-49"), s.transfers);
        assertEquals(fp("951"), s.capital);
        assertEquals(fp("951"), s.wallet);
    }

    // ---- funding

    @Test
    void fundingSeenOnlyInTheIncomeHistoryIsBookedOnce() {
        final Snapshot s = k.on(ev.income().funding("BTC-USDT", "-0.25", 5_000, 41).build());

        assertEquals(EventKind.INCOME_CATCH_UP, s.kind);
        assertEquals(fp("0.25"), s.fundingPaid);
        assertEquals(fp("0.25"), s.funding);
        assertEquals(fp("999.75"), s.capital);
        assertEquals(1, s.catchUpFunding);

        assertEquals(fp("999.75"), k.on(ev.income().funding("BTC-USDT", "-0.25", 5_000, 41).build()).capital);
        assertEquals(1, k.current().catchUpFunding);
    }

    @Test
    void fundingSeenOnlyOnTheStreamIsBookedOnce() {
        final Snapshot s = k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.75").build());

        assertEquals(EventKind.FUNDING, s.kind);
        assertEquals(fp("999.75"), s.capital);
        assertEquals(0, s.catchUpFunding);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 800, -800, 60_000})
    void fundingOnTheStreamThenInTheIncomeHistoryIsBookedOnce(final long rowLagMs) {
        k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.75").eventTime(10_000).build());

        final Snapshot s = k.on(ev.income().funding("BTC-USDT", "-0.25", 10_000 + rowLagMs, 41).build());

        assertEquals(0, s.fundingPaid);
        assertEquals(fp("999.75"), s.capital);
        assertEquals(0, s.catchUpFunding);
    }

    @Test
    void fundingInTheIncomeHistoryThenOnTheStreamIsBookedOnceAndTheFrameStillGivesTheWallet() {
        k.on(ev.income().funding("BTC-USDT", "-0.25", 10_000, 41).build());

        final Snapshot s = k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.75")
            .eventTime(10_300).build());

        assertEquals(EventKind.FUNDING_ALREADY_BOOKED, s.kind);
        assertEquals(0, s.fundingPaid);
        assertEquals(fp("999.75"), s.capital);
        assertTrue(s.hasWallet);
        assertEquals(fp("999.75"), s.wallet);
        assertEquals(1, s.catchUpFunding);
    }

    @Test
    void equalFundingsOfTwoPositionsAreEachBookedOnceWhenOneFrameWasLost() {
        k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.75").eventTime(10_000).build());

        final Snapshot s = k.on(ev.income()
            .funding("BTC-USDT", "-0.25", 10_000, 41)
            .funding("ETH-USDT", "-0.25", 10_000, 42).build());

        assertEquals(fp("0.25"), s.fundingPaid, "one row is the stream's frame, the other was missed");
        assertEquals(fp("999.5"), s.capital);
        assertEquals(1, s.catchUpFunding);
    }

    @Test
    void equalAmountsFurtherApartThanTheWindowAreTwoFundings() {
        k.on(ev.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.75").eventTime(10_000).build());

        final Snapshot s = k.on(ev.income().funding("BTC-USDT", "-0.25", 10_000 + 60_001, 41).build());

        assertEquals(fp("999.5"), s.capital);
    }

    @Test
    void incomeRowsOtherThanFundingOrInAnotherAssetAreNotBooked() {
        final Snapshot s = k.on(ev.income()
            .row(IncomeType.REALIZED_PNL, "BTC-USDT", "5", "USDT", 10_000, 1)
            .row(IncomeType.TRADING_FEE, "BTC-USDT", "-0.3", "USDT", 10_000, 2)
            .row(IncomeType.FUNDING_FEE, "BTC-USDC", "-0.25", "USDC", 10_000, 3).build());

        assertEquals(EventKind.INCOME_CATCH_UP, s.kind);
        assertEquals(fp("1000"), s.capital);
        assertEquals(0, s.catchUpFunding);
    }

    // ---- determinism

    /** A session's events, built on the fixture's own clock; {@code historyFirst} puts REST before the stream. */
    private static List<RingEvent> session(final TestEvents e, final boolean historyFirst) {
        final RingEvent history = openingHistory(e);
        final RingEvent income = e.income().funding("BTC-USDT", "-0.25", 10_000, 41).build();
        final List<RingEvent> stream = new java.util.ArrayList<>(openingStream(e));
        stream.add(e.account(BalanceReason.FUNDING_FEE).change("-0.25").wallet("999.45").eventTime(10_000).build());
        final List<RingEvent> all = new java.util.ArrayList<>();
        if (historyFirst) {
            all.add(history);
            all.add(income);
            all.addAll(stream);
        } else {
            all.addAll(stream);
            all.add(history);
            all.add(income);
        }
        return all;
    }

    private static KernelFixture play(final Function<TestEvents, List<RingEvent>> events) {
        final KernelFixture f = new KernelFixture(KernelFixture.bingx("1000", 10));
        events.apply(f.ev).forEach(f::on);
        return f;
    }

    @Test
    void stateHashIsTheSameWhicheverSourceShowedTheFillAndTheFundingFirst() {
        final KernelFixture streamFirst = play(e -> session(e, false));
        final KernelFixture historyFirst = play(e -> session(e, true));
        final KernelFixture again = play(e -> session(e, true));

        assertEquals(fp("999.45"), streamFirst.current().capital);
        assertEquals(fp("999.45"), historyFirst.current().capital);
        assertEquals(historyFirst.kernel.stateHash(), again.kernel.stateHash());
        assertEquals(streamFirst.kernel.stateHash(), historyFirst.kernel.stateHash());
    }
}
