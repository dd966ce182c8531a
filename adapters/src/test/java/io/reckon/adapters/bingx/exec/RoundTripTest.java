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

/** Seed 000's acceptance test through the whole live path: enter, fill, exit, fill; K and the wallet agree. */
class RoundTripTest {
    private static final long ONE_USDT = FixedPoint.SCALE;

    @TempDir
    Path dir;

    @Test
    void takerRoundTripsKeepKernelCapitalWithinOneUsdtOfTheWalletAndNeverFreeze() throws Exception {
        try (LiveSession s = new LiveSession(LiveSession.Options.taker(dir))) {
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
            final Snapshot snap = s.snapshot();
            assertEquals(6, snap.count(IntentVerdict.ACCEPTED));
            assertEquals(6, snap.count(AckOutcome.ACCEPTED), "every order reply journaled and decoded");
            assertEquals(6, s.decisions(DecisionKind.FILLED).size(), s.describe());
            assertEquals(3, s.decisions(DecisionKind.SUBMITTED).stream()
                .filter(d -> d.plan().action() == PlanAction.EXIT).count());
        }
    }
}
