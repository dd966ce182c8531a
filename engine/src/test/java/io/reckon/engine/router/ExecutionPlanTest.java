package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.BTC;
import static io.reckon.engine.router.RouterFixtures.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExecutionPlanTest {

    private static ExecutionPlan plan(final PlanAction action, final Side side, final OrderType type, final long price,
                                      final boolean postOnly, final boolean reduceOnly, final long ttl,
                                      final ExitReason exitReason, final boolean preempts) {
        return new ExecutionPlan(action, "t1", "t1", 0, BTC, side, PositionSide.LONG, type, price, postOnly,
            reduceOnly, ttl, SIZE, PlanReason.TAKER_DEFAULT, exitReason, preempts);
    }

    static Stream<Arguments> malformedPlans() {
        final PlanAction en = PlanAction.ENTER;
        final PlanAction ex = PlanAction.EXIT;
        final ExitReason none = ExitReason.NONE;
        final ExitReason tp = ExitReason.TAKE_PROFIT;
        return Stream.of(
            Arguments.of("LIMIT without price", (Runnable) () ->
                plan(en, Side.BUY, OrderType.LIMIT, 0, true, false, 8_000, none, false)),
            Arguments.of("LIMIT without TTL", (Runnable) () ->
                plan(en, Side.BUY, OrderType.LIMIT, 100, true, false, 0, none, false)),
            Arguments.of("MARKET with price", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 100, false, false, 0, none, false)),
            Arguments.of("MARKET post-only", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 0, true, false, 0, none, false)),
            Arguments.of("MARKET with TTL", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 0, false, false, 5, none, false)),
            Arguments.of("suppressed with price", (Runnable) () ->
                plan(en, Side.BUY, OrderType.NONE, 100, false, false, 0, none, false)),
            Arguments.of("STOP type", (Runnable) () ->
                plan(en, Side.BUY, OrderType.STOP, 0, false, false, 0, none, false)),
            Arguments.of("entry LONG selling", (Runnable) () ->
                plan(en, Side.SELL, OrderType.MARKET, 0, false, false, 0, none, false)),
            Arguments.of("exit LONG buying", (Runnable) () ->
                plan(ex, Side.BUY, OrderType.MARKET, 0, false, true, 0, tp, false)),
            Arguments.of("null order side", (Runnable) () ->
                plan(en, null, OrderType.MARKET, 0, false, false, 0, none, false)),
            Arguments.of("reduce-only entry", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 0, false, true, 0, none, false)),
            Arguments.of("exit not reduce-only", (Runnable) () ->
                plan(ex, Side.SELL, OrderType.MARKET, 0, false, false, 0, tp, false)),
            Arguments.of("entry with exit reason", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 0, false, false, 0, tp, false)),
            Arguments.of("exit without reason", (Runnable) () ->
                plan(ex, Side.SELL, OrderType.MARKET, 0, false, true, 0, none, false)),
            Arguments.of("entry pre-empting", (Runnable) () ->
                plan(en, Side.BUY, OrderType.MARKET, 0, false, false, 0, none, true)),
            Arguments.of("zero size", (Runnable) () -> new ExecutionPlan(en, "t1", "t1", 0, BTC, Side.BUY,
                PositionSide.LONG, OrderType.MARKET, 0, false, false, 0, 0, PlanReason.TAKER_DEFAULT, none, false)),
            Arguments.of("blank trade id", (Runnable) () -> new ExecutionPlan(en, " ", "t1", 0, BTC, Side.BUY,
                PositionSide.LONG, OrderType.MARKET, 0, false, false, 0, SIZE, PlanReason.TAKER_DEFAULT, none, false)),
            Arguments.of("negative attempt", (Runnable) () -> new ExecutionPlan(en, "t1", "t1", -1, BTC, Side.BUY,
                PositionSide.LONG, OrderType.MARKET, 0, false, false, 0, SIZE, PlanReason.TAKER_DEFAULT, none, false)),
            Arguments.of("one-way position side", (Runnable) () -> new ExecutionPlan(en, "t1", "t1", 0, BTC,
                Side.BUY, PositionSide.BOTH, OrderType.MARKET, 0, false, false, 0, SIZE, PlanReason.TAKER_DEFAULT,
                none, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPlans")
    void refusesPlansThatCouldNotBeSentAsIs(final String what, final Runnable build) {
        assertThrows(IllegalArgumentException.class, build::run, what);
    }

    @Test
    void withersKeepTheOrderIdentityAndChangeOnlyHowItIsSent() {
        final ExecutionPlan market = plan(PlanAction.EXIT, Side.SELL, OrderType.MARKET, 0, false, true, 0,
            ExitReason.TAKE_PROFIT, true);
        final ExecutionPlan limit = market.asLimit(100, true, 5_000, PlanReason.HOOK_ADJUSTED);
        assertTrue(limit.maker());
        assertTrue(limit.sameOrderAs(market));
        assertEquals(100, limit.price());
        assertTrue(limit.reduceOnly());
        assertTrue(limit.preemptsWorking());
        final ExecutionPlan back = limit.asMarket(PlanReason.TAKER_EXIT);
        assertEquals(0, back.price());
        assertFalse(back.postOnly());
        assertEquals(0, back.ttlMs());
        final ExecutionPlan none = limit.asSuppressed(PlanReason.HOOK_ADJUSTED);
        assertTrue(none.suppressed());
        assertFalse(none.maker());
        assertTrue(none.sameOrderAs(market));
    }

    @Test
    void sameOrderAsNoticesAChangedSizeOrTradeId() {
        final ExecutionPlan a = plan(PlanAction.ENTER, Side.BUY, OrderType.MARKET, 0, false, false, 0,
            ExitReason.NONE, false);
        final ExecutionPlan bigger = new ExecutionPlan(PlanAction.ENTER, "t1", "t1", 0, BTC, Side.BUY,
            PositionSide.LONG, OrderType.MARKET, 0, false, false, 0, SIZE + 1, PlanReason.TAKER_DEFAULT,
            ExitReason.NONE, false);
        final ExecutionPlan other = new ExecutionPlan(PlanAction.ENTER, "t2", "t1", 0, BTC, Side.BUY,
            PositionSide.LONG, OrderType.MARKET, 0, false, false, 0, SIZE, PlanReason.TAKER_DEFAULT,
            ExitReason.NONE, false);
        assertFalse(a.sameOrderAs(bigger));
        assertFalse(a.sameOrderAs(other));
    }
}
