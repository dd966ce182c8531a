package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.report.RunSummary;
import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanAction;
import io.reckon.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While reconcile is in ERROR the books are frozen: an ENTER is refused, an EXIT still reaches the venue. */
class FreezeGateTest {
    @TempDir
    Path dir;

    @Test
    void reconcileErrorBlocksTheNextEnterButNotAnExit() throws Exception {
        final Path journal = dir.resolve("journal");
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir).settlementWindowMs(200)
            .journal(journal))) {
            s.enter("open-1", PositionSide.LONG, "0.0150");
            s.await(() -> s.position(PositionSide.LONG).signum() > 0, "the position opened");
            s.await(() -> s.snapshot().openPositions == 1 && !s.snapshot().frozen, "the kernel booked it");

            // A deposit whose frame is lost: the venue's balance grows by 100 USDT that K cannot explain.
            s.sim.faults().dropNextFrames(1);
            s.sim.transfer(new BigDecimal("100"));
            s.pollBalance();
            ExecSession.sleep(300);
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

        // The refusal is a function of the journal: a replay refuses the same ENTER and says so.
        final RunSummary summary = new RunSummary();
        try (JournalReader reader = JournalReader.open(journal)) {
            new ReplayDriver((config, start) -> KernelAssembly.create(config, summary).replaySession())
                .replay(reader);
        }
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        summary.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        final String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("intents: accepted 2, refused while frozen 1"), printed);
        assertTrue(printed.contains("ENTER refused, CAPITAL_VS_WALLET in ERROR"), printed);
        assertEquals(1, summary.last().count(IntentVerdict.REFUSED_FROZEN));
    }
}
