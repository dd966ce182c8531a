package io.reckon.engine.kernel;

import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IntentAction;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.RingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The freeze gate: while the latest reconcile status is ERROR the books are unexplained, so an ENTER is refused;
 * an EXIT is always accepted (exits are never blocked). Runs on the consumer thread right after reconcile, so the
 * verdict depends only on journaled inputs and a replay gives every intent the verdict the live run gave it.
 * Allocation-free.
 */
final class IntentGate {
    private static final Logger LOG = LoggerFactory.getLogger(IntentGate.class);

    /** Verdicts counted by ordinal, in the caller's array (the working snapshot's). */
    private final long[] counts;

    IntentGate(final long[] counts) {
        if (counts.length != IntentVerdict.count()) {
            throw new IllegalArgumentException("need one count per verdict: " + IntentVerdict.count());
        }
        this.counts = counts;
    }

    /** Sets {@link io.reckon.engine.ring.IntentFields#verdict} of a decoded intent; other events are left alone. */
    void apply(final RingEvent e, final boolean frozen) {
        if (e.kind != EventKind.INTENT) {
            return;
        }
        if (e.intent.action == IntentAction.ENTER && frozen) {
            e.intent.verdict = IntentVerdict.REFUSED_FROZEN;
            LOG.warn("ENTER intent at seq {} refused: reconcile is in ERROR, the books are frozen", e.sequence);
        } else {
            e.intent.verdict = IntentVerdict.ACCEPTED;
        }
        counts[e.intent.verdict.ordinal()]++;
    }
}
