package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.entry;
import static io.reckon.engine.router.RouterFixtures.exit;
import static io.reckon.engine.router.RouterFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.config.RouterStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionRouterRegistryTest {
    private final ExecutionRouter router = settings().style(RouterStyle.MAKER_BOTH).entryRetries(3).router();

    @Test
    void registersAMakerQuoteWithItsDeadline() {
        final ExecutionPlan plan = router.plan(entry("t1"));
        final WorkingOrder wo = router.registerWorking(plan, 1_000).orElseThrow();
        assertEquals(1_000, wo.submittedAtMs());
        assertEquals(9_000, wo.deadlineMs());
        assertEquals(3, wo.retriesLeft());
        assertEquals(0, wo.retryN());
        assertEquals("t1", wo.tradeId());
        assertEquals("t1", wo.baseTradeId());
        assertEquals(plan, wo.plan());
        assertEquals(wo, router.working("t1").orElseThrow());
        assertEquals(PlanAction.ENTER, wo.action());
    }

    @Test
    void anExitQuoteHasNoRetries() {
        final WorkingOrder wo = router.registerWorking(router.plan(exit("t1", ExitReason.TAKE_PROFIT)), 0)
            .orElseThrow();
        assertEquals(0, wo.retriesLeft());
        assertEquals(5_000, wo.deadlineMs());
        assertEquals(PlanAction.EXIT, wo.action());
    }

    @ParameterizedTest(name = "nowMs {0}: expired={1}")
    @CsvSource({"1000, false", "8999, false", "9000, true", "50000, true"})
    void expiresExactlyAtTheDeadlineOfTheCallersClock(final long nowMs, final boolean expired) {
        router.registerWorking(router.plan(entry("t1")), 1_000);
        assertEquals(expired ? 1 : 0, router.expired(nowMs).size());
    }

    @Test
    void aHookShortenedTtlIsFlooredAtTheMinimum() {
        router.addHook(new RouterHook() {
            @Override
            public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
                return plan.asLimit(plan.price(), true, 100, PlanReason.HOOK_ADJUSTED);
            }
        });
        final ExecutionPlan plan = router.plan(entry("t1"));
        assertEquals(100, plan.ttlMs());
        assertEquals(10_500, router.registerWorking(plan, 10_000).orElseThrow().deadlineMs());
    }

    @Test
    void refusesToRegisterAMarketPlan() {
        final ExecutionPlan market = RouterFixtures.router(RouterStyle.TAKER).plan(entry("t1"));
        assertTrue(router.registerWorking(market, 0).isEmpty());
        assertTrue(router.workingOrders().isEmpty());
        assertEquals(1, router.counters().registerRefused());
    }

    @Test
    void refusesASecondQuoteForTheSameTradeKeepingTheFirstDeadline() {
        final ExecutionPlan first = router.plan(entry("t1"));
        router.registerWorking(first, 0);
        final ExecutionPlan second = first.asLimit(first.price() - 1, true, 8_000, PlanReason.HOOK_ADJUSTED);
        assertTrue(router.registerWorking(second, 5_000).isEmpty());
        assertEquals(first, router.working("t1").orElseThrow().plan());
        assertEquals(8_000, router.working("t1").orElseThrow().deadlineMs());
        assertEquals(1, router.counters().registerRefused());
    }

    @Test
    void fillCancelAndClearEachRemoveTheQuote() {
        router.registerWorking(router.plan(entry("a")), 0);
        router.registerWorking(router.plan(exit("b", ExitReason.TAKE_PROFIT)), 0);
        router.registerWorking(router.plan(exit("c", ExitReason.TAKE_PROFIT)), 0);
        assertTrue(router.noteFill("a"));
        assertTrue(router.noteCancel("b"));
        assertTrue(router.clearWorking("c"));
        assertTrue(router.workingOrders().isEmpty());
        assertFalse(router.noteFill("a"));
        assertFalse(router.noteCancel("b"));
        assertFalse(router.clearWorking("c"));
        assertEquals(1, router.counters().fillsWorking());
        assertEquals(1, router.counters().cancels());
    }

    @Test
    void iteratesWorkingQuotesInRegistrationOrderNotHashOrder() {
        final List<String> ids = List.of("zeta", "t9", "alpha", "t10", "m", "Aa", "BB", "t1");
        for (String id : ids) {
            router.registerWorking(router.plan(exit(id, ExitReason.TAKE_PROFIT)), ids.indexOf(id));
        }
        assertEquals(ids, router.workingOrders().stream().map(WorkingOrder::tradeId).toList());
        assertEquals(ids, router.expired(1_000_000).stream().map(WorkingOrder::tradeId).toList());
        assertEquals(ids, router.snapshot(0).working().stream().map(RouterSnapshot.Working::tradeId).toList());
        router.noteFill("alpha");
        router.registerWorking(router.plan(exit("alpha", ExitReason.TAKE_PROFIT)), 0);
        assertEquals("alpha", router.workingOrders().get(ids.size() - 1).tradeId());
    }

    @Test
    void expiredListsOnlyQuotesPastTheirDeadline() {
        router.registerWorking(router.plan(exit("early", ExitReason.TAKE_PROFIT)), 0);
        router.registerWorking(router.plan(exit("late", ExitReason.TAKE_PROFIT)), 3_000);
        assertEquals(List.of("early"), router.expired(5_000).stream().map(WorkingOrder::tradeId).toList());
        assertEquals(2, router.expired(8_000).size());
        assertEquals(2, router.workingOrders().size(), "expiry is reported, not acted on");
    }

    @Test
    void snapshotShowsStyleAgesRetriesAndCounters() {
        router.registerWorking(router.plan(entry("t1")), 1_000);
        final RouterSnapshot s = router.snapshot(3_500);
        assertEquals(RouterStyle.MAKER_BOTH, s.style());
        assertEquals(List.of(new RouterSnapshot.Working("t1", PlanAction.ENTER, RouterFixtures.BTC, 2_500, 0)),
            s.working());
        assertEquals(router.counters(), s.counters());
        assertEquals(1, s.counters().makerEntries());
    }
}
