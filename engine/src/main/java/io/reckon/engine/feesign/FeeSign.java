package io.reckon.engine.feesign;

import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.OrderHistoryTable;
import io.reckon.engine.ring.RingEvent;

/**
 * The fee-sign stage: turns the venue's commission of a booked fill into {@link RingEvent#feeCost} in the kernel's
 * convention. Events that book no fill (acks, duplicates, stale frames) carry no fee, whatever the frame says: a
 * repeated FILLED frame repeats its {@code n} too. For an order-history catch-up each row's change in commission
 * gets its cost, and {@code feeCost} is their sum.
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
        if (e.kind == EventKind.ORDERS_CATCH_UP) {
            return catchUp(e);
        }
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

    private boolean catchUp(final RingEvent e) {
        final OrderHistoryTable h = e.orderHistory;
        long total = 0;
        try {
            for (int i = 0; i < h.count; i++) {
                h.feeCost[i] = convention.costOf(h.fillFee[i]);
                total = Math.addExact(total, h.feeCost[i]);
            }
        } catch (ArithmeticException overflow) {
            e.feeCost = 0;
            return false;
        }
        e.feeCost = total;
        return true;
    }
}
