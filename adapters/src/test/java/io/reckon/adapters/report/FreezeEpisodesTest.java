package io.reckon.adapters.report;

import io.reckon.adapters.report.FreezeEpisodes.Episode;
import io.reckon.config.ReconcileBounds;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreezeEpisodesTest {
    private static final long T0_MS = 1_796_378_400_000L;

    private final FreezeEpisodes episodes = new FreezeEpisodes();
    private final Snapshot s = new Snapshot();

    /** One event at {@code atMs} of event time; frozen exactly when ERROR, as the kernel freezes. */
    private void event(final long seq, final long atMs, final ReconcileStatus status, final ReconcileRule rule,
                       final String delta) {
        s.sequence = seq;
        s.recvTimeNanos = atMs * 1_000_000L;
        s.status = status;
        s.worstRule = rule;
        s.frozen = status == ReconcileStatus.ERROR;
        if (rule != ReconcileRule.NONE) {
            s.ruleDelta[rule.ordinal()] = rule == ReconcileRule.OPEN_POSITIONS ? Long.parseLong(delta)
                : FixedPoint.parse(delta);
            s.ruleStatus[rule.ordinal()] = status;
            s.ruleExplanation[rule.ordinal()] = status == ReconcileStatus.ERROR ? Explanation.MISMATCH
                : Explanation.UNSETTLED_FEE;
        }
        episodes.onSnapshot(s);
    }

    private void ok(final long seq, final long atMs) {
        event(seq, atMs, ReconcileStatus.OK, ReconcileRule.NONE, "0");
    }

    private void error(final long seq, final long atMs, final ReconcileRule rule, final String delta) {
        event(seq, atMs, ReconcileStatus.ERROR, rule, delta);
    }

    @Test
    void twoEpisodesEachWithItsRuleLargestDeltaAndDurationInEventTime() {
        ok(1, T0_MS);
        error(2, T0_MS + 100, ReconcileRule.CAPITAL_VS_WALLET, "30");
        error(3, T0_MS + 400, ReconcileRule.CAPITAL_VS_WALLET, "-45.5");
        error(4, T0_MS + 450, ReconcileRule.OPEN_POSITIONS, "1");
        ok(5, T0_MS + 1_600);
        ok(6, T0_MS + 9_000);
        error(7, T0_MS + 10_000, ReconcileRule.OPEN_POSITIONS, "-1");
        event(8, T0_MS + 10_250, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET, "3");

        assertEquals(List.of(
            new Episode(2, 4, 3, ReconcileRule.CAPITAL_VS_WALLET, FixedPoint.parse("-45.5"), Explanation.MISMATCH,
                1_500, true, false),
            new Episode(7, 7, 1, ReconcileRule.OPEN_POSITIONS, -1, Explanation.MISMATCH, 250, true, false)),
            episodes.episodes());
    }

    @Test
    void anEpisodeStillFrozenAtTheEndLastsToTheLastEventAndIsNoFalseAlarm() {
        ok(1, T0_MS);
        error(2, T0_MS + 100, ReconcileRule.REALIZED_PNL, "-0.0567");
        error(3, T0_MS + 700, ReconcileRule.REALIZED_PNL, "-0.0567");

        final Episode open = episodes.episodes().get(0);
        assertFalse(open.ended());
        assertEquals(600, open.durationMs());
        assertEquals(3, open.lastSeq());
        assertFalse(open.falseAlarm());
        assertEquals(0, episodes.falseAlarmEvents());

        episodes.sessionEnded();
        ok(1, T0_MS + 5_000);
        assertEquals(List.of(open), episodes.episodes(), "a new session's kernel starts unfrozen: not an unfreeze");
    }

    @Test
    void falseAlarmsCountTheFrozenEventsOfEpisodesThatEndedWithoutARepair() {
        ok(1, T0_MS);
        error(2, T0_MS + 10, ReconcileRule.CAPITAL_VS_WALLET, "25");
        error(3, T0_MS + 20, ReconcileRule.CAPITAL_VS_WALLET, "25");
        ok(4, T0_MS + 30);                                    // E caught up: a false alarm of 2 events

        error(5, T0_MS + 40, ReconcileRule.POSITION_QTY, "0.02");
        s.catchUpFills++;                                     // the REST catch-up books the lost fill...
        ok(6, T0_MS + 50);                                    // ...and that is what unfreezes: repaired

        error(7, T0_MS + 60, ReconcileRule.REALIZED_PNL, "-0.06");
        s.rederivedFills++;                                   // a late fill re-derived its position while frozen
        error(8, T0_MS + 70, ReconcileRule.REALIZED_PNL, "-0.06");
        ok(9, T0_MS + 80);

        error(10, T0_MS + 90, ReconcileRule.CAPITAL_VS_WALLET, "21");
        error(11, T0_MS + 95, ReconcileRule.CAPITAL_VS_WALLET, "21");
        error(12, T0_MS + 99, ReconcileRule.CAPITAL_VS_WALLET, "21");
        ok(13, T0_MS + 120);                                  // another false alarm, 3 events

        error(14, T0_MS + 130, ReconcileRule.CAPITAL_VS_WALLET, "22");   // still frozen at the end

        final List<Episode> all = episodes.episodes();
        assertEquals(List.of(true, false, false, true, false), all.stream().map(Episode::falseAlarm).toList());
        assertEquals(5, episodes.falseAlarmEvents());
    }

    @Test
    void theSummaryPrintsTheEpisodesAsAnAlignedTableAndTheFalseAlarmCount() {
        ok(1, T0_MS);
        error(2, T0_MS + 100, ReconcileRule.CAPITAL_VS_WALLET, "30");
        error(3, T0_MS + 400, ReconcileRule.CAPITAL_VS_WALLET, "-45.5");
        ok(4, T0_MS + 1_600);
        error(1234, T0_MS + 10_000, ReconcileRule.OPEN_POSITIONS, "-1");

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        episodes.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(String.join("\n",
            "freeze episodes: 2",
            "  first seq  last seq  events  rule                  largest K-E  explanation  duration  ended",
            "          2         3       2  R1 capital_vs_wallet  -45.5        MISMATCH     1500 ms   no repair: false alarm",
            "       1234      1234       1  R6 open_positions     -1           MISMATCH     0 ms      still frozen",
            "events frozen while the books agree: 2 (1 false alarm(s))", ""),
            bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void errorWithoutAFreezeDoesNotHappenSoEveryKernelErrorIsInAnEpisode() {
        final KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10), episodes);
        final TestEvents ev = k.ev;
        final long t0 = ev.nowMs();
        final long overdue = ReconcileBounds.defaults().settlementWindowMs() + 1;
        // The wallet moves away from K twice with nothing to explain it, each time for longer than the settlement
        // window, and comes back: two ERRORs, whichever rule calls them first.
        final List<Snapshot> snapshots = List.of(
            copy(k.on(ev.at(t0).balance().wallet("1000").build())),
            copy(k.on(ev.at(t0 + 10).balance().wallet("1030").build())),
            copy(k.on(ev.at(t0 + 10 + overdue).heartbeat())),
            copy(k.on(ev.at(t0 + 20 + overdue).heartbeat())),
            copy(k.on(ev.at(t0 + 30 + overdue).balance().wallet("1000").build())),
            copy(k.on(ev.at(t0 + 40 + overdue).balance().wallet("900").build())),
            copy(k.on(ev.at(t0 + 50 + 2 * overdue).heartbeat())),
            copy(k.on(ev.at(t0 + 60 + 2 * overdue).balance().wallet("1000").build())));

        final List<Long> durations = new ArrayList<>();
        long errors = 0;
        long since = -1;
        for (Snapshot snap : snapshots) {
            assertEquals(snap.status == ReconcileStatus.ERROR, snap.frozen, "seq " + snap.sequence);
            final long ms = snap.recvTimeNanos / 1_000_000L;
            if (snap.frozen) {
                errors++;
                since = since < 0 ? ms : since;
            } else if (since >= 0) {
                durations.add(ms - since);
                since = -1;
            }
        }
        assertEquals(2, durations.size(), "two ERROR episodes");
        assertEquals(errors, episodes.episodes().stream().mapToLong(Episode::events).sum());
        assertEquals(durations, episodes.episodes().stream().map(Episode::durationMs).toList());
        assertTrue(episodes.episodes().stream().allMatch(Episode::falseAlarm), "only E moved: no repair");
    }

    private static Snapshot copy(final Snapshot s) {
        final Snapshot c = new Snapshot();
        c.copyFrom(s);
        return c;
    }
}
