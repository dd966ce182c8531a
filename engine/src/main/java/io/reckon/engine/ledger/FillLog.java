package io.reckon.engine.ledger;

/**
 * K's recent fills with their venue times, so that a fill which arrives late (booked from the venue's order history
 * after later fills of the same position came on the stream) is booked where the venue booked it: the position is
 * re-derived from the fills in venue order instead of blending the late fill into whatever K holds by then.
 *
 * <p>A ring of the last {@code capacity} fills across all positions. When the ring is full, the position of the
 * oldest arrival gives up its earliest fill in venue order, which is folded into that position's <em>base</em>
 * (size and entry before every fill still held), so a position is always {@code base ⊕ its fills in the ring} and
 * re-deriving it needs nothing older. A fill that precedes fills already folded into the base (more fills arrived
 * between a loss and its repair than the ring holds) is booked after them, where it lands.
 *
 * <p>Venue order is (venue time, order id, arrival): venues give ids in increasing order, so two orders in one
 * millisecond keep the venue's order, and the parts of one order keep the order they arrived in.
 *
 * <p>Every write goes through the ledger's {@link UndoLog}. Single-threaded, allocation-free.
 */
final class FillLog {
    private static final int HEAD = 0;
    private static final int COUNT = 1;
    private static final int NEXT_ARRIVAL = 2;

    private final UndoLog undo;
    private final int capacity;
    private final long[] cursor = new long[3];

    private final long[] slot;
    private final long[] timeMs;
    private final long[] orderId;
    private final long[] arrival;
    private final long[] buy;
    private final long[] qty;
    private final long[] price;
    /** The venue's realized PnL of the fill (its {@code rp}, plus adjustments caught up later). */
    private final long[] venueRealized;
    /** K's own realized PnL of the fill, from its book as re-derived. */
    private final long[] ownRealized;
    /** How much of the fill reduced the position (0 for an increase). */
    private final long[] closed;
    /**
     * 1 for a fill that is out of place: it arrived after a later fill of its position, or eviction moved it out of
     * its arrival place.
     */
    private final long[] late;

    private final long[] baseSize;
    private final long[] baseEntry;
    private final long[] lastTimeMs;
    private final long[] lastOrderId;
    private final long[] held;
    /** Out-of-place fills of a position in the ring: while any are held, ring order is not its venue order. */
    private final long[] lateHeld;

    /** Re-derivation scratch: ring indexes of one position in venue order. */
    private final int[] order;

    FillLog(final int capacity, final int slots, final UndoLog undo) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the fill log needs room for at least one fill");
        }
        this.undo = undo;
        this.capacity = capacity;
        this.slot = new long[capacity];
        this.timeMs = new long[capacity];
        this.orderId = new long[capacity];
        this.arrival = new long[capacity];
        this.buy = new long[capacity];
        this.qty = new long[capacity];
        this.price = new long[capacity];
        this.venueRealized = new long[capacity];
        this.ownRealized = new long[capacity];
        this.closed = new long[capacity];
        this.late = new long[capacity];
        this.baseSize = new long[slots];
        this.baseEntry = new long[slots];
        this.lastTimeMs = new long[slots];
        this.lastOrderId = new long[slots];
        this.held = new long[slots];
        this.lateHeld = new long[slots];
        this.order = new int[capacity];
    }

    /** Undo-log writes one {@link #append} may make, eviction included. */
    static int writesPerAppend() {
        return 40;
    }

    int capacity() {
        return capacity;
    }

    /** Whether a fill of {@code slot} at this venue time and order precedes one already held. */
    boolean isLate(final int s, final long venueTimeMs, final long order) {
        final long last = lastTimeMs[s];
        return venueTimeMs < last || (venueTimeMs == last && order < lastOrderId[s]);
    }

    /** The venue time of the newest fill of {@code slot}, or 0. */
    long lastTimeMs(final int s) {
        return lastTimeMs[s];
    }

    /** Fills of {@code slot} in the ring. */
    long held(final int s) {
        return held[s];
    }

    /** The next arrival number: fills appended from now on carry this or a higher one. */
    long nextArrival() {
        return cursor[NEXT_ARRIVAL];
    }

    /**
     * Appends a fill, evicting one into its position's base when full.
     *
     * @param isLate whether the fill precedes one of its position already held ({@link #isLate})
     * @return the fill's ring index
     */
    int append(final int s, final long venueTimeMs, final long order, final boolean isBuy, final long quantity,
               final long fillPrice, final long realized, final long own, final long closedQty,
               final boolean isLate, final PositionStep step) {
        if (cursor[COUNT] == capacity) {
            evictOldest(step);
        }
        final int i = (int) ((cursor[HEAD] + cursor[COUNT]) % capacity);
        undo.set(slot, i, s);
        undo.set(timeMs, i, venueTimeMs);
        undo.set(orderId, i, order);
        undo.set(arrival, i, cursor[NEXT_ARRIVAL]);
        undo.set(buy, i, isBuy ? 1 : 0);
        undo.set(qty, i, quantity);
        undo.set(price, i, fillPrice);
        undo.set(venueRealized, i, realized);
        undo.set(ownRealized, i, own);
        undo.set(closed, i, closedQty);
        undo.set(late, i, isLate ? 1 : 0);
        if (isLate) {
            undo.set(lateHeld, s, lateHeld[s] + 1);
        }
        undo.set(cursor, COUNT, cursor[COUNT] + 1);
        undo.set(cursor, NEXT_ARRIVAL, cursor[NEXT_ARRIVAL] + 1);
        undo.set(held, s, held[s] + 1);
        if (venueTimeMs > lastTimeMs[s] || (venueTimeMs == lastTimeMs[s] && order > lastOrderId[s])) {
            undo.set(lastTimeMs, s, venueTimeMs);
            undo.set(lastOrderId, s, order);
        }
        return i;
    }

    /**
     * Frees the oldest ring place. Its position's base takes that position's earliest fill in venue order: the
     * fill in that place unless an out-of-place fill of the position is held, else the earliest, whose place the
     * oldest then moves into (now out of place itself). So the base only ever absorbs fills that precede every fill
     * of the position still held.
     */
    private void evictOldest(final PositionStep step) {
        final int head = (int) cursor[HEAD];
        final int s = (int) slot[head];
        final int victim = lateHeld[s] > 0 && collect(s) > 0 ? order[0] : head;
        step.apply(PositionBook.sideOfSlot(s), baseSize[s], baseEntry[s], buy[victim] == 1, qty[victim],
            price[victim]);
        undo.set(baseSize, s, step.size);
        undo.set(baseEntry, s, step.size == 0 ? 0 : step.entry);
        undo.set(held, s, held[s] - 1);
        if (late[victim] == 1) {
            undo.set(lateHeld, s, lateHeld[s] - 1);
        }
        if (victim != head) {
            move(head, victim);
            if (late[victim] == 0) {
                undo.set(late, victim, 1);
                undo.set(lateHeld, s, lateHeld[s] + 1);
            }
        }
        undo.set(cursor, HEAD, (head + 1) % capacity);
        undo.set(cursor, COUNT, cursor[COUNT] - 1);
    }

    private void move(final int from, final int to) {
        undo.set(slot, to, slot[from]);
        undo.set(timeMs, to, timeMs[from]);
        undo.set(orderId, to, orderId[from]);
        undo.set(arrival, to, arrival[from]);
        undo.set(buy, to, buy[from]);
        undo.set(qty, to, qty[from]);
        undo.set(price, to, price[from]);
        undo.set(venueRealized, to, venueRealized[from]);
        undo.set(ownRealized, to, ownRealized[from]);
        undo.set(closed, to, closed[from]);
        undo.set(late, to, late[from]);
    }

    /** Sets a position's base: K took the venue's book before it had booked a fill of its own. */
    void rebase(final int s, final long size, final long entry) {
        undo.set(baseSize, s, size);
        undo.set(baseEntry, s, size == 0 ? 0 : entry);
    }

    /**
     * Puts the fills of {@code slot} in venue order into the scratch order.
     *
     * @return how many there are; {@link #at} reads them
     */
    int collect(final int s) {
        int n = 0;
        final long count = cursor[COUNT];
        for (long k = 0; k < count; k++) {
            final int i = (int) ((cursor[HEAD] + k) % capacity);
            if (slot[i] != s) {
                continue;
            }
            // insertion sort: fills arrive nearly in venue order, so each one moves at most a few places
            int j = n++;
            while (j > 0 && precedes(i, order[j - 1])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return n;
    }

    private boolean precedes(final int a, final int b) {
        if (timeMs[a] != timeMs[b]) {
            return timeMs[a] < timeMs[b];
        }
        if (orderId[a] != orderId[b]) {
            return orderId[a] < orderId[b];
        }
        return arrival[a] < arrival[b];
    }

    /** The ring index of the {@code k}-th fill of the last {@link #collect}. */
    int at(final int k) {
        return order[k];
    }

    /** The latest-arrived fill of an order on a position, or -1 when the ring holds none. */
    int newest(final int s, final long order) {
        int found = -1;
        final long count = cursor[COUNT];
        for (long k = 0; k < count; k++) {
            final int i = (int) ((cursor[HEAD] + k) % capacity);
            if (slot[i] == s && orderId[i] == order && (found < 0 || arrival[i] > arrival[found])) {
                found = i;
            }
        }
        return found;
    }

    long baseSize(final int s) {
        return baseSize[s];
    }

    long baseEntry(final int s) {
        return baseEntry[s];
    }

    boolean buy(final int i) {
        return buy[i] == 1;
    }

    long qty(final int i) {
        return qty[i];
    }

    long price(final int i) {
        return price[i];
    }

    long arrival(final int i) {
        return arrival[i];
    }

    long venueRealized(final int i) {
        return venueRealized[i];
    }

    long ownRealized(final int i) {
        return ownRealized[i];
    }

    long closed(final int i) {
        return closed[i];
    }

    void venueRealized(final int i, final long value) {
        undo.set(venueRealized, i, value);
    }

    void rederived(final int i, final long own, final long closedQty) {
        undo.set(ownRealized, i, own);
        undo.set(closed, i, closedQty);
    }
}
