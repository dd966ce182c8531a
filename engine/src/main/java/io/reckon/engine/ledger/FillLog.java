package io.reckon.engine.ledger;

/**
 * K's recent fills with their venue times, so that a fill which arrives late (booked from the venue's order history
 * after later fills of the same position came on the stream) is booked where the venue booked it: the position is
 * re-derived from the fills in venue order instead of blending the late fill into whatever K holds by then.
 *
 * <p>A ring of the last {@code capacity} fills across all positions. The places a position holds in the ring are
 * kept in its venue order ({@link #reorder} after a late fill), so the oldest place is always its position's
 * earliest fill; when the ring is full that fill is folded into the position's <em>base</em> (size and entry
 * before every fill still held). A position is thus always {@code base ⊕ its fills in the ring}, and re-deriving it
 * needs nothing older. A fill that precedes what the base already absorbed (more fills arrived between a loss and
 * its repair than the ring holds) cannot be placed: {@link #beyondMemory} says so and the ledger books it where it
 * lands.
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
    /** Per-fill columns: a reorder rewrites at most this many values per fill it moves. */
    private static final int COLUMNS = 10;

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
    private final long[][] columns;

    private final long[] baseSize;
    private final long[] baseEntry;
    /** Venue time of the newest fill folded into the base: nothing before it can be placed any more. */
    private final long[] baseTimeMs;
    private final long[] lastTimeMs;
    private final long[] lastOrderId;

    /** Scratch: one position's ring places in ring order, and its fills' ring indexes in venue order. */
    private final int[] places;
    private final int[] order;
    /** Scratch copy of the fills a reorder moves. */
    private final long[][] moved;

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
        this.columns = new long[][] {slot, timeMs, orderId, arrival, buy, qty, price, venueRealized, ownRealized,
            closed};
        this.baseSize = new long[slots];
        this.baseEntry = new long[slots];
        this.baseTimeMs = new long[slots];
        this.lastTimeMs = new long[slots];
        this.lastOrderId = new long[slots];
        this.places = new int[capacity];
        this.order = new int[capacity];
        this.moved = new long[COLUMNS][capacity];
    }

    /** Undo-log writes one {@link #append} may make, eviction included. */
    static int writesPerAppend() {
        return COLUMNS + 12;
    }

    /** Undo-log writes the reorders of one event may make: every fill held moved once. */
    static int writesPerReorder(final int capacity) {
        return COLUMNS * capacity;
    }

    /** Whether a fill of {@code slot} at this venue time and order precedes one already held. */
    boolean isLate(final int s, final long venueTimeMs, final long order) {
        final long last = lastTimeMs[s];
        return venueTimeMs < last || (venueTimeMs == last && order < lastOrderId[s]);
    }

    /** Whether a fill at this venue time precedes fills already folded into its position's base. */
    boolean beyondMemory(final int s, final long venueTimeMs) {
        return venueTimeMs < baseTimeMs[s];
    }

    /** The venue time of the newest fill of {@code slot}, or 0. */
    long lastTimeMs(final int s) {
        return lastTimeMs[s];
    }

    /** The order id of the newest fill of {@code slot}, or 0. */
    long lastOrderId(final int s) {
        return lastOrderId[s];
    }

    /** The next arrival number: fills appended from now on carry this or a higher one. */
    long nextArrival() {
        return cursor[NEXT_ARRIVAL];
    }

    /**
     * Appends a fill, folding the oldest into its position's base when full.
     *
     * @return the fill's ring index
     */
    int append(final int s, final long venueTimeMs, final long order, final boolean isBuy, final long quantity,
               final long fillPrice, final long realized, final long own, final long closedQty,
               final PositionStep step) {
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
        undo.set(cursor, COUNT, cursor[COUNT] + 1);
        undo.set(cursor, NEXT_ARRIVAL, cursor[NEXT_ARRIVAL] + 1);
        if (venueTimeMs > lastTimeMs[s] || (venueTimeMs == lastTimeMs[s] && order > lastOrderId[s])) {
            undo.set(lastTimeMs, s, venueTimeMs);
            undo.set(lastOrderId, s, order);
        }
        return i;
    }

    /**
     * Folds the oldest place's fill into its position's base. Positions keep their places in venue order, so that
     * is the position's earliest fill, except for a late fill of this very event that is not reordered yet and
     * precedes every fill its position holds: that one ends up after the base, as a fill beyond memory does.
     */
    private void evictOldest(final PositionStep step) {
        final int head = (int) cursor[HEAD];
        final int s = (int) slot[head];
        step.apply(PositionBook.sideOfSlot(s), baseSize[s], baseEntry[s], buy[head] == 1, qty[head], price[head]);
        undo.set(baseSize, s, step.size);
        undo.set(baseEntry, s, step.size == 0 ? 0 : step.entry);
        if (timeMs[head] > baseTimeMs[s]) {
            undo.set(baseTimeMs, s, timeMs[head]);
        }
        undo.set(cursor, HEAD, (head + 1) % capacity);
        undo.set(cursor, COUNT, cursor[COUNT] - 1);
    }

    /** Sets a position's base: K took the venue's book before it had booked a fill of its own. */
    void rebase(final int s, final long size, final long entry) {
        undo.set(baseSize, s, size);
        undo.set(baseEntry, s, size == 0 ? 0 : entry);
    }

    /**
     * Puts the fills of {@code slot} in venue order into the scratch order, and its ring places in ring order.
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
            places[n] = i;
            // insertion sort: places are kept in venue order, so only this event's late fills move, each once
            int j = n++;
            while (j > 0 && precedes(i, order[j - 1])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return n;
    }

    /**
     * Rewrites the {@code n} places of the last {@link #collect} so that ring order is venue order again; returns
     * nothing, and afterwards {@link #at} names the places in venue order.
     */
    void reorder(final int n) {
        int first = 0;
        while (first < n && order[first] == places[first]) {
            first++;
        }
        for (int j = first; j < n; j++) {
            final int from = order[j];
            for (int c = 0; c < COLUMNS; c++) {
                moved[c][j] = columns[c][from];
            }
        }
        for (int j = first; j < n; j++) {
            final int to = places[j];
            for (int c = 0; c < COLUMNS; c++) {
                undo.set(columns[c], to, moved[c][j]);
            }
            order[j] = to;
        }
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

    /** The ring index of the {@code k}-th fill of the last {@link #collect}, in venue order. */
    int at(final int k) {
        return order[k];
    }

    long baseSize(final int s) {
        return baseSize[s];
    }

    long baseEntry(final int s) {
        return baseEntry[s];
    }

    long orderId(final int i) {
        return orderId[i];
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
