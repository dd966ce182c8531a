package io.reckon.engine.normalise;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormaliserTest {
    private final SymbolTable symbols = new SymbolTable(16);
    private final int usdt = symbols.intern("USDT");
    private final TestEvents ev = new TestEvents(symbols);
    private OrderStateTable orders = new OrderStateTable(16, 4);
    private Normaliser normaliser =
        new Normaliser(orders, new AccountUpdateDedup(8), funding(), usdt, symbols.capacity());

    private static FundingMemory funding() {
        return new FundingMemory(8, 1_000, IncomeTable.CAPACITY);
    }

    /** Normalises and commits, as the kernel does when the fold succeeds. */
    private RingEvent run(final RingEvent e) {
        normaliser.normalise(e);
        if (e.kind != EventKind.REJECTED) {
            normaliser.commit();
        }
        return e;
    }

    private TestEvents.OrderBuilder btc(final long orderId) {
        return ev.order(orderId).symbol("BTC-USDT").buy().hedgeLong().qty("0.01");
    }

    @Test
    void secondPartialFillIsNotDoubleCounted() {
        final RingEvent first = run(btc(1).cum("0.004").avg("60000").build());
        final RingEvent second = run(btc(1).cum("0.01").avg("60000").build());

        assertEquals(EventKind.PARTIAL_FILL, first.kind);
        assertEquals(fp("0.004"), first.fillQty);
        assertEquals(EventKind.FULL_FILL, second.kind);
        assertEquals(fp("0.006"), second.fillQty, "the second fill is z - previous z, not z");
    }

    @Test
    void duplicateFilledFrameAddsNothing() {
        final RingEvent filled = btc(1).cum("0.01").avg("60000").fee("-0.3").rp("2").build();
        run(filled);
        final RingEvent again = run(ev.redeliver(filled));

        assertEquals(EventKind.ORDER_NO_CHANGE, again.kind);
        assertEquals(0, again.fillQty);
        assertEquals(0, again.realizedPnl);
    }

    @Test
    void fillWhoseNewNeverArrivedIsBooked() {
        final RingEvent e = run(btc(7).cum("0.004").avg("60000").build());

        assertEquals(EventKind.PARTIAL_FILL, e.kind);
        assertEquals(fp("0.004"), e.fillQty);
        assertEquals(fp("60000"), e.fillPrice);
    }

    @Test
    void tradeExecutionWithStatusNewAndNoQuantityIsAnAckNotAFill() {
        final RingEvent e = run(btc(9).type(OrderType.TRIGGER_MARKET).exec(ExecType.TRADE)
            .status(OrderStatus.NEW).cum("0").build());

        assertEquals(EventKind.ORDER_ACK, e.kind);
        assertEquals(0, e.fillQty);
    }

    @ParameterizedTest(name = "{0} without new quantity is {1}")
    @CsvSource({
        "NEW, ORDER_ACK",
        "CANCELED, CANCEL",
        "EXPIRED, REJECT_EXPIRE",
        "REJECTED, REJECT_EXPIRE",
        "PARTIALLY_FILLED, ORDER_NO_CHANGE",
        "FILLED, ORDER_NO_CHANGE",
        "OTHER, ORDER_NO_CHANGE"})
    void statusWithoutNewQuantityGivesItsKind(final OrderStatus status, final EventKind expected) {
        final RingEvent e = run(btc(3).cum("0").status(status).build());

        assertEquals(expected, e.kind);
        assertEquals(0, e.fillQty);
    }

    @ParameterizedTest(name = "{0} delivered twice is a change once")
    @CsvSource({"NEW", "CANCELED", "EXPIRED"})
    void repeatedStatusFrameChangesNothing(final OrderStatus status) {
        final RingEvent first = btc(4).cum("0").status(status).build();
        run(first);

        assertEquals(EventKind.ORDER_NO_CHANGE, run(ev.redeliver(first)).kind);
    }

    @Test
    void staleFrameArrivingAfterANewerOneBooksNothing() {
        final RingEvent partial = btc(1).cum("0.004").avg("60000").build();
        run(partial);
        run(btc(1).cum("0.01").avg("60000").build());

        final RingEvent late = run(ev.redeliver(partial));

        assertEquals(EventKind.ORDER_NO_CHANGE, late.kind);
        assertEquals(0, late.fillQty);
    }

    @Test
    void newArrivingAfterTheFillIsStale() {
        run(btc(1).cum("0.004").avg("60000").build());

        assertEquals(EventKind.ORDER_NO_CHANGE, run(btc(1).cum("0").status(OrderStatus.NEW).build()).kind);
    }

    @Test
    void cumulativeReachingQuantityIsAFullFillWhateverTheStatus() {
        final RingEvent e = run(btc(1).cum("0.01").avg("60000").status(OrderStatus.PARTIALLY_FILLED).build());

        assertEquals(EventKind.FULL_FILL, e.kind);
    }

    @Test
    void filledFrameWithoutNewQuantityEndsTheOrder() {
        run(ev.order(1).symbol("BTC-USDT").buy().cum("0.01").avg("60000").status(OrderStatus.PARTIALLY_FILLED)
            .build());

        final RingEvent filled = run(ev.order(1).symbol("BTC-USDT").buy().cum("0.01").avg("60000")
            .status(OrderStatus.FILLED).build());

        assertEquals(EventKind.ORDER_NO_CHANGE, filled.kind);
        assertTrue(orders.terminal(orders.find(1)));
    }

    @Test
    void fillThatEndsWithCancelIsAPartialFillAndEndsTheOrder() {
        final RingEvent e = run(btc(1).cum("0.004").avg("60000").status(OrderStatus.CANCELED).build());

        assertEquals(EventKind.PARTIAL_FILL, e.kind);
        assertTrue(orders.terminal(orders.find(1)));
    }

    /**
     * Second fill of an order whose first fill was 0.004 at an average of 60000; the second frame says z = 0.01 and
     * ap = 60060, which means 0.006 more at (60060·0.01 − 60000·0.004) / 0.006 = 60100.
     */
    @ParameterizedTest(name = "l={0} L={1} -> {2} @ {3}")
    @CsvSource(nullValues = "-", value = {
        "-,     60100, 0.006, 60100",
        "-,     -,     0.006, 60100",
        "0.006, 60100, 0.006, 60100",
        "0.002, 60500, 0.006, 60100",
        "0.006, -,     0.006, 60100"})
    void fillPriceIsLastPriceElseDerivedFromTheAverage(final String lastQty, final String lastPrice,
                                                      final String expectedQty, final String expectedPrice) {
        run(btc(1).cum("0.004").avg("60000").build());
        final TestEvents.OrderBuilder second = btc(1).cum("0.01").avg("60060");
        if (lastQty != null) {
            second.lastQty(lastQty);
        }
        if (lastPrice != null) {
            second.lastPrice(lastPrice);
        }

        final RingEvent e = run(second.build());

        assertEquals(fp(expectedQty), e.fillQty, "the change in cumulative quantity wins over l");
        assertEquals(fp(expectedPrice), e.fillPrice);
    }

    @Test
    void lastQuantityThatDisagreesWithTheDeltaIsCounted() {
        run(btc(1).cum("0.004").avg("60000").build());
        run(btc(1).cum("0.01").avg("60060").lastQty("0.002").build());

        assertEquals(1, normaliser.lastQtyMismatches());
    }

    @Test
    void singleFillWithoutLastPriceTakesTheAverage() {
        assertEquals(fp("60123.5"), run(btc(1).cum("0.01").avg("60123.5").build()).fillPrice);
    }

    @Test
    void feeAndRealizedOfAFrameAreBookedOnlyWithItsFill() {
        final RingEvent cancel = run(btc(1).cum("0").status(OrderStatus.CANCELED).rp("5").fee("-1").build());
        final RingEvent fill = run(btc(2).cum("0.01").avg("60000").rp("5").fee("-1").build());

        assertEquals(0, cancel.realizedPnl);
        assertEquals(fp("5"), fill.realizedPnl);
    }

    @Test
    void lateDuplicateFilledFrameStillFindsItsOrderWhileRemembered() {
        final RingEvent filled = btc(1).cum("0.01").avg("60000").build();
        run(filled);
        for (long id = 2; id <= 4; id++) {
            run(btc(id).cum("0.01").avg("60000").build());
        }

        assertEquals(EventKind.ORDER_NO_CHANGE, run(ev.redeliver(filled)).kind,
            "three newer ended orders: order 1 is still among the 4 remembered");
        for (long id = 1; id <= 4; id++) {
            assertTrue(orders.find(id) >= 0, "order " + id + " remembered");
        }
    }

    @Test
    void endedOrdersAreForgottenOnlyBeyondTheirMemory() {
        final RingEvent filled = btc(1).cum("0.01").avg("60000").build();
        run(filled);
        for (long id = 2; id <= 5; id++) {
            run(btc(id).cum("0.01").avg("60000").build());
        }

        assertEquals(-1, orders.find(1));
        assertEquals(4, orders.size(), "the table stays bounded");
    }

    @Test
    void workingOrdersBeyondCapacityAreRejectedNotDropped() {
        orders = new OrderStateTable(2, 1);
        normaliser = new Normaliser(orders, new AccountUpdateDedup(8), funding(), usdt, symbols.capacity());
        for (long id = 1; id <= 3; id++) {
            assertEquals(EventKind.ORDER_ACK, run(btc(id).cum("0").build()).kind);
        }

        final RingEvent fourth = run(btc(4).cum("0.004").avg("60000").build());

        assertEquals(EventKind.REJECTED, fourth.kind);
        assertEquals(RejectReason.TOO_MANY_ENTRIES, fourth.reject);
        assertEquals(EventKind.CANCEL, run(btc(1).cum("0").status(OrderStatus.CANCELED).build()).kind);
        assertEquals(EventKind.PARTIAL_FILL, run(btc(4).cum("0.004").avg("60000").build()).kind,
            "an ended order's row is recycled for the new one");
    }

    @Test
    void fillWithoutSideIsRejectedAsMissingField() {
        final RingEvent e = run(ev.order(1).symbol("BTC-USDT").side(Side.NONE).cum("0.01").avg("1").build());

        assertEquals(EventKind.REJECTED, e.kind);
        assertEquals(RejectReason.MISSING_FIELD, e.reject);
        assertEquals(-1, orders.find(1), "nothing remembered of a rejected frame");
    }

    @Test
    void fillWithoutSymbolIsRejectedAsMissingField() {
        final RingEvent e = run(ev.order(1).buy().cum("0.01").avg("1").build());

        assertEquals(RejectReason.MISSING_FIELD, e.reject);
    }

    @Test
    void fillWithoutAnyPriceIsRejectedAsMissingField() {
        final RingEvent e = run(btc(1).cum("0.01").build());

        assertEquals(RejectReason.MISSING_FIELD, e.reject);
    }

    @Test
    void normalisationDiscardedAfterALaterFailureLeavesNoTrace() {
        final RingEvent fill = btc(1).cum("0.01").avg("60000").build();
        normaliser.normalise(fill);
        normaliser.discard();

        final RingEvent again = run(ev.redeliver(fill));

        assertEquals(EventKind.FULL_FILL, again.kind);
        assertEquals(fp("0.01"), again.fillQty);
    }

    @ParameterizedTest(name = "{0} with bc={1} is {2}")
    @CsvSource({
        "ORDER,          -0.3, ACCOUNT_UPDATE, 0,   0",
        "FUNDING_FEE,    -0.5, FUNDING,        0.5, 0",
        "FUNDING_FEE,    0.25, FUNDING,        -0.25, 0",
        "DEPOSIT,        100,  TRANSFER,       0,   100",
        "WITHDRAW,       -100, TRANSFER,       0,   -100",
        "ASSET_TRANSFER, 7,    TRANSFER,       0,   7",
        "OTHER_TRANSFER, -3,   TRANSFER,       0,   -3",
        "NONE,           -3,   ACCOUNT_UPDATE, 0,   0"})
    void accountFrameKindFollowsItsReason(final BalanceReason reason, final String change, final EventKind kind,
                                          final String funding, final String transfer) {
        final RingEvent e = run(ev.account(reason).change(change).wallet("1000").build());

        assertEquals(kind, e.kind);
        assertEquals(fp(funding), e.fundingPaid);
        assertEquals(fp(transfer), e.transferAmount);
    }

    @ParameterizedTest(name = "{0} delivered twice is booked once")
    @CsvSource({"FUNDING_FEE", "WITHDRAW", "ORDER"})
    void accountFrameDeliveredTwiceIsBookedOnce(final BalanceReason reason) {
        final RingEvent first = ev.account(reason).change("-0.5").wallet("999.5").build();
        run(first);

        final RingEvent second = run(ev.redeliver(first));

        assertEquals(EventKind.DUPLICATE, second.kind);
        assertEquals(0, second.fundingPaid);
        assertEquals(0, second.transferAmount);
    }

    @Test
    void sameAmountsAtAnotherTimeAreNotADuplicate() {
        run(ev.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("999.5").build());

        assertEquals(EventKind.FUNDING,
            run(ev.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("999.5").build()).kind);
    }

    @Test
    void sameBalanceWithOtherPositionsIsNotADuplicate() {
        final long t = ev.nowMs();
        run(ev.account(BalanceReason.ORDER).wallet("999").eventTime(t)
            .position("BTC-USDT", PositionSide.LONG, "0.01", "60000").build());

        assertEquals(EventKind.ACCOUNT_UPDATE, run(ev.account(BalanceReason.ORDER).wallet("999").eventTime(t)
            .position("BTC-USDT", PositionSide.LONG, "0.02", "60000").build()).kind);
    }

    @Test
    void fundingInAnotherAssetMovesNothingInK() {
        final RingEvent e = run(ev.account(BalanceReason.FUNDING_FEE).asset("USDC").change("-0.5").wallet("10")
            .build());

        assertEquals(EventKind.ACCOUNT_UPDATE, e.kind);
        assertEquals(0, e.fundingPaid);
    }

    @Test
    void fundingWithoutBalanceChangeIsOnlyAnExchangeFact() {
        assertEquals(EventKind.ACCOUNT_UPDATE,
            run(ev.account(BalanceReason.FUNDING_FEE).wallet("999.5").build()).kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "LISTEN_KEY_EXPIRED, LISTEN_KEY_EXPIRED",
        "HEARTBEAT, HEARTBEAT",
        "BALANCE_SNAPSHOT, BALANCE_SNAPSHOT",
        "POSITIONS_SNAPSHOT, POSITIONS_SNAPSHOT",
        "OPEN_ORDERS_SNAPSHOT, OPEN_ORDERS_SNAPSHOT",
        "CONTROL, CONTROL",
        "INTENT, INTENT",
        "ORDER_ACK, ACK",
        "UNKNOWN_EVENT, UNKNOWN",
        "NONE, UNKNOWN"})
    void otherDecodedKindsMapOneToOne(final DecodedKind decoded, final EventKind expected) {
        assertEquals(expected, run(ev.plain(decoded, Source.WS)).kind);
    }

    @Test
    void leverageFactWithSymbolIsConfig() {
        assertEquals(EventKind.CONFIG, run(ev.leverage("BTC-USDT", 10, 10)).kind);
    }

    @Test
    void decoderRejectionStaysRejected() {
        final RingEvent e = run(ev.rejected(RejectReason.MALFORMED_JSON));

        assertEquals(EventKind.REJECTED, e.kind);
        assertEquals(RejectReason.MALFORMED_JSON, e.reject);
    }

    @Test
    void orderStateHashIsIndependentOfArrivalOrder() {
        run(btc(1).cum("0").build());
        run(btc(2).cum("0.004").avg("60000").build());
        final long hash = normaliser.stateHash();

        final Normaliser other = new Normaliser(new OrderStateTable(16, 4), new AccountUpdateDedup(8), funding(),
            usdt, symbols.capacity());
        for (RingEvent e : new RingEvent[] {btc(2).cum("0.004").avg("60000").build(), btc(1).cum("0").build()}) {
            other.normalise(e);
            other.commit();
        }

        assertEquals(hash, other.stateHash());
    }

    @Test
    void historyNeedingMoreRowsThanTheOrderTableHasIsRejectedWhole() {
        orders = new OrderStateTable(2, 1);
        normaliser = new Normaliser(orders, new AccountUpdateDedup(8), funding(), usdt, symbols.capacity());
        final TestEvents.OrderHistoryBuilder h = ev.orderHistory();
        for (long id = 1; id <= 4; id++) {
            h.order(id).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60000");
        }

        final RingEvent e = run(h.build());

        assertEquals(EventKind.REJECTED, e.kind);
        assertEquals(RejectReason.TOO_MANY_ENTRIES, e.reject);
        assertEquals(0, orders.size(), "nothing of the batch is remembered");
        assertEquals(0, normaliser.catchUpFills());
    }

    @Test
    void orderListedTwiceInOneHistoryBooksEachIncreaseOnce() {
        final RingEvent e = run(ev.orderHistory()
            .order(5).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000")
            .commission("-0.12").status(OrderStatus.PARTIALLY_FILLED)
            .order(5).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60060")
            .commission("-0.3003").build());

        assertEquals(EventKind.ORDERS_CATCH_UP, e.kind);
        assertEquals(fp("0.004"), e.orderHistory.fillQty[0]);
        assertEquals(fp("0.006"), e.orderHistory.fillQty[1]);
        assertEquals(fp("60100"), e.orderHistory.fillPrice[1]);
        assertEquals(fp("-0.1803"), e.orderHistory.fillFee[1]);
        assertEquals(1, orders.size());
        assertEquals(fp("0.01"), orders.cumulativeQty(orders.find(5)));
        assertEquals(fp("-0.3003"), orders.fee(orders.find(5)));
        assertTrue(orders.terminal(orders.find(5)));
    }

    @Test
    void streamFillsAddTheirCommissionAndRealizedToTheOrdersRunningSums() {
        run(btc(3).cum("0.004").avg("60000").fee("-0.12").rp("1").build());
        run(btc(3).cum("0.01").avg("60000").fee("-0.18").rp("2").build());
        run(ev.redeliver(btc(3).cum("0.01").avg("60000").fee("-0.18").rp("2").build()));

        final int row = orders.find(3);
        assertEquals(fp("-0.3"), orders.fee(row));
        assertEquals(fp("3"), orders.realizedPnl(row));
    }
}
