package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanAction;
import io.reckon.engine.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The predecessor's acceptance test through the whole live path: enter, fill, exit, fill; K and the wallet agree. */
class RoundTripTest {
    private static final long ONE_USDT = FixedPoint.SCALE;

    @TempDir
    Path dir;

    @Test
    void makerRoundTripsFilledAsTheSimulatedPriceMovesKeepKernelCapitalWithinOneUsdtOfTheWallet() throws Exception {
        final ExecSession.Options options = ExecSession.Options.taker(dir).router(Map.of("style", "maker_both",
            "entry_ttl_ms", "20000", "exit_ttl_ms", "20000", "entry_miss", "market"));
        try (ExecSession s = new ExecSession(options)) {
            for (int i = 1; i <= 2; i++) {
                final PositionSide side = i % 2 == 1 ? PositionSide.SHORT : PositionSide.LONG;
                final String trade = "mk-" + i;
                final long sent = s.exec.stats().gateway().ordersSent();
                s.enter(trade, side, "0.0150");
                // The market stays still until the quote is on the venue: moved first, it would cross and be refused.
                s.await(() -> s.exec.stats().gateway().ordersSent() == sent + 1, trade + " quoted");
                s.tickUntil(() -> s.position(side).compareTo(new BigDecimal("0.015")) == 0, 2_000, trade + " filled");
                s.exit(trade, side, "0.0150", ExitReason.TAKE_PROFIT);
                s.await(() -> s.exec.stats().gateway().ordersSent() == sent + 2, trade + " exit quoted");
                s.tickUntil(() -> s.position(side).signum() == 0, 2_000, trade + " closed");
                final long wallet = FixedPoint.parse(s.sim.account().wallet().toPlainString());
                s.await(() -> s.snapshot().wallet == wallet && s.snapshot().openPositions == 0,
                    trade + " settled in the kernel");
                assertTrue(Math.abs(s.snapshot().capital - wallet) < ONE_USDT);
                assertFalse(s.snapshot().frozen);
            }
            assertTrue(s.decisions(DecisionKind.SUBMITTED).stream().allMatch(d -> d.plan().maker()),
                "every order rested as a maker quote: " + s.describe());
            assertTrue(s.decisions(DecisionKind.MISSED).isEmpty(), s.describe());
            s.await(() -> s.exec.stats().router().fillsWorking() == 4, "four working quotes filled");
        }
    }

    @Test
    void takerRoundTripsKeepKernelCapitalWithinOneUsdtOfTheWalletAndNeverFreeze() throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir))) {
            for (int i = 1; i <= 3; i++) {
                final PositionSide side = i % 2 == 1 ? PositionSide.LONG : PositionSide.SHORT;
                final String trade = "rt-" + i;
                s.enter(trade, side, "0.0150");
                s.await(() -> s.position(side).compareTo(new BigDecimal("0.015")) == 0, trade + " entered");
                s.exit(trade, side, "0.0150", ExitReason.MAX_HOLD);
                s.await(() -> s.position(side).signum() == 0, trade + " closed");
                final BigDecimal wallet = s.sim.account().wallet();
                s.await(() -> s.snapshot().hasWallet && s.snapshot().wallet == FixedPoint.parse(wallet.toPlainString())
                    && s.snapshot().openPositions == 0, trade + " settled in the kernel");
                final Snapshot snap = s.snapshot();
                assertTrue(Math.abs(snap.capital - FixedPoint.parse(wallet.toPlainString())) < ONE_USDT,
                    "K capital " + FixedPoint.toPlainString(snap.capital) + " vs wallet " + wallet);
                assertFalse(snap.frozen, "not frozen after " + trade);
            }
            s.await(() -> s.snapshot().count(AckOutcome.ACCEPTED) == 6, "every order reply journaled and decoded");
            s.await(() -> s.decisions(DecisionKind.FILLED).size() == 6, "six orders filled");
            assertEquals(6, s.snapshot().count(IntentVerdict.ACCEPTED));
            assertEquals(3, s.decisions(DecisionKind.SUBMITTED).stream()
                .filter(d -> d.plan().action() == PlanAction.EXIT).count());
        }
    }
}
