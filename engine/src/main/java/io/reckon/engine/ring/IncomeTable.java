package io.reckon.engine.ring;

import java.util.Arrays;

/**
 * Rows of a REST income history (the venue's fund flow), as parallel primitive arrays. {@code amount} is signed as
 * the venue reports it: positive into the account, negative paid out. {@code tranKey} identifies a row across
 * repeated queries: the venue's transaction id as a number, or a 64-bit digest of it when it is not one.
 */
public final class IncomeTable {
    public static final int CAPACITY = 128;

    public int count;
    public final int[] symbolId = new int[CAPACITY];
    public final IncomeType[] type = new IncomeType[CAPACITY];
    public final long[] amount = new long[CAPACITY];
    /** The interned asset, 0 when the venue named none. */
    public final int[] assetId = new int[CAPACITY];
    public final long[] timeMs = new long[CAPACITY];
    public final long[] tranKey = new long[CAPACITY];
    public final boolean[] hasTranKey = new boolean[CAPACITY];

    // ---- normalised by the engine
    /** Funding this row books (&gt; 0 paid, &lt; 0 received); 0 for a row already booked, or not funding. */
    public final long[] fundingPaid = new long[CAPACITY];

    public IncomeTable() {
        Arrays.fill(type, IncomeType.NONE);
    }

    /** Appends an empty row and returns its index, or -1 when full. */
    public int add() {
        if (count == CAPACITY) {
            return -1;
        }
        final int i = count++;
        symbolId[i] = 0;
        type[i] = IncomeType.NONE;
        amount[i] = 0;
        assetId[i] = 0;
        timeMs[i] = 0;
        tranKey[i] = 0;
        hasTranKey[i] = false;
        fundingPaid[i] = 0;
        return i;
    }

    public void clear() {
        count = 0;
    }
}
