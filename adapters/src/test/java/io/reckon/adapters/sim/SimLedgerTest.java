package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimLedgerTest {
    private static final BigDecimal TAKER = new BigDecimal("0.0005");

    private static BigDecimal d(final String s) {
        return new BigDecimal(s);
    }

    private static void assertDec(final String expected, final BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " got " + actual);
    }

    @ParameterizedTest(name = "{0}: open {1} at {2}, close at {3}")
    @CsvSource({
        // side, qty, open, close, realized, open fee, close fee
        "LONG,  0.0100, 60000.0, 60120.5, 1.205,   0.30000000, 0.30060250",
        "LONG,  0.5,    3000.00, 2990.10, -4.95,   0.75000000, 0.74752500",
        "SHORT, 0.0100, 60000.0, 59900.0, 1.0,     0.30000000, 0.29950000",
        "SHORT, 7.5,    150.03,  151.11,  -8.1,    0.56261250, 0.56666250",
        "LONG,  0.1,    64.36,   64.36,   0,       0.00321800, 0.00321800"
    })
    void roundTripRealizesPriceDifferenceAndChargesTakerFees(final HedgeSide side, final String qty,
                                                              final String open, final String close,
                                                              final String realized, final String openFee,
                                                              final String closeFee) {
        final SimLedger ledger = new SimLedger(d("1000"));
        final OrderSide opening = side.openingSide();
        final OrderSide closing = opening == OrderSide.BUY ? OrderSide.SELL : OrderSide.BUY;
        final SimLedger.Booked in = ledger.fill(1, "X-USDT", side, opening, d(qty), d(open), TAKER, false, 1);
        assertDec("0", in.realized());
        assertDec(openFee, in.fee());
        final SimLedger.Booked out = ledger.fill(2, "X-USDT", side, closing, d(qty), d(close), TAKER, false, 2);
        assertDec(realized, out.realized());
        assertDec(closeFee, out.fee());
        assertDec("0", out.position().size);
        assertDec("0", out.position().entry);
        final BigDecimal expectedWallet = d("1000").add(d(realized)).subtract(d(openFee)).subtract(d(closeFee));
        assertDec(expectedWallet.toPlainString(), ledger.wallet());
        assertEquals(8, ledger.wallet().scale());
    }

    @Test
    void addingMovesEntryToTheWeightedAverageAndPartialCloseKeepsIt() {
        final SimLedger ledger = new SimLedger(d("1000"));
        ledger.fill(1, "B-USDT", HedgeSide.LONG, OrderSide.BUY, d("1"), d("100"), TAKER, false, 1);
        final SimLedger.Booked add = ledger.fill(2, "B-USDT", HedgeSide.LONG, OrderSide.BUY, d("2"), d("103"),
                TAKER, false, 2);
        assertDec("102", add.position().entry);
        final SimLedger.Booked part = ledger.fill(3, "B-USDT", HedgeSide.LONG, OrderSide.SELL, d("1.5"), d("104"),
                TAKER, false, 3);
        assertDec("3", part.realized());
        assertDec("102", part.position().entry);
        assertDec("1.5", part.position().size);
    }

    @Test
    void averageEntryIsRoundedHalfUpToEightDecimals() {
        final SimLedger ledger = new SimLedger(d("1000"));
        ledger.fill(1, "C-USDT", HedgeSide.SHORT, OrderSide.SELL, d("1"), d("1"), TAKER, false, 1);
        final SimLedger.Booked b = ledger.fill(2, "C-USDT", HedgeSide.SHORT, OrderSide.SELL, d("2"), d("2"),
                TAKER, false, 2);
        assertEquals(d("1.66666667"), b.position().entry);
    }

    @Test
    void fundingIsPaidByLongsAndReceivedByShortsAtAPositiveRate() {
        final SimLedger ledger = new SimLedger(d("1000"));
        final PositionState longP = ledger.fill(1, "F-USDT", HedgeSide.LONG, OrderSide.BUY, d("2"), d("50"), TAKER,
                false, 1).position();
        final PositionState shortP = ledger.fill(2, "F-USDT", HedgeSide.SHORT, OrderSide.SELL, d("1"), d("50"),
                TAKER, false, 1).position();
        final BigDecimal walletBefore = ledger.wallet();
        assertDec("0.0110", ledger.settleFunding(longP, d("55"), d("0.0001"), 5));
        assertDec("-0.0055", ledger.settleFunding(shortP, d("55"), d("0.0001"), 5));
        assertDec(walletBefore.subtract(d("0.0055")).toPlainString(), ledger.wallet());
        final AccountSnapshot s = ledger.snapshot(java.util.List.of());
        assertDec("0.0055", s.fundingPaid());
        assertEquals("FUNDING_FEE", ledger.income().get(ledger.income().size() - 1).incomeType());
    }

    @Test
    void snapshotIdentityHoldsAfterTransfers() {
        final SimLedger ledger = new SimLedger(d("1000"));
        ledger.fill(1, "G-USDT", HedgeSide.LONG, OrderSide.BUY, d("1"), d("10"), TAKER, false, 1);
        ledger.fill(2, "G-USDT", HedgeSide.LONG, OrderSide.SELL, d("1"), d("12"), TAKER, true, 2);
        ledger.transfer(d("-40.5"), 3);
        final AccountSnapshot s = ledger.snapshot(java.util.List.of());
        assertDec(d("1000").add(s.realizedPnl()).subtract(s.feesPaid()).subtract(s.fundingPaid())
                .add(s.netTransfers()).toPlainString(), s.wallet());
        assertDec("-40.5", s.netTransfers());
    }

    @Test
    void refusesToReduceMoreThanThePosition() {
        final SimLedger ledger = new SimLedger(d("1000"));
        ledger.fill(1, "H-USDT", HedgeSide.LONG, OrderSide.BUY, d("1"), d("10"), TAKER, false, 1);
        assertThrows(IllegalStateException.class,
                () -> ledger.fill(2, "H-USDT", HedgeSide.LONG, OrderSide.SELL, d("2"), d("10"), TAKER, false, 2));
    }
}
