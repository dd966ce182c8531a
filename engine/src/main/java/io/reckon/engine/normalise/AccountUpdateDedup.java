package io.reckon.engine.normalise;

import io.reckon.engine.num.Mix64;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RingEvent;
import org.agrona.collections.Long2LongHashMap;

/**
 * Remembers the last {@code capacity} account frames by (event time, reason, asset, balance change, wallet, position
 * rows) so that one delivered twice, typically by the old and the new socket overlapping during a rotation, is
 * folded once. Keys are compared in full, not only by hash: two different frames can never be taken for one another.
 *
 * <p>A bounded FIFO of pre-allocated primitive rows plus an Agrona map from key hash to row; allocation-free after
 * construction. {@link #contentHash()} is the sum of the remembered keys' hashes (order-independent).
 */
public final class AccountUpdateDedup {
    private static final long MISSING = -1;

    private final int capacity;
    private final Long2LongHashMap byHash;
    private final long[] keyHash;
    private final long[] eventTimeMs;
    private final int[] reasonAndAsset;
    private final long[] balanceChange;
    private final long[] walletBalance;
    private final long[] rowsHash;
    private int head;
    private int size;
    private long contentHash;

    private long candidateHash;
    private long candidateTime;
    private int candidateReasonAsset;
    private long candidateChange;
    private long candidateWallet;
    private long candidateRows;

    public AccountUpdateDedup(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("dedup capacity must be positive");
        }
        this.capacity = capacity;
        this.byHash = new Long2LongHashMap(capacity * 2, 0.5f, MISSING);
        this.keyHash = new long[capacity];
        this.eventTimeMs = new long[capacity];
        this.reasonAndAsset = new int[capacity];
        this.balanceChange = new long[capacity];
        this.walletBalance = new long[capacity];
        this.rowsHash = new long[capacity];
    }

    /** Reads the key of an account frame into the candidate; {@link #seen()} and {@link #remember()} then use it. */
    public void load(final RingEvent e) {
        candidateTime = e.eventTimeMs;
        candidateReasonAsset = (e.balance.reason.code() << 24) ^ e.balance.assetId;
        candidateChange = e.balance.hasBalanceChange ? e.balance.balanceChange : Long.MIN_VALUE;
        candidateWallet = e.balance.present ? e.balance.walletBalance : Long.MIN_VALUE;
        candidateRows = rowsHash(e.positions);
        long h = Mix64.mix(candidateTime);
        h = Mix64.combine(h, candidateReasonAsset);
        h = Mix64.combine(h, candidateChange);
        h = Mix64.combine(h, candidateWallet);
        candidateHash = Mix64.combine(h, candidateRows);
    }

    /** Whether the loaded frame was remembered already. */
    public boolean seen() {
        final long row = byHash.get(candidateHash);
        if (row == MISSING) {
            return false;
        }
        final int r = (int) row;
        return eventTimeMs[r] == candidateTime && reasonAndAsset[r] == candidateReasonAsset
            && balanceChange[r] == candidateChange && walletBalance[r] == candidateWallet
            && rowsHash[r] == candidateRows;
    }

    /** Remembers the loaded frame, forgetting the oldest when full. */
    public void remember() {
        if (size == capacity) {
            final int oldest = head;
            if (byHash.get(keyHash[oldest]) == oldest) {
                byHash.remove(keyHash[oldest]);
            }
            contentHash -= keyHash[oldest];
            head = (head + 1) % capacity;
            size--;
        }
        final int r = (head + size) % capacity;
        keyHash[r] = candidateHash;
        eventTimeMs[r] = candidateTime;
        reasonAndAsset[r] = candidateReasonAsset;
        balanceChange[r] = candidateChange;
        walletBalance[r] = candidateWallet;
        rowsHash[r] = candidateRows;
        byHash.put(candidateHash, r);
        contentHash += candidateHash;
        size++;
    }

    private static long rowsHash(final PositionTable p) {
        long h = Mix64.mix(p.count);
        for (int i = 0; i < p.count; i++) {
            h = Mix64.combine(h, p.symbolId[i]);
            h = Mix64.combine(h, p.side[i].code());
            h = Mix64.combine(h, p.size[i]);
            h = Mix64.combine(h, p.entryPrice[i]);
        }
        return h;
    }

    public long contentHash() {
        return contentHash;
    }
}
