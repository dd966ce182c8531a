package io.reckon.adapters.runtime;

import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;

/**
 * Asks the venue before a difference in flight turns into a freeze, and at once when the books are frozen. A
 * difference the reconcile calls in flight (a fill without its account update, a position the venue has not
 * reported yet) becomes an ERROR once it outlives the settlement window; when what was lost is a venue report (an
 * account frame the stream dropped) K is right and only a fresh REST snapshot can say so, and when it was a fill
 * only the REST catch-up can book it. The guard poll comes every 30 s; this asks for it once a difference has been
 * in flight for half the window (so the books are checked before the window runs out) and as soon as the status is
 * ERROR (so a freeze lasts no longer than a REST round trip when the venue can explain it).
 *
 * <p>The consumer thread calls {@link #onSnapshot} (volatile stores on a change only, nothing allocated); one
 * other thread calls {@link #check} now and then and runs the poll when it returns true. At most one poll per
 * window while the same stretch of differences lasts.
 */
public final class SettlementWatch implements SnapshotListener {
    private static final long NONE = Long.MIN_VALUE;

    private final long halfWindowNanos;
    private final long windowNanos;
    /** Receive time of the first event of the current stretch of differences, or {@link #NONE}. */
    private volatile long stretchSinceNanos = NONE;
    /** When that stretch wants a poll, or {@link #NONE}. */
    private volatile long dueNanos = NONE;

    // ---- the checker's
    private long stretchAskedFor = NONE;
    private long askedAtNanos;

    /** @param settlementWindowMs the reconcile's settlement window; 0 turns the watch off */
    public SettlementWatch(final long settlementWindowMs) {
        if (settlementWindowMs < 0) {
            throw new IllegalArgumentException("the settlement window cannot be negative");
        }
        this.windowNanos = settlementWindowMs * 1_000_000L;
        this.halfWindowNanos = windowNanos / 2;
    }

    @Override
    public void onSnapshot(final Snapshot s) {
        final boolean frozen = s.status == ReconcileStatus.ERROR;
        if (!frozen && !inFlight(s)) {
            if (stretchSinceNanos != NONE) {
                dueNanos = NONE;
                stretchSinceNanos = NONE;
            }
            return;
        }
        final long now = s.recvTimeNanos;
        if (stretchSinceNanos == NONE) {
            stretchSinceNanos = now;
            dueNanos = frozen ? now : now + halfWindowNanos;
        } else if (frozen && dueNanos > now) {
            dueNanos = now;
        }
    }

    private static boolean inFlight(final Snapshot s) {
        if (s.status != ReconcileStatus.WARN) {
            return false;
        }
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            if (s.ruleStatus[r] == ReconcileStatus.WARN && s.ruleExplanation[r].inFlight()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether to poll the venue now (on the clock that stamps receive times): the current stretch is due and no
     * poll was asked for it within the last window.
     */
    public boolean check(final long nowNanos) {
        final long since = stretchSinceNanos;
        final long due = dueNanos;
        if (windowNanos == 0 || since == NONE || due == NONE || nowNanos < due) {
            return false;
        }
        if (since == stretchAskedFor && nowNanos - askedAtNanos < windowNanos) {
            return false;
        }
        stretchAskedFor = since;
        askedAtNanos = nowNanos;
        return true;
    }

    /** How often {@link #check} should run to ask in time: a tenth of the window, at least every 10 ms. */
    public long checkEveryMs() {
        return Math.max(10, windowNanos / 10 / 1_000_000L);
    }
}
