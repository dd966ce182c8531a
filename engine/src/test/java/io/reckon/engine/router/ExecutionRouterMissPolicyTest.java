package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.BTC_REF;
import static io.reckon.engine.router.RouterFixtures.entry;
import static io.reckon.engine.router.RouterFixtures.px;
import static io.reckon.engine.router.RouterFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterStyle;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionRouterMissPolicyTest {

    private static ExecutionRouter router(final EntryMissPolicy miss, final int retries,
                                          final RetryExhaustAction exhaust) {
        return settings().style(RouterStyle.MAKER_BOTH).entryMiss(miss).entryRetries(retries).retryExhaust(exhaust)
            .router();
    }

    @ParameterizedTest(name = "miss={0} retries={1} exhaust={2} attempt={3} -> {4}")
    @CsvSource({
        "SKIP, 1, SKIP, 0, SKIP",
        "SKIP, 5, MARKET, 0, SKIP",
        "MARKET, 1, SKIP, 0, MARKET",
        "MARKET, 0, SKIP, 0, MARKET",
        "RETRY, 1, SKIP, 0, RETRY",
        "RETRY, 1, SKIP, 1, SKIP",
        "RETRY, 1, MARKET, 1, MARKET",
        "RETRY, 0, SKIP, 0, SKIP",
        "RETRY, 0, MARKET, 0, MARKET",
        "RETRY, 3, SKIP, 2, RETRY",
        "RETRY, 3, MARKET, 3, MARKET",
    })
    void entryMissFollowsThePolicyAndTheRetriesLeft(final EntryMissPolicy miss, final int retries,
                                                    final RetryExhaustAction exhaust, final int attempt,
                                                    final MissAction expected) {
        final ExecutionRouter router = router(miss, retries, exhaust);
        final ExecutionPlan first = router.plan(entry("t1"));
        final ExecutionPlan quote = attempt == 0 ? first : new ExecutionPlan(PlanAction.ENTER, "t1-r" + attempt,
            "t1", attempt, first.symbol(), first.orderSide(), first.positionSide(), OrderType.LIMIT, first.price(),
            true, false, first.ttlMs(), first.size(), PlanReason.MAKER_ENTRY_RETRY, ExitReason.NONE, false);
        final WorkingOrder wo = router.registerWorking(quote, 0).orElseThrow();
        assertEquals(Math.max(0, retries - attempt), wo.retriesLeft());
        assertEquals(expected, router.missAction(wo));
        final RouterCounters c = router.counters();
        assertEquals(expected == MissAction.SKIP ? 1 : 0, c.entryMissSkip());
        assertEquals(expected == MissAction.RETRY ? 1 : 0, c.entryMissRetry());
        assertEquals(expected == MissAction.MARKET ? 1 : 0, c.entryMissMarket());
    }

    @Test
    void retryQuotesAFreshPriceUnderANewTradeId() {
        final ExecutionRouter router = router(EntryMissPolicy.RETRY, 2, RetryExhaustAction.SKIP);
        final WorkingOrder wo = router.registerWorking(router.plan(entry("t1")), 0).orElseThrow();
        router.noteCancel("t1");
        final ExecutionPlan retry = router.retryPlan(wo, px("64000"));
        assertEquals("t1-r1", retry.tradeId());
        assertEquals("t1", retry.baseTradeId());
        assertEquals(1, retry.attempt());
        assertEquals(OrderType.LIMIT, retry.type());
        assertEquals(px("63999.9"), retry.price());
        assertEquals(Side.BUY, retry.orderSide());
        assertEquals(8_000, retry.ttlMs());
        assertTrue(retry.postOnly());
        assertEquals(PlanReason.MAKER_ENTRY_RETRY, retry.reason());
        final WorkingOrder second = router.registerWorking(retry, 9_000).orElseThrow();
        assertEquals(1, second.retriesLeft());
        assertEquals("t1-r2", router.retryPlan(second, BTC_REF).tradeId());
    }

    @Test
    void retryWithoutAUsablePriceGoesToMarket() {
        final ExecutionRouter router = router(EntryMissPolicy.RETRY, 2, RetryExhaustAction.SKIP);
        final WorkingOrder wo = router.registerWorking(router.plan(entry("t1")), 0).orElseThrow();
        final ExecutionPlan retry = router.retryPlan(wo, 0);
        assertEquals(OrderType.MARKET, retry.type());
        assertEquals(PlanReason.RETRY_PRICE_INSANE_MARKET, retry.reason());
        assertEquals("t1-r1", retry.tradeId());
    }

    @Test
    void entryMarketFallbackIsANewOrderWithItsOwnTradeId() {
        final ExecutionRouter router = router(EntryMissPolicy.MARKET, 1, RetryExhaustAction.SKIP);
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.addHook(hook);
        final WorkingOrder wo = router.registerWorking(router.plan(entry("t1")), 0).orElseThrow();
        final ExecutionPlan market = router.marketFallbackPlan(wo);
        assertEquals("t1-m", market.tradeId());
        assertEquals("t1", market.baseTradeId());
        assertEquals(OrderType.MARKET, market.type());
        assertEquals(PlanAction.ENTER, market.action());
        assertFalse(market.reduceOnly());
        assertEquals(PlanReason.ENTRY_MISS_MARKET_FALLBACK, market.reason());
        assertTrue(hook.events.contains("ON_ESCALATE:t1:t1-m:ENTRY_MISS_MARKET_FALLBACK"), hook.events::toString);
        assertEquals(0, router.counters().exitEscalations());
    }

    @Test
    void fallbackOfARetriedQuoteDerivesFromTheBaseTradeId() {
        final ExecutionRouter router = router(EntryMissPolicy.RETRY, 1, RetryExhaustAction.MARKET);
        final WorkingOrder first = router.registerWorking(router.plan(entry("t1")), 0).orElseThrow();
        router.noteCancel("t1");
        assertEquals(MissAction.RETRY, router.missAction(first));
        final WorkingOrder second = router.registerWorking(router.retryPlan(first, BTC_REF), 8_000).orElseThrow();
        router.noteCancel("t1-r1");
        assertEquals(MissAction.MARKET, router.missAction(second));
        assertEquals("t1-m", router.marketFallbackPlan(second).tradeId());
    }

    @Test
    void onMissHookSeesTheDecidedAction() {
        final ExecutionRouter router = router(EntryMissPolicy.SKIP, 1, RetryExhaustAction.SKIP);
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.addHook(hook);
        final WorkingOrder wo = router.registerWorking(router.plan(entry("t1")), 0).orElseThrow();
        router.missAction(wo);
        assertTrue(hook.events.contains("ON_MISS:t1:SKIP"), hook.events::toString);
    }
}
