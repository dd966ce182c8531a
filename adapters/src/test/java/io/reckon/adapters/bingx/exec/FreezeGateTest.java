package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While reconcile is in ERROR the books are frozen: an ENTER is refused, an EXIT still reaches the venue. */
class FreezeGateTest {
    @TempDir
    Path dir;

    @Test
    void reconcileErrorBlocksTheNextEnterButNotAnExit() throws Exception {
        try (LiveSession s = new LiveSession(LiveSession.Options.taker(dir).settlementWindowMs(200))) {
            s.enter("open-1", PositionSide.LONG, "0.0150");
            s.await(() -> s.position(PositionSide.LONG).signum() > 0, "the position opened");
            s.await(() -> s.snapshot().openPositions == 1 && !s.snapshot().frozen, "the kernel booked it");

            // A deposit whose frame is lost: the venue's balance grows by 100 USDT that K cannot explain.
            s.sim.faults().dropNextFrames(1);
            s.sim.transfer(new BigDecimal("100"));
            s.pollBalance();
            LiveSession.sleep(300);
            s.pollBalance();
            s.await(() -> s.snapshot().frozen && s.snapshot().status == ReconcileStatus.ERROR,
                "reconcile ERROR once the settlement window has passed");

            s.enter("open-2", PositionSide.SHORT, "0.0150");
            s.await(() -> s.snapshot().count(IntentVerdict.REFUSED_FROZEN) == 1, "the ENTER refused");
            s.exit("open-1", PositionSide.LONG, "0.0150", ExitReason.MAX_HOLD);
            s.await(() -> s.position(PositionSide.LONG).signum() == 0, "the EXIT placed and filled while frozen");

            assertEquals(2, s.snapshot().count(IntentVerdict.ACCEPTED), "the first ENTER and the EXIT");
            assertEquals(0, s.position(PositionSide.SHORT).signum(), "the refused ENTER never reached the venue");
            assertTrue(s.decisions(DecisionKind.PLANNED).stream().noneMatch(d -> d.tradeId().equals("open-2")),
                "the refused intent never reached the execution thread: " + s.describe());
            assertEquals(1, s.decisions(DecisionKind.SUBMITTED).stream()
                .filter(d -> d.plan().action() == PlanAction.EXIT).count());
            assertTrue(s.snapshot().frozen, "still frozen: the deposit is still unexplained");
        }
    }
}
