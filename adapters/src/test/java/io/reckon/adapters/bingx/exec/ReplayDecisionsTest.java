package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.exec.ExecutionFeed;
import io.reckon.engine.exec.OrderDesk;
import io.reckon.engine.exec.SynchronousDesk;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.MissAction;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every decision the desk made live (plans, expiries, miss actions, re-quotes, fallbacks, fills, refusals) is made
 * again, equal in every field, by a fresh desk fed from the journal alone.
 */
class ReplayDecisionsTest {
    private static final BigDecimal SIZE = new BigDecimal("0.015");

    @TempDir
    Path dir;

    @Test
    void replayingTheJournalReproducesEveryDecisionTheRouterMade() throws Exception {
        final Path journal = dir.resolve("journal");
        final ExecSession.Options options = ExecSession.Options.taker(dir).journal(journal).router(Map.of(
            "style", "maker_both", "entry_ttl_ms", "500", "exit_ttl_ms", "500", "entry_miss", "retry",
            "entry_retries", "1", "retry_exhaust", "market"));
        final List<Decision> live;
        try (ExecSession s = new ExecSession(options)) {
            // A wide spread sends the entry to MARKET; an urgent exit is MARKET whatever the style.
            s.enter("wide-1", PositionSide.LONG, "0.0150", 3, FixedPoint.parse("20"));
            s.await(() -> s.position(PositionSide.LONG).compareTo(SIZE) == 0, "wide-1 entered");
            s.exit("wide-1", PositionSide.LONG, "0.0150", ExitReason.MAX_HOLD);
            s.await(() -> s.position(PositionSide.LONG).signum() == 0, "wide-1 closed");

            // A quote that never fills: re-quoted once, then MARKET; its take-profit exit misses and escalates.
            s.enter("quiet-1", PositionSide.SHORT, "0.0150");
            s.await(() -> s.position(PositionSide.SHORT).compareTo(SIZE) == 0, "quiet-1 entered at MARKET");
            s.exit("quiet-1", PositionSide.SHORT, "0.0150", ExitReason.TAKE_PROFIT);
            s.await(() -> s.position(PositionSide.SHORT).signum() == 0, "quiet-1 closed at MARKET");

            // A rate-limited entry, dropped.
            s.sim.faults().rateLimitNextRestCalls(1);
            s.enter("limited-1", PositionSide.LONG, "0.0150");
            s.awaitDecision(d -> d.kind() == DecisionKind.RATE_LIMITED, "the rate-limited entry");

            s.await(() -> s.sim.account().openOrders().isEmpty() && s.exec.stats().desk().filled() == 4,
                "every order settled");
            ExecSession.sleep(200);
            live = List.copyOf(s.decisions);
        }
        assertTrue(live.stream().anyMatch(d -> d.kind() == DecisionKind.MISSED && d.miss() == MissAction.RETRY),
            "the session exercised a re-quote");
        assertTrue(live.stream().anyMatch(d -> d.kind() == DecisionKind.FALLBACK_PLANNED), "and a fallback");

        final List<Decision> replayed = new ArrayList<>();
        final ReplayResult result;
        try (JournalReader reader = JournalReader.open(journal)) {
            result = new ReplayDriver((config, start) -> {
                final KernelAssembly kernel = KernelAssembly.create(config, SnapshotListener.NONE);
                final OrderDesk desk = new OrderDesk(new ExecutionRouter(config.router()), options.desk(),
                    replayed::add);
                return kernel.replaySession(new ExecutionFeed(kernel.symbols(), new SynchronousDesk(desk)));
            }).replay(reader);
        }
        assertTrue(result.verified(), "ledger state hashes match");
        assertEquals(live.size(), replayed.size(), "decision count");
        for (int i = 0; i < live.size(); i++) {
            assertEquals(live.get(i), replayed.get(i), "decision " + i);
        }
    }
}
