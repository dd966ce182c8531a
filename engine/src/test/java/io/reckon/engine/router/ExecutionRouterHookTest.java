package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.entry;
import static io.reckon.engine.router.RouterFixtures.exit;
import static io.reckon.engine.router.RouterFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RouterStyle;
import io.reckon.engine.ring.OrderType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ExecutionRouterHookTest {

    private static ExecutionRouter maker() {
        return settings().style(RouterStyle.MAKER_BOTH).entryMiss(EntryMissPolicy.RETRY).entryRetries(1).router();
    }

    private static RouterHook preSubmit(final BiFunction<ExecutionPlan, PlanRequest, ExecutionPlan> f) {
        return new RouterHook() {
            @Override
            public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
                return f.apply(plan, request);
            }
        };
    }

    /** Every stage once: plan, register, fill, cancel, miss, retry, escalate, pre-empt. */
    private static List<Object> lifecycle(final ExecutionRouter router) {
        final List<Object> out = new ArrayList<>();
        final ExecutionPlan in = router.plan(entry("t1"));
        out.add(in);
        out.add(router.registerWorking(in, 0));
        out.add(router.noteFill("t1"));
        final ExecutionPlan in2 = router.plan(entry("t2"));
        out.add(in2);
        final WorkingOrder wo2 = router.registerWorking(in2, 100).orElseThrow();
        out.add(router.noteCancel("t2"));
        out.add(router.missAction(wo2));
        out.add(router.retryPlan(wo2, RouterFixtures.BTC_REF));
        final ExecutionPlan tp = router.plan(exit("t1", ExitReason.TAKE_PROFIT));
        out.add(tp);
        out.add(router.registerWorking(tp, 200));
        out.add(router.plan(exit("t1", ExitReason.MAX_HOLD)));
        out.add(router.marketFallbackPlan(router.working("t1").orElseThrow()));
        out.add(router.snapshot(1_000).working());
        return out;
    }

    @Test
    void aHookThrowingAtEveryStageIsCountedAndChangesNoDecision() {
        final ExecutionRouter clean = maker();
        final ExecutionRouter noisy = maker();
        final RouterFixtures.ThrowingHook thrower = new RouterFixtures.ThrowingHook();
        final RouterFixtures.RecordingHook after = new RouterFixtures.RecordingHook();
        noisy.addHook(thrower);
        noisy.addHook(after);
        assertEquals(lifecycle(clean), lifecycle(noisy));
        assertTrue(thrower.calls > 0);
        assertEquals(thrower.calls, noisy.counters().hookErrors());
        assertEquals(after.events.size(), thrower.calls, "the hook after a failing one still runs at every call");
        for (String stage : List.of("PRE_PLAN", "PRE_SUBMIT", "ON_WORKING", "ON_FILL", "ON_MISS", "ON_ESCALATE",
            "ON_CANCEL")) {
            assertTrue(after.events.stream().anyMatch(e -> e.startsWith(stage + ":")), stage + " " + after.events);
        }
    }

    @Test
    void stagesReportTheOrderTheyConcern() {
        final ExecutionRouter router = maker();
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.addHook(hook);
        lifecycle(router);
        assertEquals(List.of(
            "PRE_PLAN:t1", "PRE_SUBMIT:t1:LIMIT", "ON_WORKING:t1", "ON_FILL:t1",
            "PRE_PLAN:t2", "PRE_SUBMIT:t2:LIMIT", "ON_WORKING:t2", "ON_CANCEL:t2", "ON_MISS:t2:RETRY",
            "PRE_PLAN:t1", "PRE_SUBMIT:t1:LIMIT", "ON_WORKING:t1",
            "PRE_PLAN:t1", "PRE_SUBMIT:t1:MARKET", "ON_ESCALATE:t1:t1:URGENT_PREEMPT",
            "ON_ESCALATE:t1:t1:EXIT_TTL_MARKET_FALLBACK"), hook.events);
    }

    @Test
    void preSubmitMayTurnAnEntryQuoteIntoMarket() {
        final ExecutionRouter router = maker();
        router.addHook(preSubmit((p, r) -> p.asMarket(PlanReason.HOOK_ADJUSTED)));
        final ExecutionPlan plan = router.plan(entry("t1"));
        assertEquals(OrderType.MARKET, plan.type());
        assertEquals(PlanReason.HOOK_ADJUSTED, plan.reason());
        assertEquals(1, router.counters().takerEntries());
        assertEquals(0, router.counters().makerEntries());
    }

    @Test
    void preSubmitMayTurnATakerEntryIntoAQuote() {
        final ExecutionRouter router = RouterFixtures.router(RouterStyle.TAKER);
        router.addHook(preSubmit((p, r) -> p.asLimit(r.referencePrice(), true, 1_000, PlanReason.HOOK_ADJUSTED)));
        final ExecutionPlan plan = router.plan(entry("t1"));
        assertEquals(OrderType.LIMIT, plan.type());
        assertEquals(1, router.counters().makerEntries());
    }

    @Test
    void preSubmitMaySkipAnEntry() {
        final ExecutionRouter router = maker();
        router.addHook(preSubmit((p, r) -> p.asSuppressed(PlanReason.HOOK_ADJUSTED)));
        final ExecutionPlan plan = router.plan(entry("t1"));
        assertTrue(plan.suppressed());
        assertEquals(1, router.counters().suppressedByHookEnter());
        assertEquals(0, router.counters().takerEntries());
    }

    @Test
    void returningNullOrTheSamePlanKeepsIt() {
        final ExecutionRouter router = maker();
        router.addHook(preSubmit((p, r) -> null));
        router.addHook(preSubmit((p, r) -> p));
        assertEquals(maker().plan(entry("t1")), router.plan(entry("t1")));
        assertEquals(0, router.counters().hookPlansRejected());
    }

    @Test
    void hooksRunInRegistrationOrderEachSeeingThePreviousReplacement() {
        final ExecutionRouter router = maker();
        final List<Long> seen = new ArrayList<>();
        router.addHook(preSubmit((p, r) -> p.asLimit(p.price() - 10, true, p.ttlMs(), PlanReason.HOOK_ADJUSTED)));
        router.addHook(preSubmit((p, r) -> {
            seen.add(p.price());
            return p.asLimit(p.price() - 5, true, p.ttlMs(), PlanReason.HOOK_ADJUSTED);
        }));
        final long base = maker().plan(entry("t1")).price();
        assertEquals(base - 15, router.plan(entry("t1")).price());
        assertEquals(List.of(base - 10), seen);
    }

    @Test
    void replacementsThatChangeTheOrderAreRejected() {
        final ExecutionRouter router = maker();
        router.addHook(preSubmit((p, r) -> new ExecutionPlan(p.action(), "other", p.baseTradeId(), p.attempt(),
            p.symbol(), p.orderSide(), p.positionSide(), p.type(), p.price(), p.postOnly(), p.reduceOnly(), p.ttlMs(),
            p.size(), p.reason(), p.exitReason(), p.preemptsWorking())));
        router.addHook(preSubmit((p, r) -> new ExecutionPlan(p.action(), p.tradeId(), p.baseTradeId(), p.attempt(),
            p.symbol(), p.orderSide(), p.positionSide(), p.type(), p.price(), p.postOnly(), p.reduceOnly(), p.ttlMs(),
            p.size() * 10, p.reason(), p.exitReason(), p.preemptsWorking())));
        final ExecutionPlan plan = router.plan(entry("t1"));
        assertEquals(maker().plan(entry("t1")), plan);
        assertEquals(2, router.counters().hookPlansRejected());
    }

    @Test
    void removedHooksAreNoLongerCalled() {
        final ExecutionRouter router = maker();
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.addHook(hook);
        assertTrue(router.removeHook(hook));
        assertFalse(router.removeHook(hook));
        router.plan(entry("t1"));
        assertTrue(hook.events.isEmpty());
    }

    @Test
    void aHookRemovingItselfMidStageDoesNotDisturbTheOthers() {
        final ExecutionRouter router = maker();
        final RouterFixtures.RecordingHook after = new RouterFixtures.RecordingHook();
        router.addHook(new RouterHook() {
            @Override
            public void prePlan(final PlanRequest request) {
                router.removeHook(this);
            }
        });
        router.addHook(after);
        router.plan(entry("t1"));
        router.plan(exit("t9", ExitReason.MAX_HOLD));
        assertEquals(List.of("PRE_PLAN:t1", "PRE_SUBMIT:t1:LIMIT", "PRE_PLAN:t9", "PRE_SUBMIT:t9:MARKET"),
            after.events);
        assertEquals(0, router.counters().hookErrors());
    }

    @Test
    void refusesANullHook() {
        assertThrows(IllegalArgumentException.class, () -> maker().addHook(null));
    }
}
