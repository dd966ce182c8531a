package io.reckon.adapters.report;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects what a replay or an import reports: events by kind, rejections with their reasons and sequence
 * numbers, intents by the freeze gate's verdict (refused ENTERs listed), our order replies by outcome, reconcile
 * status counts, time frozen, each freeze episode ({@link FreezeEpisodes}) and the last snapshot (final K and E). A
 * snapshot listener on the consumer thread; reporting code, so it may allocate (for the first rejections it lists
 * and once per freeze episode).
 */
public final class RunSummary implements SnapshotListener {
    private static final int LISTED_REJECTIONS = 20;

    private final long[] kinds = new long[EventKind.count()];
    private final long[] rejects = new long[RejectReason.count()];
    private final long[] statuses = new long[ReconcileStatus.values().length];
    private final List<String> firstRejections = new ArrayList<>();
    private final long[] verdicts = new long[IntentVerdict.count()];
    private final long[] acks = new long[AckOutcome.count()];
    private final List<String> firstRefusedIntents = new ArrayList<>();
    private final Snapshot last = new Snapshot();
    private final FreezeEpisodes episodes = new FreezeEpisodes();
    private long frozenEvents;
    private long frozenMsBefore;
    private long snapshots;

    @Override
    public void onSnapshot(final Snapshot s) {
        snapshots++;
        kinds[s.kind.ordinal()]++;
        statuses[s.status.ordinal()]++;
        if (s.frozen) {
            frozenEvents++;
        }
        if (s.kind == EventKind.REJECTED) {
            rejects[s.reject.ordinal()]++;
            if (firstRejections.size() < LISTED_REJECTIONS) {
                firstRejections.add("seq " + s.sequence + ": " + s.reject.name());
            }
        }
        if (s.kind == EventKind.INTENT) {
            verdicts[s.intentVerdict.ordinal()]++;
            if (s.intentVerdict == IntentVerdict.REFUSED_FROZEN && firstRefusedIntents.size() < LISTED_REJECTIONS) {
                firstRefusedIntents.add("seq " + s.sequence + ": ENTER refused, " + s.worstRule + " in ERROR");
            }
        } else if (s.kind == EventKind.ACK) {
            acks[s.ackOutcome.ordinal()]++;
        }
        episodes.onSnapshot(s);
        last.copyFrom(s);
    }

    /** A new session starts with fresh stages; frozen time restarts from zero in its snapshots. */
    public void sessionEnded() {
        frozenMsBefore += last.totalFrozenMs;
        last.totalFrozenMs = 0;
        episodes.sessionEnded();
    }

    public Snapshot last() {
        return last;
    }

    public long snapshots() {
        return snapshots;
    }

    public long rejected() {
        long n = 0;
        for (long r : rejects) {
            n += r;
        }
        return n;
    }

    public long count(final ReconcileStatus status) {
        return statuses[status.ordinal()];
    }

    public long totalFrozenMs() {
        return frozenMsBefore + last.totalFrozenMs;
    }

    public void print(final PrintStream out) {
        out.println("events by kind:");
        for (EventKind k : EventKind.values()) {
            if (kinds[k.ordinal()] > 0) {
                out.printf(Locale.ROOT, "  %-22s %d%n", lower(k.name()), kinds[k.ordinal()]);
            }
        }
        out.println("rejected inputs: " + rejected());
        for (RejectReason r : RejectReason.values()) {
            if (rejects[r.ordinal()] > 0) {
                out.printf(Locale.ROOT, "  %-22s %d%n", r.name(), rejects[r.ordinal()]);
            }
        }
        for (String line : firstRejections) {
            out.println("    " + line);
        }
        out.printf(Locale.ROOT, "intents: accepted %d, refused while frozen %d%n",
            verdicts[IntentVerdict.ACCEPTED.ordinal()], verdicts[IntentVerdict.REFUSED_FROZEN.ordinal()]);
        for (String line : firstRefusedIntents) {
            out.println("    " + line);
        }
        final StringBuilder replies = new StringBuilder("order replies:");
        for (AckOutcome o : AckOutcome.values()) {
            if (acks[o.ordinal()] > 0) {
                replies.append(' ').append(lower(o.name())).append(' ').append(acks[o.ordinal()]);
            }
        }
        out.println(replies);
        out.printf(Locale.ROOT, "reconcile: OK %d, WARN %d, ERROR %d; frozen for %d events, %d ms of event time%n",
            count(ReconcileStatus.OK), count(ReconcileStatus.WARN), count(ReconcileStatus.ERROR), frozenEvents,
            totalFrozenMs());
        episodes.print(out);
        final Snapshot s = last;
        out.println("final K: capital " + d(s.capital) + ", realized " + d(s.realized) + ", fees " + d(s.fees)
            + ", funding " + d(s.funding) + ", transfers " + d(s.transfers) + ", open notional "
            + d(s.openNotional) + ", used margin " + d(s.usedMargin) + ", open positions " + s.openPositions
            + (s.seeded ? ", seed " + d(s.seed) : ", not seeded"));
        out.println("final E: wallet " + (s.hasWallet ? d(s.wallet) : "unknown") + ", available "
            + d(s.exchangeAvailable) + ", used margin " + d(s.exchangeUsedMargin) + ", open positions "
            + s.exchangeOpenPositions);
        out.println("caught up from REST after blind intervals: " + s.catchUpFills + " fills, "
            + s.catchUpAdjustments + " fee/realized adjustments of lost trades, " + s.catchUpFunding
            + " funding settlements; " + s.rederivedFills + " late fills booked in venue order");
        out.println("final reconcile: " + s.status + (s.frozen ? " (frozen)" : " (not frozen)"));
    }

    private static String d(final long v) {
        return FixedPoint.toPlainString(v);
    }

    private static String lower(final String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
