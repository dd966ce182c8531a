package io.reckon.engine.normalise;

import io.reckon.engine.num.Mix64;
import org.agrona.collections.Long2LongHashMap;

/**
 * What the kernel remembers of each order: the cumulative filled quantity, average price, commission (venue sign)
 * and realized PnL last booked, and whether it has been acknowledged or has ended. Fill sizes, and the fee and
 * realized PnL of a fill caught up from the order history, are the change against this table, so it is what makes a
 * repeated or stale frame, or a history row the stream already delivered, book nothing.
 *
 * <p>Rows live in pre-allocated parallel arrays indexed through an Agrona {@link Long2LongHashMap} sized so it never
 * resizes. A terminal order is not forgotten at once: it enters a bounded FIFO and is dropped only when
 * {@code terminalMemory} newer orders have ended, so a late duplicate FILLED frame still finds it. Working orders
 * are never evicted; when more than {@code maxOpenOrders} are working at once the oldest terminal row is recycled
 * early, and when there is none {@link #canTrack()} is false.
 *
 * <p>{@link #contentHash()} is maintained incrementally as the sum of per-row hashes, so it does not depend on the
 * map's iteration order. Allocation-free after construction.
 */
public final class OrderStateTable {
    static final int FLAG_ACKED = 1;
    static final int FLAG_TERMINAL = 2;

    private static final long MISSING = -1;

    private final Long2LongHashMap index;
    private final long[] orderId;
    private final long[] cumulativeQty;
    private final long[] averagePrice;
    private final long[] fee;
    private final long[] realizedPnl;
    private final int[] flags;
    private final int[] free;
    private int freeCount;
    private final long[] terminalFifo;
    private int fifoHead;
    private int fifoSize;
    private long contentHash;

    public OrderStateTable(final int maxOpenOrders, final int terminalMemory) {
        if (maxOpenOrders < 1 || terminalMemory < 1) {
            throw new IllegalArgumentException("order table capacities must be positive");
        }
        final int capacity = maxOpenOrders + terminalMemory;
        // load factor 0.5 on twice the rows: the map reaches its resize threshold only above `capacity` rows.
        this.index = new Long2LongHashMap(capacity * 2, 0.5f, MISSING);
        this.orderId = new long[capacity];
        this.cumulativeQty = new long[capacity];
        this.averagePrice = new long[capacity];
        this.fee = new long[capacity];
        this.realizedPnl = new long[capacity];
        this.flags = new int[capacity];
        this.free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - 1 - i;
        }
        this.freeCount = capacity;
        this.terminalFifo = new long[terminalMemory];
    }

    /** The row of an order, or -1 when the kernel does not (or no longer) remember it. */
    public int find(final long id) {
        return (int) index.get(id);
    }

    public long cumulativeQty(final int row) {
        return cumulativeQty[row];
    }

    public long averagePrice(final int row) {
        return averagePrice[row];
    }

    /** Σ of the commissions booked for the order, in the venue's sign. */
    public long fee(final int row) {
        return fee[row];
    }

    public long realizedPnl(final int row) {
        return realizedPnl[row];
    }

    int flags(final int row) {
        return flags[row];
    }

    boolean terminal(final int row) {
        return (flags[row] & FLAG_TERMINAL) != 0;
    }

    /** Whether a new order can get a row (a free one, or a terminal one to recycle). */
    public boolean canTrack() {
        return freeCount > 0 || fifoSize > 0;
    }

    /**
     * How many {@link #put}s in a row are certain to find a row: each takes at most one from the free rows and the
     * recyclable terminal ones, and an eviction only moves a row from the second kind to the first.
     */
    public int trackable() {
        return freeCount + fifoSize;
    }

    /**
     * Creates or updates the row of {@code id}; an order becoming terminal enters the FIFO. Call only when the order
     * already has a row or {@link #canTrack()} is true.
     *
     * @param cumFee      Σ commission booked, venue sign
     * @param cumRealized Σ realized PnL booked
     */
    public void put(final long id, final long cumQty, final long avgPrice, final int newFlags, final long cumFee,
                    final long cumRealized) {
        int row = find(id);
        final boolean wasTerminal;
        if (row < 0) {
            if (freeCount == 0) {
                evictOldestTerminal();
            }
            row = free[--freeCount];
            orderId[row] = id;
            index.put(id, row);
            wasTerminal = false;
        } else {
            wasTerminal = terminal(row);
            contentHash -= rowHash(row);
        }
        cumulativeQty[row] = cumQty;
        averagePrice[row] = avgPrice;
        fee[row] = cumFee;
        realizedPnl[row] = cumRealized;
        flags[row] = newFlags;
        contentHash += rowHash(row);
        if (!wasTerminal && (newFlags & FLAG_TERMINAL) != 0) {
            rememberTerminal(id);
        }
    }

    private void rememberTerminal(final long id) {
        if (fifoSize == terminalFifo.length) {
            evictOldestTerminal();
        }
        terminalFifo[(fifoHead + fifoSize) % terminalFifo.length] = id;
        fifoSize++;
    }

    private void evictOldestTerminal() {
        final long id = terminalFifo[fifoHead];
        fifoHead = (fifoHead + 1) % terminalFifo.length;
        fifoSize--;
        final int row = (int) index.remove(id);
        contentHash -= rowHash(row);
        free[freeCount++] = row;
    }

    private long rowHash(final int row) {
        long h = Mix64.mix(orderId[row]);
        h = Mix64.combine(h, cumulativeQty[row]);
        h = Mix64.combine(h, averagePrice[row]);
        h = Mix64.combine(h, fee[row]);
        h = Mix64.combine(h, realizedPnl[row]);
        return Mix64.combine(h, flags[row]);
    }

    /** Orders remembered, working and ended. */
    int size() {
        return index.size();
    }

    /** Sum of row hashes: independent of map iteration order. */
    public long contentHash() {
        return contentHash;
    }
}
