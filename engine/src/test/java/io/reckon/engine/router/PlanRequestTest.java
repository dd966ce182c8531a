package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.BTC;
import static io.reckon.engine.router.RouterFixtures.BTC_REF;
import static io.reckon.engine.router.RouterFixtures.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlanRequestTest {
    private static final long NO_SPREAD = PlanRequest.SPREAD_UNKNOWN;

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
            Arguments.of("tradeId", (Runnable) () -> PlanRequest.entry("", BTC, PositionSide.LONG, SIZE, 1, NO_SPREAD)),
            Arguments.of("tradeId", (Runnable) () -> PlanRequest.entry(null, BTC, PositionSide.LONG, SIZE, 1,
                NO_SPREAD)),
            Arguments.of("symbol", (Runnable) () -> PlanRequest.entry("t", " ", PositionSide.LONG, SIZE, 1,
                NO_SPREAD)),
            Arguments.of("positionSide", (Runnable) () -> PlanRequest.entry("t", BTC, PositionSide.BOTH, SIZE, 1,
                NO_SPREAD)),
            Arguments.of("positionSide", (Runnable) () -> PlanRequest.entry("t", BTC, PositionSide.NONE, SIZE, 1,
                NO_SPREAD)),
            Arguments.of("size", (Runnable) () -> PlanRequest.entry("t", BTC, PositionSide.LONG, 0, 1, NO_SPREAD)),
            Arguments.of("size", (Runnable) () -> PlanRequest.entry("t", BTC, PositionSide.LONG, -1, 1, NO_SPREAD)),
            Arguments.of("exitReason", (Runnable) () -> PlanRequest.exit("t", BTC, PositionSide.LONG, SIZE, 1,
                NO_SPREAD, ExitReason.NONE)),
            Arguments.of("exitReason", (Runnable) () -> PlanRequest.exit("t", BTC, PositionSide.LONG, SIZE, 1,
                NO_SPREAD, null)),
            Arguments.of("exitReason", (Runnable) () -> new PlanRequest(PlanAction.ENTER, "t", BTC,
                PositionSide.LONG, SIZE, 1, NO_SPREAD, ExitReason.MAX_HOLD)),
            Arguments.of("action", (Runnable) () -> new PlanRequest(null, "t", BTC, PositionSide.LONG, SIZE, 1,
                NO_SPREAD, ExitReason.NONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void refusesRequestsThatCouldNeverBecomeAnOrderNamingTheField(final String field, final Runnable build) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExitReason.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void onlyTakeProfitExitsAreNotUrgent(final ExitReason reason) {
        final PlanRequest r = PlanRequest.exit("t", BTC, PositionSide.SHORT, SIZE, BTC_REF, NO_SPREAD, reason);
        assertEquals(reason != ExitReason.TAKE_PROFIT, r.urgent());
    }

    @Test
    void entriesAreNeverUrgentAndAnUnknownSpreadIsSaidSo() {
        final PlanRequest r = PlanRequest.entry("t", BTC, PositionSide.LONG, SIZE, BTC_REF, NO_SPREAD);
        assertFalse(r.urgent());
        assertFalse(r.spreadKnown());
        assertTrue(PlanRequest.entry("t", BTC, PositionSide.LONG, SIZE, BTC_REF, 0).spreadKnown());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"ENTER, LONG, BUY", "ENTER, SHORT, SELL", "EXIT, LONG, SELL", "EXIT, SHORT, BUY",
        "ENTER, BOTH, NONE", "EXIT, NONE, NONE"})
    void mapsActionAndPositionSideToTheOrderSide(final PlanAction action, final PositionSide side,
                                                 final Side expected) {
        assertEquals(expected, action.orderSide(side));
    }
}
