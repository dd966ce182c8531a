package io.reckon.engine.normalise;

import io.reckon.engine.num.Mix64;

/**
 * Remembers the last {@code capacity} fundings the kernel booked, by the sources that showed each, so that a funding
 * reaching the kernel twice is booked once. A second instance does the same for transfers (a DEPOSIT or WITHDRAW
 * stream frame against a TRANSFER income row), which follow the same two paths. It can arrive as a stream account frame (reason FUNDING_FEE: an amount
 * at an event time, no symbol, no id) and as a row of the REST income history (symbol, amount, time, transaction
 * id), in either order, or through one of them only.
 *
 * <p>Matching. An income row is recognised exactly when a remembered income row has the same transaction key,
 * symbol, time and amount (the same row fetched again by an overlapping catch-up). Otherwise it is the same funding
 * as a stream frame of exactly the same amount whose event time lies within {@code windowMs} of the row's time and
 * that no income row has claimed yet; of several, the closest in time, then the oldest. A stream frame is the same
 * funding as an unclaimed income row by the same rule. The amount must match to the 1e-8 unit; the window only
 * absorbs the gap between the venue's settlement time and its push. Two positions settled at the same instant for
 * the same amount are interchangeable: whichever frame claims whichever row, each amount is booked once.
 *
 * <p>Changes are provisional until {@link #commit()}; {@link #rollback()} restores the memory as it was after the
 * last commit (an event rejected later, a batch that overflows). A bounded FIFO of pre-allocated primitive rows,
 * scanned linearly: funding arrives a few times a day per position, so the scan is cheap and needs no index.
 * Deterministic and allocation-free; {@link #contentHash()} is the sum of the remembered rows' hashes.
 */
public final class FundingMemory {
    private static final int FROM_STREAM = 1;
    private static final int FROM_INCOME = 2;

    private final int capacity;
    private final long windowMs;
    private final int[] sources;
    private final long[] amount;
    private final long[] streamTimeMs;
    private final long[] incomeTimeMs;
    private final int[] incomeSymbol;
    private final long[] tranKey;
    private final boolean[] hasTranKey;
    private int head;
    private int size;
    private long contentHash;

    private final int[] undoSlot;
    private final int[] undoSources;
    private final long[] undoAmount;
    private final long[] undoStreamTime;
    private final long[] undoIncomeTime;
    private final int[] undoIncomeSymbol;
    private final long[] undoTranKey;
    private final boolean[] undoHasTranKey;
    private int undoCount;
    private int savedHead;
    private int savedSize;
    private long savedHash;

    /**
     * @param capacity   fundings remembered; the oldest is forgotten first
     * @param windowMs   largest gap between a stream frame's event time and its income row's time
     * @param maxChanges most rows one event may add or claim before it is committed (an income page)
     */
    public FundingMemory(final int capacity, final long windowMs, final int maxChanges) {
        if (capacity < 1 || windowMs < 0 || maxChanges < 1) {
            throw new IllegalArgumentException("funding memory needs a positive capacity and change budget");
        }
        this.capacity = capacity;
        this.windowMs = windowMs;
        this.sources = new int[capacity];
        this.amount = new long[capacity];
        this.streamTimeMs = new long[capacity];
        this.incomeTimeMs = new long[capacity];
        this.incomeSymbol = new int[capacity];
        this.tranKey = new long[capacity];
        this.hasTranKey = new boolean[capacity];
        this.undoSlot = new int[maxChanges];
        this.undoSources = new int[maxChanges];
        this.undoAmount = new long[maxChanges];
        this.undoStreamTime = new long[maxChanges];
        this.undoIncomeTime = new long[maxChanges];
        this.undoIncomeSymbol = new int[maxChanges];
        this.undoTranKey = new long[maxChanges];
        this.undoHasTranKey = new boolean[maxChanges];
    }

    /**
     * A stream funding frame of {@code paid} at event time {@code timeMs}.
     *
     * @return true when it is new and must be booked; false when an income row already booked it
     */
    public boolean stream(final long timeMs, final long paid) {
        final int slot = closestUnclaimed(FROM_INCOME, timeMs, paid);
        if (slot >= 0) {
            save(slot);
            contentHash -= rowHash(slot);
            sources[slot] |= FROM_STREAM;
            streamTimeMs[slot] = timeMs;
            contentHash += rowHash(slot);
            return false;
        }
        final int s = append();
        sources[s] = FROM_STREAM;
        amount[s] = paid;
        streamTimeMs[s] = timeMs;
        incomeTimeMs[s] = 0;
        incomeSymbol[s] = 0;
        tranKey[s] = 0;
        hasTranKey[s] = false;
        contentHash += rowHash(s);
        return true;
    }

    /**
     * A funding row of the income history.
     *
     * @return true when it is new and must be booked; false when it was seen before or a stream frame booked it
     */
    public boolean income(final int symbolId, final long timeMs, final long paid, final long key,
                          final boolean hasKey) {
        if (knownIncome(symbolId, timeMs, paid, key, hasKey)) {
            return false;
        }
        final int slot = closestUnclaimed(FROM_STREAM, timeMs, paid);
        final boolean book = slot < 0;
        final int s;
        if (book) {
            s = append();
            sources[s] = FROM_INCOME;
            amount[s] = paid;
            streamTimeMs[s] = 0;
        } else {
            s = slot;
            save(s);
            contentHash -= rowHash(s);
            sources[s] |= FROM_INCOME;
        }
        incomeTimeMs[s] = timeMs;
        incomeSymbol[s] = symbolId;
        tranKey[s] = key;
        hasTranKey[s] = hasKey;
        contentHash += rowHash(s);
        return book;
    }

    private boolean knownIncome(final int symbolId, final long timeMs, final long paid, final long key,
                                final boolean hasKey) {
        for (int k = 0; k < size; k++) {
            final int s = (head + k) % capacity;
            if ((sources[s] & FROM_INCOME) != 0 && amount[s] == paid && incomeTimeMs[s] == timeMs
                && incomeSymbol[s] == symbolId && hasTranKey[s] == hasKey && tranKey[s] == key) {
                return true;
            }
        }
        return false;
    }

    /** The row seen only from {@code only}, of this amount, closest in time within the window; -1 if none. */
    private int closestUnclaimed(final int only, final long timeMs, final long paid) {
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int k = 0; k < size; k++) {
            final int s = (head + k) % capacity;
            if (sources[s] != only || amount[s] != paid) {
                continue;
            }
            final long gap = Math.abs(timeMs - (only == FROM_STREAM ? streamTimeMs[s] : incomeTimeMs[s]));
            if (gap <= windowMs && gap < bestGap) {
                best = s;
                bestGap = gap;
            }
        }
        return best;
    }

    /** A slot for a new row: the next free one, or the oldest, forgotten. */
    private int append() {
        final int s;
        if (size == capacity) {
            s = head;
            save(s);
            contentHash -= rowHash(s);
            head = (head + 1) % capacity;
        } else {
            s = (head + size) % capacity;
            save(s);
            size++;
        }
        return s;
    }

    private void save(final int s) {
        if (undoCount == 0) {
            savedHead = head;
            savedSize = size;
            savedHash = contentHash;
        }
        if (undoCount == undoSlot.length) {
            throw new IllegalStateException("more funding changes in one event than the change budget");
        }
        final int u = undoCount++;
        undoSlot[u] = s;
        undoSources[u] = sources[s];
        undoAmount[u] = amount[s];
        undoStreamTime[u] = streamTimeMs[s];
        undoIncomeTime[u] = incomeTimeMs[s];
        undoIncomeSymbol[u] = incomeSymbol[s];
        undoTranKey[u] = tranKey[s];
        undoHasTranKey[u] = hasTranKey[s];
    }

    /** Keeps every change since the last commit. */
    public void commit() {
        undoCount = 0;
    }

    /** Undoes every change since the last commit. */
    public void rollback() {
        if (undoCount == 0) {
            return;
        }
        while (undoCount > 0) {
            final int u = --undoCount;
            final int s = undoSlot[u];
            sources[s] = undoSources[u];
            amount[s] = undoAmount[u];
            streamTimeMs[s] = undoStreamTime[u];
            incomeTimeMs[s] = undoIncomeTime[u];
            incomeSymbol[s] = undoIncomeSymbol[u];
            tranKey[s] = undoTranKey[u];
            hasTranKey[s] = undoHasTranKey[u];
        }
        head = savedHead;
        size = savedSize;
        contentHash = savedHash;
    }

    private long rowHash(final int s) {
        long h = Mix64.mix(sources[s]);
        h = Mix64.combine(h, amount[s]);
        h = Mix64.combine(h, streamTimeMs[s]);
        h = Mix64.combine(h, incomeTimeMs[s]);
        h = Mix64.combine(h, incomeSymbol[s]);
        h = Mix64.combine(h, tranKey[s]);
        return Mix64.combine(h, hasTranKey[s] ? 1 : 0);
    }

    /** Fundings remembered. */
    public int capacity() {
        return capacity;
    }

    public long windowMs() {
        return windowMs;
    }

    /** Fundings remembered now. */
    int size() {
        return size;
    }

    /** Sum of the remembered rows' hashes: independent of where in the FIFO a row sits. */
    public long contentHash() {
        return contentHash;
    }
}
