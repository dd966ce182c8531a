package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.exec.DeskCounters;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venue rate-limits an order: it is reported once, never retried in a loop; an exit waits out the cool-down. */
class RateLimitTest {
    private static final BigDecimal SIZE = new BigDecimal("0.015");

    @TempDir
    Path dir;

    @Test
    void rateLimitedEntryIsReportedOnceAndNotRetried() throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir))) {
            s.sim.faults().rateLimitNextRestCalls(1);
            s.enter("rl-1", PositionSide.LONG, "0.0150");
            s.awaitDecision(d -> d.kind() == DecisionKind.RATE_LIMITED && d.tradeId().equals("rl-1"), "refusal");
            s.enter("rl-2", PositionSide.LONG, "0.0150");
            s.awaitDecision(d -> d.kind() == DecisionKind.RATE_LIMITED && d.tradeId().equals("rl-2"),
                "held back by the client's cool-down");
            s.await(() -> s.snapshot().count(AckOutcome.RATE_LIMITED) == 2, "both replies journaled");

            final GatewayCounters gateway = s.exec.stats().gateway();
            assertEquals(1, gateway.rateLimitEpisodes(), "one report for the episode");
            assertEquals(2, gateway.ordersSent());
            final DeskCounters desk = s.exec.stats().desk();
            assertEquals(2, desk.submitted(), "one order per intent, no re-send: " + s.describe());
            assertEquals(2, desk.rateLimited());
            assertEquals(2, desk.dropped());
            assertEquals(0, s.position(PositionSide.LONG).signum());
            assertTrue(s.sim.account().openOrders().isEmpty());

            ExecSession.sleep(350);
            s.enter("rl-3", PositionSide.LONG, "0.0150");
            s.await(() -> s.position(PositionSide.LONG).compareTo(SIZE) == 0, "an entry after the cool-down fills");
            s.await(() -> s.exec.stats().desk().submitted() == 3, "the third entry counted");
            for (String trade : List.of("rl-1", "rl-2")) {
                assertEquals(1, s.decisions(DecisionKind.SUBMITTED).stream()
                    .filter(d -> d.tradeId().equals(trade)).count(), trade + " was never sent again");
            }
        }
    }

    @Test
    void rateLimitedExitIsSentAgainOnceTheCoolDownHasPassed() throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir))) {
            s.enter("rx-1", PositionSide.SHORT, "0.0150");
            s.await(() -> s.position(PositionSide.SHORT).compareTo(SIZE) == 0, "entered");
            s.sim.faults().rateLimitNextRestCalls(1);
            s.exit("rx-1", PositionSide.SHORT, "0.0150", ExitReason.CATASTROPHIC_LOSS);
            s.await(() -> s.position(PositionSide.SHORT).signum() == 0, "the exit re-sent after the cool-down");

            final List<Decision> exits = s.decisions(DecisionKind.SUBMITTED).stream()
                .filter(d -> d.plan().action() == PlanAction.EXIT).toList();
            assertEquals(2, exits.size(), s.describe());
            assertNotEquals(exits.get(0).clientOrderId(), exits.get(1).clientOrderId());
            final Decision scheduled = s.decisions(DecisionKind.EXIT_RESEND_SCHEDULED).get(0);
            assertTrue(exits.get(1).timeMs() - scheduled.timeMs() >= 400, "not before the re-send delay");
            s.await(() -> s.exec.stats().desk().exitResends() == 1, "the re-send counted");
            assertEquals(1, s.exec.stats().gateway().rateLimitEpisodes());
        }
    }
}
