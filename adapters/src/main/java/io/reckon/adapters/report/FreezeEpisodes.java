package io.reckon.adapters.report;

import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.snapshot.RuleText;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The freeze episodes of a run, from its snapshots: each maximal run of frozen events, with the rule that froze it,
 * how far that rule's K − E went, why, and how long it lasted in event time (the receive stamps the kernel's freeze
 * clock uses: from the first frozen event to the event that unfroze it, or to the last event when it never did).
 *
 * <p>An episode is a <em>false alarm</em> when it ended and no repair changed K from its first frozen event to the
 * event that unfroze it: no fill, fee/realized adjustment or funding booked from the REST catch-up and no late fill
 * re-derived. The books then agreed all along and only E (or a fill in flight) lagged. The unfreezing event is
 * included because a catch-up that corrects K is what ends a true alarm. An episode still frozen when its session
 * ends is never a false alarm: nothing showed the books agreed.
 *
 * <p>Reporting code on the consumer thread: it allocates one record per episode, nothing per event.
 */
public final class FreezeEpisodes implements SnapshotListener {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /**
     * One freeze.
     *
     * @param rule         the worst rule at the first frozen event: the one that froze it
     * @param largestDelta that rule's K − E of largest magnitude while frozen (signed)
     * @param explanation  that rule's explanation at the first frozen event
     * @param events       frozen events
     * @param ended        it unfroze within its session
     * @param repaired     a repair changed K between the first frozen event and the one that unfroze it
     */
    public record Episode(long firstSeq, long lastSeq, long events, ReconcileRule rule, long largestDelta,
                          Explanation explanation, long durationMs, boolean ended, boolean repaired) {
        /** It ended and no repair changed K during it: frozen while the books agreed. */
        public boolean falseAlarm() {
            return ended && !repaired;
        }
    }

    private final List<Episode> closed = new ArrayList<>();
    private boolean open;
    private long firstSeq;
    private long lastSeq;
    private long events;
    private ReconcileRule rule = ReconcileRule.NONE;
    private long largestDelta;
    private Explanation explanation = Explanation.NONE;
    private long sinceMs;
    private long lastMs;
    private long repairsAtStart;

    @Override
    public void onSnapshot(final Snapshot s) {
        final long nowMs = s.recvTimeNanos / NANOS_PER_MILLI;
        if (s.frozen) {
            if (!open) {
                open = true;
                firstSeq = s.sequence;
                events = 0;
                rule = s.worstRule;
                largestDelta = 0;
                explanation = s.explanation(rule);
                sinceMs = nowMs;
                repairsAtStart = repairs(s);
            }
            events++;
            lastSeq = s.sequence;
            lastMs = nowMs;
            final long delta = s.delta(rule);
            if (Math.abs(delta) > Math.abs(largestDelta)) {
                largestDelta = delta;
            }
        } else if (open) {
            close(nowMs, true, repairs(s) != repairsAtStart);
        }
    }

    /** A new session starts with fresh stages (unfrozen, counters at zero): a freeze still open ends unresolved. */
    public void sessionEnded() {
        if (open) {
            close(lastMs, false, false);
        }
    }

    /** Every episode so far, in order; one still frozen comes last, with {@code ended} false. */
    public List<Episode> episodes() {
        final List<Episode> all = new ArrayList<>(closed);
        if (open) {
            all.add(episode(lastMs, false, false));
        }
        return all;
    }

    /** Frozen events of false alarms: events whose ENTERs were refused although the books agreed. */
    public long falseAlarmEvents() {
        long n = 0;
        for (Episode e : episodes()) {
            if (e.falseAlarm()) {
                n += e.events();
            }
        }
        return n;
    }

    /** The episodes as an aligned table, then the false-alarm count. */
    public void print(final PrintStream out) {
        final List<Episode> all = episodes();
        if (all.isEmpty()) {
            out.println("freeze episodes: none");
            return;
        }
        out.println("freeze episodes: " + all.size());
        final List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"first seq", "last seq", "events", "rule", "largest K-E", "explanation", "duration",
            "ended"});
        long falseAlarms = 0;
        for (Episode e : all) {
            rows.add(new String[] {Long.toString(e.firstSeq()), Long.toString(e.lastSeq()),
                Long.toString(e.events()), RuleText.label(e.rule()), RuleText.delta(e.rule(), e.largestDelta()),
                e.explanation().name(), e.durationMs() + " ms", !e.ended() ? "still frozen"
                : e.repaired() ? "repaired" : "no repair: false alarm"});
            if (e.falseAlarm()) {
                falseAlarms++;
            }
        }
        printTable(out, rows);
        out.printf(Locale.ROOT, "events frozen while the books agree: %d (%d false alarm(s))%n", falseAlarmEvents(),
            falseAlarms);
    }

    private void close(final long endMs, final boolean ended, final boolean repaired) {
        closed.add(episode(endMs, ended, repaired));
        open = false;
    }

    private Episode episode(final long endMs, final boolean ended, final boolean repaired) {
        return new Episode(firstSeq, lastSeq, events, rule, largestDelta, explanation, Math.max(0, endMs - sinceMs),
            ended, repaired);
    }

    /** Every count of a repair that changes K. Each only grows within a session, so an equal sum means none moved. */
    private static long repairs(final Snapshot s) {
        return s.catchUpFills + s.catchUpAdjustments + s.catchUpFunding + s.rederivedFills;
    }

    /** Numbers (the first three columns) right-aligned, text left-aligned, two spaces between columns. */
    private static void printTable(final PrintStream out, final List<String[]> rows) {
        final int columns = rows.get(0).length;
        final int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        final StringBuilder line = new StringBuilder();
        for (String[] row : rows) {
            line.setLength(0);
            for (int c = 0; c < columns; c++) {
                final String cell = row[c];
                final String pad = " ".repeat(width[c] - cell.length());
                line.append("  ").append(c < 3 ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
