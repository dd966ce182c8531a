package io.reckon.engine.snapshot;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconcileTransitionLogTest {
    /** 2026-12-04T10:00:00Z in ms. */
    private static final long T0_MS = 1_796_378_400_000L;

    private final RecordingLogger log = new RecordingLogger();
    private final List<Long> passedOn = new ArrayList<>();
    private final ReconcileTransitionLog transitions =
        new ReconcileTransitionLog(s -> passedOn.add(s.sequence), log);
    private final Snapshot s = new Snapshot();

    private void event(final long seq, final long atMs, final ReconcileStatus status, final ReconcileRule rule,
                       final String delta, final Explanation why) {
        set(seq, atMs, status, rule, delta, why);
        transitions.onSnapshot(s);
    }

    private void set(final long seq, final long atMs, final ReconcileStatus status, final ReconcileRule rule,
                     final String delta, final Explanation why) {
        s.sequence = seq;
        s.recvTimeNanos = atMs * 1_000_000L;
        s.status = status;
        s.worstRule = rule;
        s.frozen = status == ReconcileStatus.ERROR;
        if (rule != ReconcileRule.NONE) {
            s.ruleDelta[rule.ordinal()] = rule == ReconcileRule.OPEN_POSITIONS ? Long.parseLong(delta)
                : FixedPoint.parse(delta);
            s.ruleStatus[rule.ordinal()] = status;
            s.ruleExplanation[rule.ordinal()] = why;
        }
    }

    private void ok(final long seq, final long atMs) {
        event(seq, atMs, ReconcileStatus.OK, ReconcileRule.NONE, "0", Explanation.NONE);
    }

    @Test
    void logsEachStatusChangeOnceAndNothingWhileTheStatusRepeats() {
        ok(1, T0_MS);
        ok(2, T0_MS + 10);
        event(3, T0_MS + 20, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET, "3.2", Explanation.UNSETTLED_FEE);
        event(4, T0_MS + 30, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET, "3.1", Explanation.UNSETTLED_FEE);
        event(5, T0_MS + 40, ReconcileStatus.WARN, ReconcileRule.REALIZED_PNL, "0.01",
            Explanation.LOT_STEP_ROUNDING);
        ok(6, T0_MS + 50);
        ok(7, T0_MS + 60);

        assertEquals(List.of(
            "INFO reconcile OK -> WARN at seq 3, 2026-12-04T10:00:00.020Z: R1 capital_vs_wallet K-E 3.2"
                + " (UNSETTLED_FEE)",
            "INFO reconcile WARN -> OK at seq 6, 2026-12-04T10:00:00.050Z: every rule OK"), log.lines);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), passedOn, "every snapshot goes downstream");
    }

    @Test
    void freezeIsOneWarningAndUnfreezeOneLineWithTheEpisodesDurationAndSequences() {
        ok(10, T0_MS);
        event(11, T0_MS + 100, ReconcileStatus.ERROR, ReconcileRule.REALIZED_PNL, "-0.0567", Explanation.MISMATCH);
        event(12, T0_MS + 200, ReconcileStatus.ERROR, ReconcileRule.REALIZED_PNL, "-0.06", Explanation.MISMATCH);
        event(13, T0_MS + 900, ReconcileStatus.ERROR, ReconcileRule.OPEN_POSITIONS, "1", Explanation.MISMATCH);
        event(14, T0_MS + 1620, ReconcileStatus.WARN, ReconcileRule.POSITION_QTY, "0.001",
            Explanation.LOT_STEP_ROUNDING);
        event(15, T0_MS + 1700, ReconcileStatus.ERROR, ReconcileRule.OPEN_POSITIONS, "-1", Explanation.MISMATCH);

        assertEquals(List.of(
            "WARN reconcile OK -> ERROR at seq 11, 2026-12-04T10:00:00.100Z: R2 realized_pnl K-E -0.0567"
                + " (MISMATCH); FROZEN, ENTERs refused",
            "INFO reconcile ERROR -> WARN at seq 14, 2026-12-04T10:00:01.620Z: R3 position_qty K-E 0.001"
                + " (LOT_STEP_ROUNDING); unfrozen after 1520 ms of event time (frozen seq 11-13, by R2 realized_pnl)",
            "WARN reconcile WARN -> ERROR at seq 15, 2026-12-04T10:00:01.700Z: R6 open_positions K-E -1"
                + " (MISMATCH); FROZEN, ENTERs refused"), log.lines);
    }

    @Test
    void anUnchangedStatusAllocatesNothing() {
        final ReconcileTransitionLog quiet = new ReconcileTransitionLog(SnapshotListener.NONE, log);
        set(1, T0_MS, ReconcileStatus.ERROR, ReconcileRule.REALIZED_PNL, "-0.0567", Explanation.MISMATCH);
        for (int i = 0; i < 100_000; i++) {
            quiet.onSnapshot(s);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000_000; i++) {
            s.sequence = i;
            quiet.onSnapshot(s);
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over a million unchanged snapshots");
        assertEquals(1, log.lines.size(), "the freeze, once; nothing after");
    }

    /** Keeps each line as "LEVEL message", formatted as SLF4J would. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(final Level level, final Marker marker, final String pattern,
                                                   final Object[] arguments, final Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
