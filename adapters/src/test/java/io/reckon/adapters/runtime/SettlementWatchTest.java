package io.reckon.adapters.runtime;

import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettlementWatchTest {
    private static final long MS = 1_000_000L;

    private final SettlementWatch watch = new SettlementWatch(5_000);

    private static Snapshot at(final long ms, final ReconcileStatus status, final ReconcileRule rule,
                               final Explanation why) {
        final Snapshot s = new Snapshot();
        s.recvTimeNanos = ms * MS;
        s.status = status;
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            s.ruleStatus[r] = ReconcileStatus.OK;
            s.ruleExplanation[r] = Explanation.NONE;
        }
        if (rule != ReconcileRule.NONE) {
            s.ruleStatus[rule.ordinal()] = status;
            s.ruleExplanation[rule.ordinal()] = why;
        }
        return s;
    }

    private static Snapshot ok(final long ms) {
        return at(ms, ReconcileStatus.OK, ReconcileRule.NONE, Explanation.NONE);
    }

    @Test
    void asksOnceADifferenceHasBeenInFlightForHalfTheWindow() {
        watch.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.POSITION_QTY,
            Explanation.SETTLEMENT_IN_FLIGHT));

        assertFalse(watch.check(3_499 * MS));
        assertTrue(watch.check(3_500 * MS));
        assertFalse(watch.check(3_600 * MS), "one poll per window for the same difference");
        assertTrue(watch.check(8_500 * MS), "still in flight a window later: ask again");
    }

    @Test
    void aDifferenceThatSettlesInTimeAsksNothing() {
        watch.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET,
            Explanation.FILL_IN_FLIGHT));
        watch.onSnapshot(ok(1_002));

        assertFalse(watch.check(9_000 * MS));
    }

    @Test
    void aNewDifferenceStartsItsOwnClock() {
        watch.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET,
            Explanation.FILL_IN_FLIGHT));
        watch.onSnapshot(ok(1_002));
        watch.onSnapshot(at(4_000, ReconcileStatus.WARN, ReconcileRule.CAPITAL_VS_WALLET,
            Explanation.FILL_IN_FLIGHT));

        assertFalse(watch.check(6_000 * MS));
        assertTrue(watch.check(6_500 * MS));
    }

    @Test
    void warningsThatDoNotSettleAskNothing() {
        watch.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.USED_MARGIN, Explanation.LEVERAGE_ROUNDING));

        assertFalse(watch.check(60_000 * MS), "rounding does not settle: nothing to ask for");
    }

    @Test
    void aFreezeAsksAtOnce() {
        watch.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.POSITION_QTY,
            Explanation.SETTLEMENT_IN_FLIGHT));
        watch.onSnapshot(at(1_200, ReconcileStatus.ERROR, ReconcileRule.CAPITAL_VS_WALLET, Explanation.MISMATCH));

        assertTrue(watch.check(1_200 * MS));
        assertFalse(watch.check(1_300 * MS));
    }

    @Test
    void aZeroWindowTurnsItOff() {
        final SettlementWatch off = new SettlementWatch(0);
        off.onSnapshot(at(1_000, ReconcileStatus.WARN, ReconcileRule.POSITION_QTY, Explanation.SETTLEMENT_IN_FLIGHT));

        assertFalse(off.check(Long.MAX_VALUE / 2));
        assertEquals(10, off.checkEveryMs());
    }
}
