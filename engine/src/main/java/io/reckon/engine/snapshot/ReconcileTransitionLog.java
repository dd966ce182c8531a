package io.reckon.engine.snapshot;

import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Logs each change of the overall reconcile status, and each freeze and unfreeze, once, on the event that made it;
 * then hands every snapshot on to the downstream listener. A decorator, so whoever assembles a session decides
 * which sessions log, without touching the kernel stages.
 *
 * <p>One line per event that changed something; a status that stays the same logs nothing, however long. Time is
 * the event's receive stamp (the kernel's event time), so a replay logs the same lines with the same times:
 * <pre>
 * INFO  reconcile OK -&gt; WARN at seq 812, 2026-12-04T10:15:02.123Z: R1 capital_vs_wallet K-E 3.2 (UNSETTLED_FEE)
 * WARN  reconcile WARN -&gt; ERROR at seq 900, 2026-12-04T10:15:04.001Z: R2 realized_pnl K-E -0.0567 (MISMATCH);
 *       FROZEN, ENTERs refused
 * INFO  reconcile ERROR -&gt; OK at seq 956, 2026-12-04T10:15:05.521Z: every rule OK; unfrozen after 1520 ms of
 *       event time (frozen seq 900-955, by R2 realized_pnl)
 * </pre>
 * A freeze is logged at WARN (ENTERs are being refused), everything else at INFO.
 *
 * <p>On the consumer thread. When nothing changed it compares two fields and stores one, allocating nothing, so it
 * may sit on the hot path; the line of a change allocates (boxing and formatting), which is acceptable because
 * changes are rare next to events.
 */
public final class ReconcileTransitionLog implements SnapshotListener {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final SnapshotListener downstream;
    private final Logger log;
    private ReconcileStatus status = ReconcileStatus.OK;
    private boolean frozen;
    /** The current (or last) freeze: its first frozen event, when it began (ms of event time) and its rule. */
    private long frozenFirstSeq;
    private long frozenSinceMs;
    private ReconcileRule frozenRule = ReconcileRule.NONE;
    /** The previous event's sequence: the last frozen one when an event unfreezes. */
    private long previousSeq;

    public ReconcileTransitionLog(final SnapshotListener downstream) {
        this(downstream, LoggerFactory.getLogger(ReconcileTransitionLog.class));
    }

    /** With the logger the lines go to; tests record them. */
    ReconcileTransitionLog(final SnapshotListener downstream, final Logger log) {
        this.downstream = downstream;
        this.log = log;
    }

    @Override
    public void onSnapshot(final Snapshot s) {
        if (s.status != status || s.frozen != frozen) {
            logChange(s);
            status = s.status;
            frozen = s.frozen;
        }
        previousSeq = s.sequence;
        downstream.onSnapshot(s);
    }

    private void logChange(final Snapshot s) {
        final long nowMs = s.recvTimeNanos / NANOS_PER_MILLI;
        final String change = "reconcile " + (s.status == status ? s.status.name() : status + " -> " + s.status)
            + " at seq " + s.sequence + ", " + Instant.ofEpochMilli(nowMs) + ": " + worst(s);
        if (s.frozen && !frozen) {
            frozenFirstSeq = s.sequence;
            frozenSinceMs = nowMs;
            frozenRule = s.worstRule;
            log.warn("{}; FROZEN, ENTERs refused", change);
        } else if (!s.frozen && frozen) {
            log.info("{}; unfrozen after {} ms of event time (frozen seq {}-{}, by {})", change,
                Math.max(0, nowMs - frozenSinceMs), frozenFirstSeq, previousSeq, RuleText.label(frozenRule));
        } else {
            log.info(change);
        }
    }

    private static String worst(final Snapshot s) {
        final ReconcileRule rule = s.worstRule;
        if (rule == ReconcileRule.NONE) {
            return "every rule OK";
        }
        return RuleText.label(rule) + " K-E " + RuleText.delta(rule, s.delta(rule)) + " (" + s.explanation(rule)
            + ')';
    }
}
