package io.reckon.engine.feesign;

import io.reckon.config.Venue;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeSignTest {
    private static RingEvent fillWithFee(final EventKind kind, final long venueFee) {
        final RingEvent e = new RingEvent(16);
        e.kind = kind;
        e.order.fee = venueFee;
        e.order.hasFee = true;
        return e;
    }

    @ParameterizedTest(name = "{0}: n={1} costs {2}")
    @CsvSource({
        "NEGATIVE_IS_COST, -0.00321800, 0.00321800",
        "NEGATIVE_IS_COST, 0.001,       -0.001",
        "NEGATIVE_IS_COST, 0,           0",
        "POSITIVE_IS_COST, 15.939972,   15.939972",
        "POSITIVE_IS_COST, -0.002,      -0.002"})
    void feeCostIsPositiveForACostAndNegativeForARebate(final FeeConvention convention, final String venueFee,
                                                       final String expectedCost) {
        final RingEvent e = fillWithFee(EventKind.PARTIAL_FILL, fp(venueFee));

        assertTrue(new FeeSign(convention).apply(e));
        assertEquals(fp(expectedCost), e.feeCost);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"ORDER_ACK", "ORDER_NO_CHANGE", "CANCEL", "ACCOUNT_UPDATE"})
    void eventsThatBookNoFillCarryNoFee(final EventKind kind) {
        final RingEvent e = fillWithFee(kind, fp("-0.3"));

        new FeeSign(FeeConvention.NEGATIVE_IS_COST).apply(e);

        assertEquals(0, e.feeCost);
    }

    @Test
    void fillWithoutCommissionCostsNothing() {
        final RingEvent e = fillWithFee(EventKind.FULL_FILL, 0);
        e.order.hasFee = false;
        e.feeCost = 123;

        new FeeSign(FeeConvention.POSITIVE_IS_COST).apply(e);

        assertEquals(0, e.feeCost);
    }

    @Test
    void commissionThatCannotBeNegatedIsRefused() {
        final RingEvent e = fillWithFee(EventKind.FULL_FILL, Long.MIN_VALUE);

        assertFalse(new FeeSign(FeeConvention.NEGATIVE_IS_COST).apply(e));
        assertEquals(0, e.feeCost);
    }

    @ParameterizedTest
    @CsvSource({"BINGX, NEGATIVE_IS_COST", "BINANCE, POSITIVE_IS_COST"})
    void venueDeterminesTheConvention(final Venue venue, final FeeConvention expected) {
        assertEquals(expected, FeeConvention.of(venue));
    }
}
