package io.reckon.adapters.runtime;

import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusCountersTest {
    private final StatusCounters counters = new StatusCounters();
    private final Snapshot s = new Snapshot();

    private void event(final ReconcileStatus status, final ReconcileRule rule) {
        s.status = status;
        s.worstRule = rule;
        s.frozen = status == ReconcileStatus.ERROR;
        counters.onSnapshot(s);
    }

    @Test
    void errorEpisodesThatStartAndEndWithinTheSecondAreCountedWithTheLatestRule() {
        event(ReconcileStatus.OK, ReconcileRule.NONE);
        event(ReconcileStatus.ERROR, ReconcileRule.POSITION_QTY);
        event(ReconcileStatus.ERROR, ReconcileRule.POSITION_QTY);
        event(ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET);
        event(ReconcileStatus.ERROR, ReconcileRule.USED_MARGIN);
        event(ReconcileStatus.OK, ReconcileRule.NONE);

        final StatusCounters.Interval second = counters.next();

        assertEquals(new StatusCounters.Interval(ReconcileStatus.ERROR, 2, ReconcileRule.USED_MARGIN), second);
        assertEquals("ERROR x2 (R5 used_margin)", second.toString());
        assertEquals("OK", counters.next().toString(), "a quiet second shows the standing status");
    }

    @Test
    void aSecondShowsItsWorstStatusAndAStandingErrorWithoutNewEpisodes() {
        event(ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET);
        event(ReconcileStatus.OK, ReconcileRule.NONE);
        assertEquals("WARN", counters.next().toString());

        event(ReconcileStatus.ERROR, ReconcileRule.REALIZED_PNL);
        assertEquals("ERROR x1 (R2 realized_pnl)", counters.next().toString());
        event(ReconcileStatus.ERROR, ReconcileRule.REALIZED_PNL);
        assertEquals("ERROR (R2 realized_pnl)", counters.next().toString());
        assertEquals("ERROR (R2 realized_pnl)", counters.next().toString(), "still frozen, no event");
        event(ReconcileStatus.WARN, ReconcileRule.REALIZED_PNL);
        assertEquals("WARN", counters.next().toString());
    }

    @Test
    void countingOnTheConsumerAllocatesNothing() {
        final ReconcileStatus[] cycle = {ReconcileStatus.OK, ReconcileStatus.WARN, ReconcileStatus.ERROR,
            ReconcileStatus.ERROR, ReconcileStatus.OK};
        for (int i = 0; i < 100_000; i++) {
            event(cycle[i % cycle.length], ReconcileRule.USED_MARGIN);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000_000; i++) {
            event(cycle[i % cycle.length], ReconcileRule.USED_MARGIN);
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over a million events");
        assertEquals(220_000, counters.next().episodesStarted());
    }
}
