package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.MissAction;
import io.reckon.engine.router.PlanAction;
import io.reckon.engine.router.PlanReason;
import io.reckon.engine.router.RouterCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maker quotes that outlive their TTL against the simulator (prices never move: the quotes cannot fill): the
 * entry miss policy is applied as configured, an exit always goes to MARKET, and every cancel is confirmed by the
 * venue's open orders before the policy acts.
 */
class MakerMissTest {
    private static final BigDecimal SIZE = new BigDecimal("0.015");

    @TempDir
    Path dir;

    private ExecSession session(final Map<String, String> router) throws InterruptedException {
        return new ExecSession(ExecSession.Options.taker(dir).router(router));
    }

    @Test
    void makerEntryMissingItsTtlIsSkippedWhenConfiguredSo() throws Exception {
        try (ExecSession s = session(Map.of("style", "maker_entry", "entry_ttl_ms", "500", "entry_miss", "skip"))) {
            s.enter("skip-1", PositionSide.LONG, "0.0150");
            final Decision missed = s.awaitDecision(d -> d.kind() == DecisionKind.MISSED, "the miss");
            assertEquals(MissAction.SKIP, missed.miss());
            assertEquals(OrderType.LIMIT, s.decisions(DecisionKind.SUBMITTED).get(0).plan().type());
            assertConfirmedCancelBefore(s, missed);
            assertEquals(1, s.decisions(DecisionKind.SUBMITTED).size(), "nothing sent after the skip");
            assertEquals(0, s.position(PositionSide.LONG).signum());
            assertTrue(s.sim.account().openOrders().isEmpty(), "the quote is gone from the venue");
            s.await(() -> s.exec.stats().router().entryMissSkip() == 1, "router counted the skip");
        }
    }

    @Test
    void makerEntryMissingItsTtlIsRequotedThenGivenUpWhenItsRetriesAreSpent() throws Exception {
        try (ExecSession s = session(Map.of("style", "maker_entry", "entry_ttl_ms", "500", "entry_miss", "retry",
            "entry_retries", "1", "retry_exhaust", "skip"))) {
            s.enter("retry-1", PositionSide.SHORT, "0.0150");
            s.awaitDecision(d -> d.kind() == DecisionKind.MISSED && d.miss() == MissAction.SKIP, "the final skip");
            final List<Decision> sent = s.decisions(DecisionKind.SUBMITTED);
            assertEquals(2, sent.size(), s.describe());
            assertEquals("retry-1", sent.get(0).plan().tradeId());
            assertEquals("retry-1-r1", sent.get(1).plan().tradeId());
            assertEquals(PlanReason.MAKER_ENTRY_RETRY, sent.get(1).plan().reason());
            assertEquals(OrderType.LIMIT, sent.get(1).plan().type());
            assertEquals(List.of(MissAction.RETRY, MissAction.SKIP),
                s.decisions(DecisionKind.MISSED).stream().map(Decision::miss).toList());
            assertEquals(2, s.decisions(DecisionKind.CANCEL_REQUESTED).size());
            assertEquals(0, s.position(PositionSide.SHORT).signum());
            assertTrue(s.sim.account().openOrders().isEmpty());
            s.await(() -> {
                final RouterCounters c = s.exec.stats().router();
                return c.entryMissRetry() == 1 && c.entryMissSkip() == 1 && c.cancels() == 2;
            }, "router counters");
        }
    }

    @Test
    void makerEntryMissingItsTtlGoesToMarketWhenConfiguredSo() throws Exception {
        try (ExecSession s = session(Map.of("style", "maker_entry", "entry_ttl_ms", "500", "entry_miss", "market"))) {
            s.enter("mkt-1", PositionSide.LONG, "0.0150");
            s.await(() -> s.position(PositionSide.LONG).compareTo(SIZE) == 0, "the MARKET fallback filled");
            final List<Decision> sent = s.decisions(DecisionKind.SUBMITTED);
            assertEquals(2, sent.size(), s.describe());
            assertEquals(OrderType.MARKET, sent.get(1).plan().type());
            assertEquals("mkt-1-m", sent.get(1).plan().tradeId());
            assertEquals(PlanReason.ENTRY_MISS_MARKET_FALLBACK, sent.get(1).plan().reason());
            assertEquals(MissAction.MARKET, s.decisions(DecisionKind.MISSED).get(0).miss());
        }
    }

    @ParameterizedTest(name = "entry miss policy {0}")
    @ValueSource(strings = {"skip", "retry", "market"})
    void makerExitMissingItsTtlIsAlwaysEscalatedToMarket(final String entryMiss) throws Exception {
        try (ExecSession s = session(Map.of("style", "maker_exit", "exit_ttl_ms", "500", "entry_miss", entryMiss))) {
            s.enter("tp-1", PositionSide.LONG, "0.0150");
            s.await(() -> s.position(PositionSide.LONG).compareTo(SIZE) == 0, "the taker entry filled");
            s.exit("tp-1", PositionSide.LONG, "0.0150", ExitReason.TAKE_PROFIT);
            s.await(() -> s.position(PositionSide.LONG).signum() == 0, "the exit escalated and filled");
            final List<Decision> exits = s.decisions(DecisionKind.SUBMITTED).stream()
                .filter(d -> d.plan().action() == PlanAction.EXIT).toList();
            assertEquals(2, exits.size(), s.describe());
            assertEquals(OrderType.LIMIT, exits.get(0).plan().type());
            assertEquals(PlanReason.MAKER_EXIT, exits.get(0).plan().reason());
            assertEquals(OrderType.MARKET, exits.get(1).plan().type());
            assertEquals(PlanReason.EXIT_TTL_MARKET_FALLBACK, exits.get(1).plan().reason());
            assertEquals("tp-1", exits.get(1).plan().tradeId(), "an exit keeps its trade id");
            final Decision missed = s.decisions(DecisionKind.MISSED).get(0);
            assertEquals(MissAction.MARKET, missed.miss());
            assertConfirmedCancelBefore(s, missed);
            s.await(() -> s.exec.stats().router().exitEscalations() == 1, "router counted the escalation");
        }
    }

    /**
     * The miss followed a cancel requested at a TTL tick, and came with the venue record that showed the quote gone
     * (its open orders, or its own CANCELED event), never with the DELETE reply.
     */
    private static void assertConfirmedCancelBefore(final ExecSession s, final Decision missed) {
        final Decision cancel = s.decisions(DecisionKind.CANCEL_REQUESTED).get(0);
        final Decision gone = s.decisions(DecisionKind.GONE).get(0);
        assertTrue(cancel.sequence() < gone.sequence() && gone.sequence() == missed.sequence(),
            "cancel requested at a tick, gone and missed on the venue's word: " + s.describe());
        assertTrue(gone.timeMs() - s.decisions(DecisionKind.SUBMITTED).get(0).timeMs() >= 500,
            "not before the TTL: " + s.describe());
    }
}
