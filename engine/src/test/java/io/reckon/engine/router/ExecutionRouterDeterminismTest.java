package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.BTC;
import static io.reckon.engine.router.RouterFixtures.SIZE;
import static io.reckon.engine.router.RouterFixtures.px;
import static io.reckon.engine.router.RouterFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.config.RouterStyle;
import io.reckon.engine.ring.PositionSide;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replay's premise: the same calls give the same plans, the same registry and the same snapshots. */
class ExecutionRouterDeterminismTest {

    private static RouterSettings settingsUnderTest() {
        return settings().style(RouterStyle.MAKER_BOTH).entryMiss(EntryMissPolicy.RETRY).entryRetries(2)
            .retryExhaust(RetryExhaustAction.MARKET).build();
    }

    /**
     * A session of intents over several symbols and trade ids, driven like the runtime: plan, register quotes,
     * expire, cancel, decide, re-quote or fall back, fill. Every output and every snapshot is recorded.
     */
    private static List<Object> session(final ExecutionRouter router) {
        final RouterFixtures.RecordingHook hook = new RouterFixtures.RecordingHook();
        router.addHook(hook);
        final List<Object> out = new ArrayList<>();
        final String[] symbols = {BTC, "ETHUSDT", "DOGEUSDT", "NEWUSDT"};
        final String[] refs = {"65000", "3000", "0.1", "12.5"};
        final ExitReason[] reasons = {ExitReason.TAKE_PROFIT, ExitReason.MAX_HOLD, ExitReason.TAKE_PROFIT,
            ExitReason.MEAN_REVERSION};
        long now = 1_750_000_000_000L;
        for (int round = 0; round < 40; round++) {
            final int k = round % symbols.length;
            final String id = "T" + (round * 7919 % 97);
            final PositionSide side = round % 3 == 0 ? PositionSide.SHORT : PositionSide.LONG;
            final long spread = round % 5 == 0 ? px("9") : round % 5 == 1 ? PlanRequest.SPREAD_UNKNOWN : px("1");
            final ExecutionPlan in = router.plan(PlanRequest.entry(id, symbols[k], side, SIZE, px(refs[k]), spread));
            out.add(in);
            if (in.maker()) {
                out.add(router.registerWorking(in, now));
            }
            now += 1_000 + round * 37L;
            for (WorkingOrder wo : router.expired(now)) {
                router.noteCancel(wo.tradeId());
                final MissAction action = router.missAction(wo);
                out.add(action);
                if (action == MissAction.RETRY) {
                    final ExecutionPlan retry = router.retryPlan(wo, px(refs[k]) + round);
                    out.add(retry);
                    out.add(router.registerWorking(retry, now));
                } else if (action == MissAction.MARKET) {
                    out.add(router.marketFallbackPlan(wo));
                }
            }
            if (round % 4 == 3) {
                for (WorkingOrder wo : router.workingOrders()) {
                    if (wo.action() == PlanAction.ENTER) {
                        out.add(router.noteFill(wo.tradeId()));
                    }
                }
            }
            final ExecutionPlan x = router.plan(PlanRequest.exit(id, symbols[k], side, SIZE, px(refs[k]), spread,
                reasons[(round / 2) % reasons.length]));
            out.add(x);
            if (x.maker()) {
                out.add(router.registerWorking(x, now));
            }
            out.add(router.snapshot(now));
        }
        out.add(List.copyOf(hook.events));
        return out;
    }

    @Test
    void theSameCallsGiveTheSamePlansAndSnapshots() {
        final List<Object> first = session(new ExecutionRouter(settingsUnderTest()));
        final List<Object> second = session(new ExecutionRouter(settingsUnderTest()));
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i), second.get(i), "output " + i);
        }
        final RouterSnapshot last = (RouterSnapshot) first.get(first.size() - 2);
        assertNotEquals(0, last.counters().entryMissRetry(), "the session exercises re-quotes");
        assertNotEquals(0, last.counters().exitEscalations(), "the session exercises escalations");
        assertNotEquals(0, last.counters().suppressedDupEnter(), "the session exercises the entry guard");
        assertNotEquals(0, last.counters().spreadGateTaker(), "the session exercises the spread gate");
    }

    @Test
    void differentSettingsGiveADifferentSession() {
        final List<Object> maker = session(new ExecutionRouter(settingsUnderTest()));
        final List<Object> taker = session(new ExecutionRouter(RouterSettings.defaults()));
        assertNotEquals(maker, taker);
    }
}
