package io.reckon.engine.ring;

/**
 * Positions carried by one payload (stream {@code a.P} or REST positions), as parallel primitive arrays.
 * {@code size} is unsigned; {@code side} gives the direction (BingX hedge mode) or, for {@link PositionSide#BOTH},
 * a negative {@code size} means short.
 */
public final class PositionTable {
    public static final int CAPACITY = 128;

    public int count;
    public final int[] symbolId = new int[CAPACITY];
    public final PositionSide[] side = new PositionSide[CAPACITY];
    public final long[] size = new long[CAPACITY];
    public final long[] entryPrice = new long[CAPACITY];
    public final long[] markPrice = new long[CAPACITY];
    public final boolean[] hasMarkPrice = new boolean[CAPACITY];
    public final long[] unrealizedPnl = new long[CAPACITY];
    public final long[] isolatedMargin = new long[CAPACITY];
    public final long[] realizedPnl = new long[CAPACITY];
    public final int[] leverage = new int[CAPACITY];
    public final MarginMode[] marginMode = new MarginMode[CAPACITY];

    public PositionTable() {
        java.util.Arrays.fill(side, PositionSide.NONE);
        java.util.Arrays.fill(marginMode, MarginMode.NONE);
    }

    /** Appends an empty row and returns its index, or -1 when full. */
    public int add() {
        if (count == CAPACITY) {
            return -1;
        }
        final int i = count++;
        symbolId[i] = 0;
        side[i] = PositionSide.NONE;
        size[i] = 0;
        entryPrice[i] = 0;
        markPrice[i] = 0;
        hasMarkPrice[i] = false;
        unrealizedPnl[i] = 0;
        isolatedMargin[i] = 0;
        realizedPnl[i] = 0;
        leverage[i] = 0;
        marginMode[i] = MarginMode.NONE;
        return i;
    }

    public void clear() {
        count = 0;
    }
}
