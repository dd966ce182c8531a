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

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.config.RouterStyle;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The router's design rules marked DO NOT WEAKEN, each test named for the rule it holds. */
class DoNotWeakenRulesTest {

    private static ExecutionRouter maker() {
        return RouterFixtures.router(RouterStyle.MAKER_BOTH);
    }

    private static RouterHook suppressEverything() {
        return new RouterHook() {
            @Override
            public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
                return plan.asSuppressed(PlanReason.HOOK_ADJUSTED);
            }
        };
    }

    // ---- Rule 1: exits are never skipped ----

    static Stream<Arguments> everyExitSituation() {
        final List<Arguments> out = new ArrayList<>();
        final long[] refs = {BTC_REF, 0, -1};
        final long[] spreads = {PlanRequest.SPREAD_UNKNOWN, 0, px("5"), px("500")};
        for (RouterStyle style : RouterStyle.values()) {
            for (ExitReason reason : ExitReason.values()) {
                if (reason == ExitReason.NONE) {
                    continue;
                }
                for (long ref : refs) {
                    for (long spread : spreads) {
                        out.add(Arguments.of(style, reason, ref, spread));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} ref={2} spread={3}")
    @MethodSource("everyExitSituation")
    void rule1NoExitIsSkippedEvenWhenEveryHookThrowsOrSuppresses(final RouterStyle style, final ExitReason reason,
                                                                 final long ref, final long spread) {
        final ExecutionRouter router = RouterFixtures.router(style);
        router.addHook(new RouterFixtures.ThrowingHook());
        router.addHook(suppressEverything());
        router.addHook(new RouterFixtures.ThrowingHook());
        for (PositionSide side : List.of(PositionSide.LONG, PositionSide.SHORT)) {
            final ExecutionPlan plan = router.plan(PlanRequest.exit("t-" + side, BTC, side, SIZE, ref, spread,
                reason));
            assertFalse(plan.suppressed(), plan::toString);
            assertEquals(OrderType.MARKET, plan.type());
            assertEquals(PlanReason.HOOK_SUPPRESS_OVERRIDDEN, plan.reason());
            assertTrue(plan.reduceOnly());
            assertEquals(PlanAction.EXIT, plan.action());
        }
        assertEquals(2, router.counters().exitSuppressOverridden());
    }

    @ParameterizedTest(name = "{0} {1} ref={2} spread={3}")
    @MethodSource("everyExitSituation")
    void rule1WithoutAWorkingQuoteNoExitIsEverSuppressed(final RouterStyle style, final ExitReason reason,
                                                         final long ref, final long spread) {
        final ExecutionPlan plan = RouterFixtures.router(style).plan(PlanRequest.exit("t1", BTC, PositionSide.LONG,
            SIZE, ref, spread, reason));
        assertFalse(plan.suppressed());
        assertTrue(plan.reduceOnly());
    }

    @Test
    void rule1AHookCannotSuppressAnUrgentPreemptEither() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(exit("t1", ExitReason.TAKE_PROFIT)), 0);
        router.addHook(suppressEverything());
        final ExecutionPlan plan = router.plan(exit("t1", ExitReason.CATASTROPHIC_LOSS));
        assertEquals(OrderType.MARKET, plan.type());
        assertTrue(plan.preemptsWorking());
        assertEquals(PlanReason.HOOK_SUPPRESS_OVERRIDDEN, plan.reason());
    }

    @ParameterizedTest(name = "urgent {0}: a hook cannot make it rest")
    @EnumSource(value = ExitReason.class, names = {"NONE", "TAKE_PROFIT"}, mode = EnumSource.Mode.EXCLUDE)
    void rule1AHookCannotTurnAnUrgentMarketExitIntoARestingQuote(final ExitReason reason) {
        final ExecutionRouter router = maker();
        router.addHook(new RouterHook() {
            @Override
            public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
                return plan.asLimit(BTC_REF, true, 60_000, PlanReason.HOOK_ADJUSTED);
            }
        });
        final ExecutionPlan plan = router.plan(exit("t1", reason));
        assertEquals(OrderType.MARKET, plan.type());
        assertEquals(PlanReason.TAKER_EXIT, plan.reason());
        assertEquals(1, router.counters().hookPlansRejected());
    }

    static Stream<Arguments> everyMissPolicy() {
        final List<Arguments> out = new ArrayList<>();
        for (EntryMissPolicy miss : EntryMissPolicy.values()) {
            for (RetryExhaustAction exhaust : RetryExhaustAction.values()) {
                for (int retries : new int[] {0, 1, 10}) {
                    out.add(Arguments.of(miss, exhaust, retries));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "miss={0} exhaust={1} retries={2}")
    @MethodSource("everyMissPolicy")
    void rule1AnExpiredMakerExitAlwaysGoesToMarketUnderItsOwnTradeId(final EntryMissPolicy miss,
                                                                     final RetryExhaustAction exhaust,
                                                                     final int retries) {
        final ExecutionRouter router = settings().style(RouterStyle.MAKER_EXIT).entryMiss(miss).retryExhaust(exhaust)
            .entryRetries(retries).router();
        router.addHook(new RouterFixtures.ThrowingHook());
        final WorkingOrder wo = router.registerWorking(router.plan(exit("t1", ExitReason.TAKE_PROFIT)), 0)
            .orElseThrow();
        assertEquals(List.of(wo), router.expired(5_000));
        router.noteCancel("t1");
        assertEquals(MissAction.MARKET, router.missAction(wo));
        final ExecutionPlan market = router.marketFallbackPlan(wo);
        assertEquals("t1", market.tradeId());
        assertEquals(OrderType.MARKET, market.type());
        assertEquals(PlanAction.EXIT, market.action());
        assertTrue(market.reduceOnly());
        assertEquals(PlanReason.EXIT_TTL_MARKET_FALLBACK, market.reason());
        final ExecutionPlan viaRetry = router.retryPlan(wo, BTC_REF);
        assertEquals(market, viaRetry, "an exit is never re-quoted");
        assertEquals(2, router.counters().exitEscalations());
        assertEquals(0, router.counters().entryMissSkip() + router.counters().entryMissRetry()
            + router.counters().entryMissMarket());
    }

    // ---- Rule 2: one working order per slot; urgent exits pre-empt ----

    @Test
    void rule2AWorkingEntrySuppressesEveryOtherEntryUntilItIsGone() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(entry("t1")), 0);
        final ExecutionPlan dup = router.plan(entry("t1"));
        final ExecutionPlan other = router.plan(PlanRequest.entry("t2", "ETHUSDT", PositionSide.SHORT, SIZE,
            px("3000"), PlanRequest.SPREAD_UNKNOWN));
        assertTrue(dup.suppressed());
        assertTrue(other.suppressed());
        assertEquals(PlanReason.WORKING_ENTRY_EXISTS, dup.reason());
        assertEquals(PlanReason.WORKING_ENTRY_EXISTS, other.reason());
        assertEquals(2, router.counters().suppressedDupEnter());
        router.noteFill("t1");
        assertFalse(router.plan(entry("t3")).suppressed());
    }

    @Test
    void rule2TheDoubleEntryGuardHoldsAgainstHooksAndTakerStyle() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(entry("t1")), 0);
        router.addHook(new RouterHook() {
            @Override
            public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
                return plan.asMarket(PlanReason.HOOK_ADJUSTED);
            }
        });
        assertTrue(router.plan(entry("t2")).suppressed());
    }

    @Test
    void rule2ACancelledEntryQuoteFreesTheSlot() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(entry("t1")), 0);
        router.noteCancel("t1");
        assertEquals(OrderType.LIMIT, router.plan(entry("t2")).type());
    }

    @Test
    void rule2AWorkingExitOnlyGuardsItsOwnTrade() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(exit("t1", ExitReason.TAKE_PROFIT)), 0);
        final ExecutionPlan same = router.plan(exit("t1", ExitReason.TAKE_PROFIT));
        final ExecutionPlan other = router.plan(exit("t2", ExitReason.TAKE_PROFIT));
        assertTrue(same.suppressed());
        assertEquals(PlanReason.WORKING_EXIT_EXISTS, same.reason());
        assertEquals(OrderType.LIMIT, other.type());
        assertFalse(router.plan(entry("t3")).suppressed(), "a working exit does not block entries");
    }

    @ParameterizedTest(name = "{0} pre-empts the working take-profit")
    @EnumSource(value = ExitReason.class, names = {"NONE", "TAKE_PROFIT"}, mode = EnumSource.Mode.EXCLUDE)
    void rule2AnUrgentExitPreemptsAWorkingMakerExitWithMarket(final ExitReason reason) {
        final ExecutionRouter router = maker();
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.registerWorking(router.plan(exit("t1", ExitReason.TAKE_PROFIT)), 0);
        router.addHook(hook);
        final ExecutionPlan plan = router.plan(exit("t1", reason));
        assertEquals(OrderType.MARKET, plan.type());
        assertTrue(plan.preemptsWorking());
        assertEquals(PlanReason.URGENT_PREEMPT, plan.reason());
        assertEquals("t1", plan.tradeId());
        assertEquals(1, router.counters().exitEscalations());
        assertTrue(hook.events.contains("ON_ESCALATE:t1:t1:URGENT_PREEMPT"), hook.events::toString);
        assertTrue(router.working("t1").isPresent(), "the runtime cancels it and reports noteCancel");
    }

    @Test
    void rule2AnExitOfATradeWhoseEntryQuoteStillRestsAsksForItsCancel() {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(entry("t1")), 0);
        final ExecutionPlan urgent = router.plan(exit("t1", ExitReason.MAX_HOLD));
        final ExecutionPlan patient = router.plan(exit("t1", ExitReason.TAKE_PROFIT));
        assertTrue(urgent.preemptsWorking());
        assertEquals(OrderType.MARKET, urgent.type());
        assertTrue(patient.preemptsWorking());
        assertEquals(OrderType.LIMIT, patient.type());
        assertFalse(router.plan(exit("t2", ExitReason.MAX_HOLD)).preemptsWorking());
    }

    // ---- Rule 3: bounded retries ----

    @ParameterizedTest(name = "retries={0} exhaust={1}")
    @CsvSource({"0, SKIP", "0, MARKET", "1, SKIP", "1, MARKET", "3, SKIP", "10, MARKET", "10, SKIP"})
    void rule3ReQuotesStopAfterTheConfiguredRetriesThenTheExhaustActionApplies(final int retries,
                                                                             final RetryExhaustAction exhaust) {
        final ExecutionRouter router = settings().style(RouterStyle.MAKER_ENTRY).entryMiss(EntryMissPolicy.RETRY)
            .entryRetries(retries).retryExhaust(exhaust).router();
        long now = 0;
        WorkingOrder wo = router.registerWorking(router.plan(entry("t1")), now).orElseThrow();
        int requotes = 0;
        MissAction action;
        while (true) {
            now = wo.deadlineMs();
            assertEquals(List.of(wo), router.expired(now));
            router.noteCancel(wo.tradeId());
            action = router.missAction(wo);
            if (action != MissAction.RETRY) {
                break;
            }
            requotes++;
            assertTrue(requotes <= retries, "re-quoted more than entryRetries");
            final ExecutionPlan retry = router.retryPlan(wo, BTC_REF);
            assertEquals("t1-r" + requotes, retry.tradeId());
            wo = router.registerWorking(retry, now).orElseThrow();
        }
        assertEquals(retries, requotes);
        assertEquals(exhaust == RetryExhaustAction.MARKET ? MissAction.MARKET : MissAction.SKIP, action);
        final ExecutionPlan beyond = router.retryPlan(wo, BTC_REF);
        assertTrue(beyond.suppressed());
        assertEquals(PlanReason.RETRIES_EXHAUSTED, beyond.reason());
        assertEquals(1, router.counters().retriesRefused());
        assertTrue(router.workingOrders().isEmpty());
    }

    // ---- Rule 4: pure policy, time only from the caller ----

    @ParameterizedTest(name = "registered at {0}")
    @CsvSource({"-1000000", "0", "42", "1750000000000"})
    void rule4TimeIsOnlyTheCallersNowMs(final long registeredAt) {
        final ExecutionRouter router = maker();
        router.registerWorking(router.plan(entry("t1")), registeredAt);
        assertTrue(router.expired(registeredAt + 7_999).isEmpty());
        assertEquals(1, router.expired(registeredAt + 8_000).size());
        assertEquals(1_234, router.snapshot(registeredAt + 1_234).working().get(0).ageMs());
    }

    // ---- Rule 5: default settings are the legacy pure-taker behaviour ----

    @Test
    void rule5DefaultSettingsPlanEveryIntentAtMarketAndLeaveTheRegistryEmpty() {
        final ExecutionRouter router = new ExecutionRouter(RouterSettings.defaults());
        final List<PlanRequest> requests = new ArrayList<>();
        for (long spread : new long[] {PlanRequest.SPREAD_UNKNOWN, 0, px("100")}) {
            for (PositionSide side : List.of(PositionSide.LONG, PositionSide.SHORT)) {
                requests.add(PlanRequest.entry("e" + requests.size(), BTC, side, SIZE, BTC_REF, spread));
                for (ExitReason reason : ExitReason.values()) {
                    if (reason != ExitReason.NONE) {
                        requests.add(PlanRequest.exit("x" + requests.size(), BTC, side, SIZE, BTC_REF, spread,
                            reason));
                    }
                }
            }
        }
        for (PlanRequest request : requests) {
            final ExecutionPlan plan = router.plan(request);
            assertEquals(OrderType.MARKET, plan.type(), request::toString);
            assertFalse(plan.postOnly());
            assertEquals(0, plan.ttlMs());
            assertTrue(router.registerWorking(plan, 0).isEmpty());
        }
        assertTrue(router.workingOrders().isEmpty());
        assertTrue(router.snapshot(0).working().isEmpty());
        assertEquals(0, router.counters().makerEntries() + router.counters().makerExits());
    }
}
