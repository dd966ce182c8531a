package io.reckon.engine.ledger;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.num.Mix64;
import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderHistoryTable;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;

/**
 * The ledger fold: K, the kernel's own books folded from fills, funding and transfers, beside E, the facts the
 * venue reports (seed 003's dual ledger, in exact fixed point).
 *
 * <p>K: {@code capital = seed + Σ realized − Σ feeCost − Σ funding + Σ transfers}, where realized is the venue's
 * {@code rp} (what moves the wallet); positions per (symbol, side) with a weighted average entry; K's own realized
 * PnL computed from its book on every reducing fill, kept apart for reconcile R2; open notional at the mark, used
 * margin at each position's leverage, available, open-position count and peak capital.
 *
 * <p>E: wallet (every account frame carrying the settlement asset's balance), available, used margin and unrealized
 * (REST balance), positions (stream rows replace the rows they name, REST positions replace all).
 *
 * <p>The seed is configured, or taken from the first wallet the venue reports: {@code seed = wallet − K's net change
 * folded so far}, so that K equals the wallet at that moment. Until seeded, reconcile R1 is skipped. While K has
 * booked no fill, a REST positions snapshot becomes K's opening book (a process started with positions open).
 *
 * <p>A catch-up from the venue's order history folds each row's fill exactly as the stream's fill would have been
 * folded, all in one event; funding caught up from the income history adds to K's funding like a stream frame.
 *
 * <p>Every write goes through an {@link UndoLog}: a fold that overflows ({@link ArithmeticException} from an absurd
 * value) is rolled back entirely, a whole catch-up batch included, and reported as failed. Single-threaded,
 * deterministic, allocation-free.
 */
public final class Ledger {
    private static final int SEEDED = 0;
    private static final int SEED = 1;
    private static final int REALIZED = 2;
    private static final int FEES = 3;
    private static final int FUNDING = 4;
    private static final int TRANSFERS = 5;
    private static final int OWN_REALIZED = 6;
    private static final int PEAK = 7;
    private static final int FILLS_BOOKED = 8;
    private static final int CAPITAL = 9;
    private static final int K_NOTIONAL = 10;
    private static final int K_USED = 11;
    private static final int K_AVAILABLE = 12;
    private static final int K_OPEN = 13;
    private static final int E_HAS_WALLET = 14;
    private static final int E_WALLET = 15;
    private static final int E_CROSS_WALLET = 16;
    private static final int E_AVAILABLE = 17;
    private static final int E_HAS_USED = 18;
    private static final int E_USED = 19;
    private static final int E_UNREALIZED = 20;
    private static final int E_NOTIONAL = 21;
    private static final int E_OPEN = 22;
    private static final int E_POSITION_FACT = 23;
    /** 1 while the latest REST used margin is newer than K's last position change (reconcile R5's gate). */
    private static final int BALANCE_FRESH = 24;
    /** Bookkeeping of the touched-symbol list, not ledger state: left out of the hash. */
    private static final int TOUCHED_COUNT = 25;
    private static final int SCALARS = 26;

    private final long[] v = new long[SCALARS];
    private final UndoLog undo;
    private final PositionBook k;
    private final PositionBook e;
    private final MarketTable market;
    /** Symbols that ever had a position or a mark, in order of first sighting: what aggregates iterate over. */
    private final long[] touched;
    private final long[] isTouched;
    private final int settlementAssetId;
    private boolean aggregatesDirty;

    /**
     * @param seedCapital       the seed in 1e-8 units, or a negative value to take it from the venue's first wallet
     * @param maxSymbolId       the symbol table's capacity
     * @param settlementAssetId the interned settlement asset; balances of other assets are not this ledger's
     */
    public Ledger(final long seedCapital, final int defaultLeverage, final int maxSymbolId,
                  final int settlementAssetId) {
        if (defaultLeverage < 1) {
            throw new IllegalArgumentException("default leverage must be at least 1");
        }
        // The largest folds: a REST positions snapshot adopted as K's book clears and rewrites both books over every
        // symbol and writes marks and leverage for each row; an order-history catch-up books a fill per row.
        final int snapshotWrites = 12 * (maxSymbolId + 1) + 16 * PositionTable.CAPACITY;
        final int catchUpWrites = 16 * OrderHistoryTable.CAPACITY;
        this.undo = new UndoLog(Math.max(snapshotWrites, catchUpWrites) + 4 * SCALARS);
        this.k = new PositionBook(maxSymbolId, undo);
        this.e = new PositionBook(maxSymbolId, undo);
        this.market = new MarketTable(maxSymbolId, defaultLeverage, undo);
        this.touched = new long[maxSymbolId + 1];
        this.isTouched = new long[maxSymbolId + 1];
        this.settlementAssetId = settlementAssetId;
        if (seedCapital >= 0) {
            v[SEEDED] = 1;
            v[SEED] = seedCapital;
            v[CAPITAL] = seedCapital;
            v[PEAK] = seedCapital;
            v[K_AVAILABLE] = seedCapital;
        }
    }

    /**
     * Folds one normalised event into K and E.
     *
     * @return false when the event overflowed; nothing of it was kept and the caller rejects it as FOLD_OVERFLOW
     */
    public boolean fold(final RingEvent event) {
        aggregatesDirty = false;
        try {
            switch (event.kind) {
                case PARTIAL_FILL, FULL_FILL -> fill(event);
                case ACCOUNT_UPDATE, FUNDING, FUNDING_ALREADY_BOOKED, TRANSFER, TRANSFER_ALREADY_BOOKED -> account(event);
                case ORDERS_CATCH_UP -> catchUp(event.orderHistory);
                case INCOME_CATCH_UP -> {
                    set(FUNDING, Math.addExact(v[FUNDING], event.fundingPaid));
                    set(TRANSFERS, Math.addExact(v[TRANSFERS], event.transferAmount));
                }
                case BALANCE_SNAPSHOT -> balanceSnapshot(event.balance);
                case POSITIONS_SNAPSHOT -> positionsSnapshot(event.positions);
                case CONFIG -> {
                    market.leverage(event.leverage.symbolId, event.leverage.longLeverage,
                        event.leverage.shortLeverage);
                    aggregatesDirty = true;
                }
                default -> {
                }
            }
            settle();
            undo.commit();
            return true;
        } catch (ArithmeticException overflow) {
            undo.rollback();
            return false;
        }
    }

    private void fill(final RingEvent event) {
        final OrderFields o = event.order;
        book(o.symbolId, o.positionSide, o.side, event.fillQty, event.fillPrice, event.feeCost, event.realizedPnl);
    }

    /**
     * Rows with quantity book a fill; a row whose quantity the stream had delivered books only the commission and
     * realized PnL it was missing.
     */
    private void catchUp(final OrderHistoryTable h) {
        for (int i = 0; i < h.count; i++) {
            if (h.fillQty[i] > 0) {
                book(h.symbolId[i], h.positionSide[i], h.side[i], h.fillQty[i], h.fillPrice[i], h.feeCost[i],
                    h.fillRealizedPnl[i]);
            } else if (h.feeCost[i] != 0 || h.fillRealizedPnl[i] != 0) {
                set(REALIZED, Math.addExact(v[REALIZED], h.fillRealizedPnl[i]));
                set(FEES, Math.addExact(v[FEES], h.feeCost[i]));
            }
        }
    }

    private void book(final int symbol, final PositionSide positionSide, final Side orderSide, final long qty,
                      final long price, final long feeCost, final long realizedPnl) {
        final int side = PositionBook.side(positionSide);
        final int slot = PositionBook.slot(symbol, side);
        final long size = k.size(slot);
        final long entry = k.entry(slot);
        final boolean buy = orderSide == Side.BUY;
        final long newSize;
        final long newEntry;
        long ownRealized = 0;
        if (side == PositionBook.BOTH) {
            final boolean increases = size == 0 || (size > 0) == buy;
            if (increases) {
                newSize = buy ? Math.addExact(size, qty) : Math.subtractExact(size, qty);
                newEntry = weightedEntry(entry, Math.abs(size), price, qty);
            } else {
                final long closed = Math.min(Math.abs(size), qty);
                ownRealized = closedPnl(size > 0, entry, price, closed);
                final long opened = qty - closed;
                if (opened == 0) {
                    newSize = buy ? size + closed : size - closed;
                    newEntry = entry;
                } else {
                    newSize = buy ? opened : -opened;
                    newEntry = price;
                }
            }
        } else {
            final boolean increases = (side == PositionBook.LONG) == buy;
            if (increases) {
                newSize = Math.addExact(size, qty);
                newEntry = weightedEntry(entry, size, price, qty);
            } else {
                // A hedge book cannot go below zero; reducing more than K holds means K missed the opening, which
                // reconcile R3 reports against the venue's size. Only the covered part has a known entry.
                final long closed = Math.min(size, qty);
                ownRealized = closedPnl(side == PositionBook.LONG, entry, price, closed);
                newSize = size - closed;
                newEntry = entry;
            }
        }
        set(REALIZED, Math.addExact(v[REALIZED], realizedPnl));
        set(FEES, Math.addExact(v[FEES], feeCost));
        set(OWN_REALIZED, Math.addExact(v[OWN_REALIZED], ownRealized));
        set(FILLS_BOOKED, 1);
        touch(symbol);
        market.fillPrice(symbol, price);
        if (newSize != size || newEntry != entry) {
            k.set(slot, newSize, newEntry);
            set(BALANCE_FRESH, 0);
        }
        aggregatesDirty = true;
    }

    private static long weightedEntry(final long entry, final long absSize, final long price, final long qty) {
        if (absSize == 0) {
            return price;
        }
        final long notional = Math.addExact(FixedPoint.mul(entry, absSize), FixedPoint.mul(price, qty));
        return FixedPoint.div(notional, Math.addExact(absSize, qty));
    }

    private static long closedPnl(final boolean wasLong, final long entry, final long price, final long closed) {
        final long perUnit = wasLong ? Math.subtractExact(price, entry) : Math.subtractExact(entry, price);
        return FixedPoint.mul(perUnit, closed);
    }

    private void account(final RingEvent event) {
        if (event.kind == EventKind.FUNDING) {
            set(FUNDING, Math.addExact(v[FUNDING], event.fundingPaid));
        } else if (event.kind == EventKind.TRANSFER) {
            set(TRANSFERS, Math.addExact(v[TRANSFERS], event.transferAmount));
        }
        final BalanceFields b = event.balance;
        if (b.present && isSettlementAsset(b)) {
            set(E_WALLET, b.walletBalance);
            set(E_HAS_WALLET, 1);
            if (b.hasCrossWallet) {
                set(E_CROSS_WALLET, b.crossWallet);
            }
            seedFromWallet(b.walletBalance);
        }
        final PositionTable p = event.positions;
        for (int i = 0; i < p.count; i++) {
            final int symbol = p.symbolId[i];
            final int side = PositionBook.side(p.side[i]);
            e.set(PositionBook.slot(symbol, side), rowSize(side, p.size[i]), p.entryPrice[i]);
            touch(symbol);
        }
        if (p.count > 0) {
            set(E_POSITION_FACT, 1);
            aggregatesDirty = true;
        }
    }

    private void balanceSnapshot(final BalanceFields b) {
        if (!b.present || !isSettlementAsset(b)) {
            return;
        }
        set(E_WALLET, b.walletBalance);
        set(E_HAS_WALLET, 1);
        if (b.hasAvailableMargin) {
            set(E_AVAILABLE, b.availableMargin);
        }
        if (b.hasUsedMargin) {
            set(E_USED, b.usedMargin);
            set(E_HAS_USED, 1);
            set(BALANCE_FRESH, 1);
        }
        if (b.hasUnrealizedPnl) {
            set(E_UNREALIZED, b.unrealizedPnl);
        }
        seedFromWallet(b.walletBalance);
    }

    private void positionsSnapshot(final PositionTable p) {
        final int count = (int) v[TOUCHED_COUNT];
        for (int i = 0; i < count; i++) {
            final int symbol = (int) touched[i];
            for (int side = PositionBook.LONG; side <= PositionBook.BOTH; side++) {
                e.set(PositionBook.slot(symbol, side), 0, 0);
            }
        }
        for (int i = 0; i < p.count; i++) {
            final int symbol = p.symbolId[i];
            final int side = PositionBook.side(p.side[i]);
            final int slot = PositionBook.slot(symbol, side);
            e.set(slot, rowSize(side, p.size[i]), p.entryPrice[i]);
            touch(symbol);
            if (p.hasMarkPrice[i] && p.markPrice[i] > 0) {
                market.venueMark(symbol, p.markPrice[i]);
            }
            if (p.leverage[i] >= 1) {
                final boolean isLong = side == PositionBook.LONG || side == PositionBook.BOTH;
                final boolean isShort = side == PositionBook.SHORT || side == PositionBook.BOTH;
                market.leverage(symbol, isLong ? p.leverage[i] : 0, isShort ? p.leverage[i] : 0);
            }
        }
        set(E_POSITION_FACT, 1);
        if (v[FILLS_BOOKED] == 0) {
            adoptExchangeBook();
        }
        aggregatesDirty = true;
    }

    private void adoptExchangeBook() {
        final int count = (int) v[TOUCHED_COUNT];
        for (int i = 0; i < count; i++) {
            final int symbol = (int) touched[i];
            for (int side = PositionBook.LONG; side <= PositionBook.BOTH; side++) {
                final int slot = PositionBook.slot(symbol, side);
                if (k.size(slot) != e.size(slot) || k.entry(slot) != e.entry(slot)) {
                    k.set(slot, e.size(slot), e.entry(slot));
                    set(BALANCE_FRESH, 0);
                }
            }
        }
    }

    /** Hedge rows are sizes (a venue may sign a SHORT row); the one-way row keeps its sign. */
    private static long rowSize(final int side, final long size) {
        return side == PositionBook.BOTH ? size : Math.abs(size);
    }

    private boolean isSettlementAsset(final BalanceFields b) {
        return b.assetId == 0 || b.assetId == settlementAssetId;
    }

    private void seedFromWallet(final long wallet) {
        if (v[SEEDED] == 0) {
            set(SEED, Math.subtractExact(wallet, netChange()));
            set(SEEDED, 1);
            set(PEAK, wallet);
        }
    }

    private long netChange() {
        final long gains = Math.addExact(v[REALIZED], v[TRANSFERS]);
        return Math.subtractExact(gains, Math.addExact(v[FEES], v[FUNDING]));
    }

    private void settle() {
        final long capital = Math.addExact(v[SEED], netChange());
        set(CAPITAL, capital);
        if (v[SEEDED] == 1 && capital > v[PEAK]) {
            set(PEAK, capital);
        }
        if (aggregatesDirty) {
            aggregates();
        }
        set(K_AVAILABLE, Math.subtractExact(capital, v[K_USED]));
    }

    private void aggregates() {
        long kNotional = 0;
        long kUsed = 0;
        long kOpen = 0;
        long eNotional = 0;
        long eOpen = 0;
        final int count = (int) v[TOUCHED_COUNT];
        for (int i = 0; i < count; i++) {
            final int symbol = (int) touched[i];
            final long mark = market.mark(symbol);
            for (int side = PositionBook.LONG; side <= PositionBook.BOTH; side++) {
                final int slot = PositionBook.slot(symbol, side);
                final long ks = k.size(slot);
                if (ks != 0) {
                    kOpen++;
                    final long notional = FixedPoint.mul(Math.abs(ks), mark);
                    kNotional = Math.addExact(kNotional, notional);
                    kUsed = Math.addExact(kUsed, notional / market.leverageFor(symbol, side, ks));
                }
                final long es = e.size(slot);
                if (es != 0) {
                    eOpen++;
                    eNotional = Math.addExact(eNotional, FixedPoint.mul(Math.abs(es), mark));
                }
            }
        }
        set(K_NOTIONAL, kNotional);
        set(K_USED, kUsed);
        set(K_OPEN, kOpen);
        set(E_NOTIONAL, eNotional);
        set(E_OPEN, eOpen);
    }

    private void touch(final int symbol) {
        if (isTouched[symbol] == 0) {
            undo.set(isTouched, symbol, 1);
            final int count = (int) v[TOUCHED_COUNT];
            undo.set(touched, count, symbol);
            set(TOUCHED_COUNT, count + 1);
        }
    }

    private void set(final int scalar, final long value) {
        undo.set(v, scalar, value);
    }

    /**
     * A 64-bit hash of the whole ledger state (K accumulators and positions, E facts, marks and leverage). Symbols
     * are combined by summing per-symbol hashes, so the order in which they were first seen does not matter.
     */
    public long stateHash() {
        long h = Mix64.mix(SCALARS);
        for (int i = 0; i < SCALARS; i++) {
            if (i != TOUCHED_COUNT) {
                h = Mix64.combine(h, v[i]);
            }
        }
        long symbols = 0;
        final int count = (int) v[TOUCHED_COUNT];
        for (int i = 0; i < count; i++) {
            final int symbol = (int) touched[i];
            long sh = Mix64.mix(symbol);
            boolean empty = market.isEmpty(symbol);
            sh = Mix64.combine(sh, market.hash(symbol));
            for (int side = PositionBook.LONG; side <= PositionBook.BOTH; side++) {
                final int slot = PositionBook.slot(symbol, side);
                empty &= k.size(slot) == 0 && e.size(slot) == 0;
                sh = Mix64.combine(sh, k.size(slot));
                sh = Mix64.combine(sh, k.entry(slot));
                sh = Mix64.combine(sh, e.size(slot));
                sh = Mix64.combine(sh, e.entry(slot));
            }
            if (!empty) {
                symbols += sh;
            }
        }
        return Mix64.combine(h, symbols);
    }

    // ---- K

    public boolean seeded() {
        return v[SEEDED] == 1;
    }

    public long seed() {
        return v[SEED];
    }

    public long capital() {
        return v[CAPITAL];
    }

    /** Σ of the venue's realized PnL of each booked fill: what moved the wallet. */
    public long realizedPnl() {
        return v[REALIZED];
    }

    public long feesPaid() {
        return v[FEES];
    }

    public long fundingPaid() {
        return v[FUNDING];
    }

    public long transfers() {
        return v[TRANSFERS];
    }

    /** K's own realized PnL, computed from its book on every reducing fill. */
    public long ownRealizedPnl() {
        return v[OWN_REALIZED];
    }

    public long peakCapital() {
        return v[PEAK];
    }

    public long openNotional() {
        return v[K_NOTIONAL];
    }

    public long usedMargin() {
        return v[K_USED];
    }

    public long availableMargin() {
        return v[K_AVAILABLE];
    }

    public int openPositions() {
        return (int) v[K_OPEN];
    }

    public PositionBook kBook() {
        return k;
    }

    // ---- E

    public boolean hasWallet() {
        return v[E_HAS_WALLET] == 1;
    }

    public long wallet() {
        return v[E_WALLET];
    }

    public long crossWallet() {
        return v[E_CROSS_WALLET];
    }

    public long exchangeAvailable() {
        return v[E_AVAILABLE];
    }

    public boolean hasExchangeUsedMargin() {
        return v[E_HAS_USED] == 1;
    }

    public long exchangeUsedMargin() {
        return v[E_USED];
    }

    public long exchangeUnrealized() {
        return v[E_UNREALIZED];
    }

    /** Σ of the venue's realized PnL (cumulative): E's realized, compared with K's own in R2. */
    public long exchangeRealized() {
        return v[REALIZED];
    }

    public long exchangeOpenNotional() {
        return v[E_NOTIONAL];
    }

    public int exchangeOpenPositions() {
        return (int) v[E_OPEN];
    }

    /** Whether the venue has said anything about positions yet (stream rows or a REST snapshot). */
    public boolean hasExchangePositions() {
        return v[E_POSITION_FACT] == 1;
    }

    /** Whether the venue's used margin was reported after K's positions last changed. */
    public boolean exchangeUsedMarginIsFresh() {
        return v[BALANCE_FRESH] == 1 && v[E_HAS_USED] == 1;
    }

    public PositionBook eBook() {
        return e;
    }

    public long mark(final int symbolId) {
        return market.mark(symbolId);
    }

    // ---- symbols with a position or a mark, for reconcile

    public int touchedSymbols() {
        return (int) v[TOUCHED_COUNT];
    }

    public int touchedSymbol(final int i) {
        return (int) touched[i];
    }
}
