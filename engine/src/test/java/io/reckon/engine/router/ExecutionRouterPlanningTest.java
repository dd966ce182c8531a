package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.BTC;
import static io.reckon.engine.router.RouterFixtures.BTC_REF;
import static io.reckon.engine.router.RouterFixtures.SIZE;
import static io.reckon.engine.router.RouterFixtures.entry;
import static io.reckon.engine.router.RouterFixtures.exit;
import static io.reckon.engine.router.RouterFixtures.px;
import static io.reckon.engine.router.RouterFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.config.RouterStyle;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExecutionRouterPlanningTest {

    @ParameterizedTest(name = "{0}: entry {1}/{2}")
    @CsvSource({
        "TAKER, MARKET, TAKER_DEFAULT",
        "MAKER_ENTRY, LIMIT, MAKER_ENTRY",
        "MAKER_EXIT, MARKET, TAKER_DEFAULT",
        "MAKER_BOTH, LIMIT, MAKER_ENTRY",
    })
    void styleDecidesWhetherEntriesQuote(final RouterStyle style, final OrderType type, final PlanReason reason) {
        final ExecutionPlan plan = RouterFixtures.router(style).plan(entry("t1"));
        assertEquals(type, plan.type());
        assertEquals(reason, plan.reason());
        assertEquals(PlanAction.ENTER, plan.action());
        assertFalse(plan.reduceOnly());
        assertEquals("t1", plan.tradeId());
        assertEquals(BTC, plan.symbol());
        assertEquals(SIZE, plan.size());
    }

    @ParameterizedTest(name = "{0}: take-profit exit {1}/{2}")
    @CsvSource({
        "TAKER, MARKET, TAKER_EXIT",
        "MAKER_ENTRY, MARKET, TAKER_EXIT",
        "MAKER_EXIT, LIMIT, MAKER_EXIT",
        "MAKER_BOTH, LIMIT, MAKER_EXIT",
    })
    void styleDecidesWhetherTakeProfitExitsQuote(final RouterStyle style, final OrderType type,
                                                 final PlanReason reason) {
        final ExecutionPlan plan = RouterFixtures.router(style).plan(exit("t1", ExitReason.TAKE_PROFIT));
        assertEquals(type, plan.type());
        assertEquals(reason, plan.reason());
        assertTrue(plan.reduceOnly());
        assertEquals(ExitReason.TAKE_PROFIT, plan.exitReason());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExitReason.class, names = {"NONE", "TAKE_PROFIT"}, mode = EnumSource.Mode.EXCLUDE)
    void urgentExitReasonsGoToMarketEvenWhenExitsQuote(final ExitReason reason) {
        final ExecutionPlan plan = RouterFixtures.router(RouterStyle.MAKER_BOTH).plan(exit("t1", reason));
        assertEquals(OrderType.MARKET, plan.type());
        assertEquals(PlanReason.TAKER_EXIT, plan.reason());
        assertTrue(plan.reduceOnly());
        assertEquals(0, plan.price());
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} at {4}")
    @CsvSource({
        "BTCUSDT, ENTER, LONG, BUY, 64999.9",
        "BTCUSDT, ENTER, SHORT, SELL, 65000.1",
        "BTCUSDT, EXIT, LONG, SELL, 65000.1",
        "BTCUSDT, EXIT, SHORT, BUY, 64999.9",
        "btc-usdt, ENTER, LONG, BUY, 64999.9",
    })
    void quotesOnOurSideOfTheReferenceOneTickAway(final String symbol, final PlanAction action,
                                                  final PositionSide side, final Side orderSide,
                                                  final String price) {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.MAKER_BOTH);
        final PlanRequest request = new PlanRequest(action, "t1", symbol, side, SIZE, BTC_REF,
            PlanRequest.SPREAD_UNKNOWN, action == PlanAction.ENTER ? ExitReason.NONE : ExitReason.TAKE_PROFIT);
        final ExecutionPlan plan = router.plan(request);
        assertEquals(OrderType.LIMIT, plan.type());
        assertEquals(orderSide, plan.orderSide());
        assertEquals(px(price), plan.price());
    }

    @ParameterizedTest(name = "{0} {1} ref {2} offset {3} -> {4}")
    @CsvSource({
        "ETHUSDT, BUY, 3000, 3, 2999.97",
        "ETHUSDT, SELL, 3000, 3, 3000.03",
        "DOGEUSDT, SELL, 0.1, 2, 0.10002",
        "FOOUSDT, BUY, 200, 1, 199.998",
        "FOOUSDT, SELL, 200, 100, 200.2",
        "BTCUSDT, BUY, 65000, 0, 65000",
        "BTCUSDT, SELL, 65000, 0, 65000",
        "XRPUSDT, BUY, 0.0002, 5, 0.0001",
        "SHIBUSDT, BUY, 0.00001234, 2, 0.00001232",
    })
    void makerPriceUsesTheSymbolsTickAndNeverGoesBelowOneTick(final String symbol, final Side side,
                                                             final String reference, final int offset,
                                                             final String expected) {
        final ExecutionRouter router = settings().offsetTicks(offset).router();
        assertEquals(px(expected), router.makerPrice(symbol, side, px(reference)));
    }

    @ParameterizedTest(name = "ref {0}")
    @CsvSource({"0", "-1"})
    void makerPriceIsZeroWithoutAReference(final String reference) {
        assertEquals(0, RouterFixtures.router(RouterStyle.MAKER_BOTH).makerPrice(BTC, Side.BUY, px(reference)));
    }

    @Test
    void makerPriceIsZeroWhenTheOffsetWouldOverflow() {
        final ExecutionRouter router = settings().offsetTicks(100).tickOverrides(Map.of("BIGUSDT", Long.MAX_VALUE / 50))
            .router();
        assertEquals(0, router.makerPrice("BIGUSDT", Side.SELL, px("1")));
    }

    @Test
    void tickOverridesMoveTheQuote() {
        final ExecutionRouter router = settings().style(RouterStyle.MAKER_ENTRY)
            .tickOverrides(Map.of("BTCUSDT", px("0.5"))).router();
        assertEquals(px("0.5"), router.tickSize(BTC, BTC_REF));
        assertEquals(px("64999.5"), router.plan(entry("t1")).price());
    }

    @ParameterizedTest(name = "ref {0}: {1}")
    @CsvSource({"0, TAKER_DEFAULT", "-5, TAKER_DEFAULT"})
    void entryWithoutAReferencePriceGoesToMarket(final String reference, final PlanReason reason) {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.MAKER_BOTH);
        final ExecutionPlan plan = router.plan(PlanRequest.entry("t1", BTC, PositionSide.LONG, SIZE, px(reference),
            PlanRequest.SPREAD_UNKNOWN));
        assertEquals(OrderType.MARKET, plan.type());
        assertEquals(reason, plan.reason());
    }

    @Test
    void takeProfitWithoutAReferencePriceGoesToMarket() {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.MAKER_BOTH);
        final ExecutionPlan plan = router.plan(PlanRequest.exit("t1", BTC, PositionSide.LONG, SIZE, 0,
            PlanRequest.SPREAD_UNKNOWN, ExitReason.TAKE_PROFIT));
        assertEquals(OrderType.MARKET, plan.type());
        assertEquals(PlanReason.TAKER_EXIT, plan.reason());
    }

    @ParameterizedTest(name = "spread {0} bps vs gate 5: {1}")
    @CsvSource({
        "unknown, LIMIT",
        "0, LIMIT",
        "4.99999999, LIMIT",
        "5, LIMIT",
        "5.00000001, MARKET",
        "50, MARKET",
        "-1, LIMIT",
    })
    void spreadGateSendsWideSpreadsToMarketForEntriesAndTakeProfits(final String spread, final OrderType type) {
        final long bps = spread.equals("unknown") ? PlanRequest.SPREAD_UNKNOWN : px(spread);
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.MAKER_BOTH);
        final ExecutionPlan in = router.plan(PlanRequest.entry("t1", BTC, PositionSide.LONG, SIZE, BTC_REF, bps));
        final ExecutionPlan out = router.plan(PlanRequest.exit("t2", BTC, PositionSide.LONG, SIZE, BTC_REF, bps,
            ExitReason.TAKE_PROFIT));
        assertEquals(type, in.type());
        assertEquals(type, out.type());
        if (type == OrderType.MARKET) {
            assertEquals(PlanReason.SPREAD_GATE, in.reason());
            assertEquals(PlanReason.SPREAD_GATE, out.reason());
            assertEquals(2, router.counters().spreadGateTaker());
        } else {
            assertEquals(0, router.counters().spreadGateTaker());
        }
    }

    @Test
    void aZeroSpreadGateStillQuotesAtAZeroSpread() {
        final ExecutionRouter router = settings().style(RouterStyle.MAKER_ENTRY).maxSpreadBps(0).router();
        assertEquals(OrderType.LIMIT, router.plan(PlanRequest.entry("t1", BTC, PositionSide.LONG, SIZE, BTC_REF, 0))
            .type());
        assertEquals(OrderType.MARKET, router.plan(PlanRequest.entry("t2", BTC, PositionSide.LONG, SIZE, BTC_REF,
            1)).type());
    }

    @Test
    void spreadGateIsNotCountedWhenTheStyleWouldNotQuoteAnyway() {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.TAKER);
        router.plan(PlanRequest.entry("t1", BTC, PositionSide.LONG, SIZE, BTC_REF, px("99")));
        router.plan(PlanRequest.exit("t1", BTC, PositionSide.LONG, SIZE, BTC_REF, px("99"), ExitReason.TAKE_PROFIT));
        assertEquals(0, router.counters().spreadGateTaker());
    }

    @ParameterizedTest(name = "postOnly={0}")
    @CsvSource({"true", "false"})
    void quotesCarryTheConfiguredPostOnlyAndTtl(final boolean postOnly) {
        final ExecutionRouter router = settings().style(RouterStyle.MAKER_BOTH).postOnly(postOnly)
            .entryTtlMs(12_000).exitTtlMs(3_000).router();
        final ExecutionPlan in = router.plan(entry("t1"));
        final ExecutionPlan out = router.plan(exit("t2", ExitReason.TAKE_PROFIT));
        assertEquals(postOnly, in.postOnly());
        assertEquals(postOnly, out.postOnly());
        assertEquals(12_000, in.ttlMs());
        assertEquals(3_000, out.ttlMs());
    }

    @Test
    void marketPlansCarryNoPriceTtlOrPostOnly() {
        final ExecutionPlan plan = RouterFixtures.router(RouterStyle.TAKER).plan(entry("t1"));
        assertEquals(0, plan.price());
        assertEquals(0, plan.ttlMs());
        assertFalse(plan.postOnly());
        assertFalse(plan.preemptsWorking());
    }

    @Test
    void everyPlanIsCountedExactlyOnce() {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.MAKER_BOTH);
        final ExecutionPlan quoted = router.plan(entry("t1"));
        router.registerWorking(quoted, 0);
        router.plan(entry("t2"));
        router.noteCancel("t1");
        router.plan(PlanRequest.entry("t3", BTC, PositionSide.LONG, SIZE, BTC_REF, px("9")));
        final ExecutionPlan tp = router.plan(exit("t4", ExitReason.TAKE_PROFIT));
        router.registerWorking(tp, 0);
        router.plan(exit("t4", ExitReason.TAKE_PROFIT));
        router.plan(exit("t4", ExitReason.MAX_HOLD));
        router.plan(exit("t5", ExitReason.CATASTROPHIC_LOSS));
        final RouterCounters c = router.counters();
        assertEquals(3, c.plansEntry());
        assertEquals(1, c.makerEntries());
        assertEquals(1, c.takerEntries());
        assertEquals(1, c.suppressedDupEnter());
        assertEquals(4, c.plansExit());
        assertEquals(1, c.makerExits());
        assertEquals(2, c.takerExits());
        assertEquals(1, c.suppressedDupExit());
        assertEquals(c.plansEntry(), c.makerEntries() + c.takerEntries() + c.suppressedDupEnter()
            + c.suppressedByHookEnter());
        assertEquals(c.plansExit(), c.makerExits() + c.takerExits() + c.suppressedDupExit());
    }
}
