package io.reckon.engine.ledger;

import io.reckon.engine.ring.PositionSide;

/**
 * Positions per (symbol, position side) as dense primitive arrays indexed by {@link #slot}: hedge-mode LONG and
 * SHORT books hold an unsigned size, the one-way BOTH book a signed one (negative = short). Both K and E keep one.
 */
public final class PositionBook {
    public static final int LONG = 1;
    public static final int SHORT = 2;
    public static final int BOTH = 3;

    private final long[] size;
    private final long[] entry;
    private final UndoLog undo;

    PositionBook(final int maxSymbolId, final UndoLog undo) {
        this.size = new long[slots(maxSymbolId)];
        this.entry = new long[slots(maxSymbolId)];
        this.undo = undo;
    }

    static int slots(final int maxSymbolId) {
        return (maxSymbolId + 1) << 2;
    }

    public static int slot(final int symbolId, final int side) {
        return (symbolId << 2) | side;
    }

    /** The {@link #LONG}, {@link #SHORT} or {@link #BOTH} side a slot belongs to. */
    static int sideOfSlot(final int slot) {
        return slot & 3;
    }

    /** LONG and SHORT are hedge books; anything else (BOTH, or a venue that sent none) is the one-way book. */
    public static int side(final PositionSide positionSide) {
        return positionSide == PositionSide.LONG ? LONG : positionSide == PositionSide.SHORT ? SHORT : BOTH;
    }

    public long size(final int slot) {
        return size[slot];
    }

    public long entry(final int slot) {
        return entry[slot];
    }

    void set(final int slot, final long newSize, final long newEntry) {
        undo.set(size, slot, newSize);
        undo.set(entry, slot, newSize == 0 ? 0 : newEntry);
    }
}
