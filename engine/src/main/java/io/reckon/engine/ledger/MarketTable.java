package io.reckon.engine.ledger;

import io.reckon.engine.num.Mix64;

/**
 * Per symbol: the mark used for notional (the venue's latest mark price once one has been seen, else the last fill
 * price) and the long and short leverage (from configuration updates or REST positions, else the default).
 */
final class MarketTable {
    private final long[] mark;
    private final long[] markFromVenue;
    private final long[] longLeverage;
    private final long[] shortLeverage;
    private final long defaultLeverage;
    private final UndoLog undo;

    MarketTable(final int maxSymbolId, final int defaultLeverage, final UndoLog undo) {
        this.mark = new long[maxSymbolId + 1];
        this.markFromVenue = new long[maxSymbolId + 1];
        this.longLeverage = new long[maxSymbolId + 1];
        this.shortLeverage = new long[maxSymbolId + 1];
        this.defaultLeverage = defaultLeverage;
        this.undo = undo;
    }

    long mark(final int symbolId) {
        return mark[symbolId];
    }

    void fillPrice(final int symbolId, final long price) {
        if (markFromVenue[symbolId] == 0) {
            undo.set(mark, symbolId, price);
        }
    }

    void venueMark(final int symbolId, final long price) {
        undo.set(mark, symbolId, price);
        undo.set(markFromVenue, symbolId, 1);
    }

    /** Sets the leverage of either side; a value below 1 means "not given" and keeps what is known. */
    void leverage(final int symbolId, final long longLev, final long shortLev) {
        if (longLev >= 1) {
            undo.set(longLeverage, symbolId, longLev);
        }
        if (shortLev >= 1) {
            undo.set(shortLeverage, symbolId, shortLev);
        }
    }

    /** The leverage of a position: by hedge side, or for the one-way book by the sign of its size. */
    long leverageFor(final int symbolId, final int side, final long size) {
        final boolean isLong = side == PositionBook.LONG || (side == PositionBook.BOTH && size > 0);
        final long lev = isLong ? longLeverage[symbolId] : shortLeverage[symbolId];
        return lev >= 1 ? lev : defaultLeverage;
    }

    long hash(final int symbolId) {
        long h = Mix64.combine(mark[symbolId], markFromVenue[symbolId]);
        h = Mix64.combine(h, longLeverage[symbolId]);
        return Mix64.combine(h, shortLeverage[symbolId]);
    }

    boolean isEmpty(final int symbolId) {
        return mark[symbolId] == 0 && longLeverage[symbolId] == 0 && shortLeverage[symbolId] == 0;
    }
}
