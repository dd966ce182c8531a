package io.reckon.adapters.runtime;

import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.RuleText;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the reconcile status did between two looks of a status line, which samples the latest snapshot only now
 * and then and so misses an ERROR that starts and ends between two samples: the worst status seen in the interval
 * and how many ERROR episodes started in it.
 *
 * <p>The consumer thread counts as a {@link SnapshotListener}: per event at most two counter increments (a plain
 * read and an ordered store, as the only writer) and, on a change of status, two volatile stores; nothing is
 * allocated. Counters only grow, so the reader never resets anything the writer touches. One reader thread calls
 * {@link #next()}.
 */
public final class StatusCounters implements SnapshotListener {
    private final AtomicLong warnEvents = new AtomicLong();
    private final AtomicLong errorEvents = new AtomicLong();
    private final AtomicLong errorEpisodes = new AtomicLong();
    /** The worst rule when the latest ERROR episode began; written before the counters that announce it. */
    private volatile ReconcileRule episodeRule = ReconcileRule.NONE;
    /** The latest event's status, for an interval without events. */
    private volatile ReconcileStatus current = ReconcileStatus.OK;

    // ---- the reader's: counts as of its previous look
    private long seenWarn;
    private long seenError;
    private long seenEpisodes;

    /**
     * One interval between two looks.
     *
     * @param worst           the worst status of any event in it, or the standing status when none arrived
     * @param episodesStarted ERROR episodes that began in it
     * @param rule            the rule that began the latest ERROR episode; {@link ReconcileRule#NONE} before any
     */
    public record Interval(ReconcileStatus worst, long episodesStarted, ReconcileRule rule) {
        /** {@code OK}, {@code WARN}, {@code ERROR x2 (R5 used_margin)}, or {@code ERROR (…)} for a standing one. */
        @Override
        public String toString() {
            if (worst != ReconcileStatus.ERROR) {
                return worst.name();
            }
            return "ERROR" + (episodesStarted > 0 ? " x" + episodesStarted : "") + " (" + RuleText.label(rule) + ')';
        }
    }

    @Override
    public void onSnapshot(final Snapshot s) {
        final ReconcileStatus status = s.status;
        if (status == ReconcileStatus.ERROR) {
            if (current != ReconcileStatus.ERROR) {
                episodeRule = s.worstRule;
                errorEpisodes.lazySet(errorEpisodes.get() + 1);
            }
            errorEvents.lazySet(errorEvents.get() + 1);
        } else if (status == ReconcileStatus.WARN) {
            warnEvents.lazySet(warnEvents.get() + 1);
        }
        if (status != current) {
            current = status;
        }
    }

    /** The interval since the previous call (since the start, on the first). Reader thread only. */
    public Interval next() {
        ReconcileStatus worst = current;
        final long episodes = errorEpisodes.get();
        final long errors = errorEvents.get();
        final long warns = warnEvents.get();
        final ReconcileRule rule = episodeRule;
        if (errors > seenError) {
            worst = ReconcileStatus.ERROR;
        } else if (warns > seenWarn && ReconcileStatus.WARN.worseThan(worst)) {
            worst = ReconcileStatus.WARN;
        }
        final Interval interval = new Interval(worst, episodes - seenEpisodes, rule);
        seenWarn = warns;
        seenError = errors;
        seenEpisodes = episodes;
        return interval;
    }
}
