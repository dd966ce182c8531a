package io.reckon.engine.ledger;

import io.reckon.engine.num.FixedPoint;

/**
 * One fill applied to one position, as the venue books it: an increase moves the entry to the quantity-weighted
 * average (exact, rounded once), a reduction keeps the entry and realizes {@code (price − entry) × closed} on a long,
 * {@code (entry − price) × closed} on a short; a one-way position that flips opens the rest at the fill's price.
 * A hedge position cannot go below zero: a reduction larger than the position closes only what is there (K missed
 * the opening; the fill log re-derives the position once the opening is booked).
 *
 * <p>The result is left in the public fields, so a step costs no allocation. Pure: no state but the last result.
 */
final class PositionStep {
    long size;
    long entry;
    /** K's own realized PnL of the step. */
    long own;
    /** How much of the fill reduced the position. */
    long closed;
    /** Whether the fill goes against the position (it reduces it, or would had K held what it closes). */
    boolean reducing;

    /** Applies a fill to a position of the given {@link PositionBook} side; the result is in the fields. */
    void apply(final int side, final long size, final long entry, final boolean buy, final long qty,
               final long price) {
        own = 0;
        closed = 0;
        reducing = side == PositionBook.BOTH ? size != 0 && (size > 0) != buy : (side == PositionBook.LONG) != buy;
        if (side == PositionBook.BOTH) {
            oneWay(size, entry, buy, qty, price);
            return;
        }
        if ((side == PositionBook.LONG) == buy) {
            this.size = Math.addExact(size, qty);
            this.entry = size == 0 ? price : FixedPoint.weightedAverage(entry, size, price, qty);
            return;
        }
        closed = Math.min(size, qty);
        own = realized(side == PositionBook.LONG, entry, price, closed);
        this.size = size - closed;
        this.entry = this.size == 0 ? 0 : entry;
    }

    private void oneWay(final long size, final long entry, final boolean buy, final long qty, final long price) {
        if (size == 0 || (size > 0) == buy) {
            final long held = Math.abs(size);
            this.size = buy ? Math.addExact(size, qty) : Math.subtractExact(size, qty);
            this.entry = held == 0 ? price : FixedPoint.weightedAverage(entry, held, price, qty);
            return;
        }
        closed = Math.min(Math.abs(size), qty);
        own = realized(size > 0, entry, price, closed);
        final long opened = qty - closed;
        if (opened == 0) {
            this.size = buy ? size + closed : size - closed;
            this.entry = this.size == 0 ? 0 : entry;
        } else {
            this.size = buy ? opened : -opened;
            this.entry = price;
        }
    }

    private static long realized(final boolean wasLong, final long entry, final long price, final long closed) {
        final long perUnit = wasLong ? Math.subtractExact(price, entry) : Math.subtractExact(entry, price);
        return FixedPoint.mul(perUnit, closed);
    }
}
