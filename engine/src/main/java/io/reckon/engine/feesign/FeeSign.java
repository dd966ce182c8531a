package io.reckon.engine.feesign;

import io.reckon.engine.ring.RingEvent;

/**
 * The fee-sign stage: turns the venue's commission of a booked fill into {@link RingEvent#feeCost} in the kernel's
 * convention. Events that book no fill (acks, duplicates, stale frames) carry no fee, whatever the frame says: a
 * repeated FILLED frame repeats its {@code n} too.
 */
public final class FeeSign {
    private final FeeConvention convention;

    public FeeSign(final FeeConvention convention) {
        this.convention = convention;
    }

    /**
     * Sets {@code feeCost}; allocation-free.
     *
     * @return false when the commission is absurd (cannot be negated): the caller rejects the event
     */
    public boolean apply(final RingEvent e) {
        if (!e.kind.isFill() || !e.order.hasFee) {
            e.feeCost = 0;
            return true;
        }
        try {
            e.feeCost = convention.costOf(e.order.fee);
            return true;
        } catch (ArithmeticException overflow) {
            e.feeCost = 0;
            return false;
        }
    }
}
