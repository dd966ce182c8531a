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
 * venue reports (the predecessor's dual ledger, in exact fixed point).
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
    /**
     * What K booked that the wallet has not shown yet, less what the wallet showed that K has not booked (fills
     * without their account update, account updates without their fill, a catch-up ahead of the wallet): the part
     * of {@code capital − wallet} that is in flight (reconcile R1). Zero whenever the two agree.
     */
    private static final int IN_FLIGHT = 25;
    /** Events that booked a reducing fill: each one replaces the per-fill realized comparison below (R2). */
    private static final int REALIZED_CHECKS = 26;
    /** Of the reducing fills the latest such event booked or re-derived, the largest K own − venue realized. */
    private static final int REALIZED_DELTA = 27;
    private static final int REALIZED_QTY = 28;
    private static final int REALIZED_PRICE = 29;
    /** Fills that arrived after later fills of their position and were booked in venue order by re-deriving it. */
    private static final int REDERIVED = 30;
    /** Bookkeeping of the touched-symbol list, not ledger state: left out of the hash. */
    private static final int TOUCHED_COUNT = 31;
    private static final int SCALARS = 32;

    private final long[] v = new long[SCALARS];
    private final UndoLog undo;
    private final PositionBook k;
    private final PositionBook e;
    private final MarketTable market;
    /** Symbols that ever had a position or a mark, in order of first sighting: what aggregates iterate over. */
    private final long[] touched;
    private final long[] isTouched;
    private final int settlementAssetId;
    private final FillLog fills;
    private final PositionStep step = new PositionStep();
    /** Positions a late fill of this event must re-derive; at most one per order-history row. */
    private final int[] stale = new int[OrderHistoryTable.CAPACITY];
    private int staleCount;
    private boolean aggregatesDirty;
    private long capitalBefore;
    private long walletBefore;
    private boolean hadWallet;
    private long walletMove;
    private boolean realizedObserved;
    private long firstArrival;

    /**
     * @param seedCapital       the seed in 1e-8 units, or a negative value to take it from the venue's first wallet
     * @param maxSymbolId       the symbol table's capacity
     * @param settlementAssetId the interned settlement asset; balances of other assets are not this ledger's
     * @param fillMemory        fills kept for re-deriving a position in venue order when a late fill arrives
     */
    public Ledger(final long seedCapital, final int defaultLeverage, final int maxSymbolId,
                  final int settlementAssetId, final int fillMemory) {
        if (defaultLeverage < 1) {
            throw new IllegalArgumentException("default leverage must be at least 1");
        }
        // The largest folds: a REST positions snapshot adopted as K's book clears and rewrites both books over every
        // symbol and writes marks and leverage for each row; an order-history catch-up books a fill per row.
        final int snapshotWrites = 12 * (maxSymbolId + 1) + 16 * PositionTable.CAPACITY;
        // A catch-up row books a fill and appends it to the fill log; re-deriving rewrites at most every logged fill
        // once and each stale position once.
        final int catchUpWrites = (20 + FillLog.writesPerAppend()) * OrderHistoryTable.CAPACITY + 2 * fillMemory
            + FillLog.writesPerReorder(fillMemory);
        this.undo = new UndoLog(Math.max(snapshotWrites, catchUpWrites) + 4 * SCALARS);
        this.fills = new FillLog(fillMemory, PositionBook.slots(maxSymbolId), undo);
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
        capitalBefore = v[CAPITAL];
        walletBefore = v[E_WALLET];
        hadWallet = v[E_HAS_WALLET] == 1;
        walletMove = 0;
        realizedObserved = false;
        staleCount = 0;
        firstArrival = fills.nextArrival();
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
            rederiveStale();
            if (realizedObserved) {
                set(REALIZED_CHECKS, v[REALIZED_CHECKS] + 1);
            }
            settle(event.kind);
            undo.commit();
            return true;
        } catch (ArithmeticException overflow) {
            undo.rollback();
            return false;
        }
    }

    private void fill(final RingEvent event) {
        final OrderFields o = event.order;
        final long venueTime = o.tradeTimeMs > 0 ? o.tradeTimeMs : event.eventTimeMs;
        book(o.symbolId, o.positionSide, o.side, event.fillQty, event.fillPrice, event.feeCost, event.realizedPnl,
            venueTime, o.orderId);
    }

    /**
     * Rows with quantity book a fill; a row whose quantity the stream had delivered books only the commission and
     * realized PnL it was missing.
     */
    private void catchUp(final OrderHistoryTable h) {
        for (int i = 0; i < h.count; i++) {
            if (h.fillQty[i] > 0) {
                book(h.symbolId[i], h.positionSide[i], h.side[i], h.fillQty[i], h.fillPrice[i], h.feeCost[i],
                    h.fillRealizedPnl[i], h.updateTimeMs[i], h.orderId[i]);
            } else if (h.feeCost[i] != 0 || h.fillRealizedPnl[i] != 0) {
                set(REALIZED, Math.addExact(v[REALIZED], h.fillRealizedPnl[i]));
                set(FEES, Math.addExact(v[FEES], h.feeCost[i]));
                completeRealized(h.symbolId[i], h.positionSide[i], h.orderId[i], h.fillRealizedPnl[i]);
            }
        }
    }

    /**
     * The realized PnL of trades whose frames were lost, caught up for an order whose quantity the stream had
     * delivered. It belongs to the order's logged fill whose own realized exceeds the venue's the most in its
     * direction (the frame that carried the lost trades' quantity, not necessarily the order's last); the per-fill
     * comparison (R2) is then made for the order as a whole, where the lost trades' realized is complete again.
     */
    private void completeRealized(final int symbol, final PositionSide positionSide, final long orderId,
                                  final long realized) {
        if (realized == 0) {
            return;
        }
        final int slot = PositionBook.slot(symbol, PositionBook.side(positionSide));
        final int n = fills.collect(slot);
        int target = -1;
        int newest = -1;
        long widest = 0;
        for (int j = 0; j < n; j++) {
            final int i = fills.at(j);
            if (fills.orderId(i) != orderId) {
                continue;
            }
            newest = i;
            final long gap = fills.ownRealized(i) - fills.venueRealized(i);
            if (gap != 0 && (gap > 0) == (realized > 0) && magnitude(gap) > widest) {
                widest = magnitude(gap);
                target = i;
            }
        }
        if (newest < 0) {
            return;
        }
        final int completed = target >= 0 ? target : newest;
        fills.venueRealized(completed, Math.addExact(fills.venueRealized(completed), realized));
        long gap = 0;
        long qty = 0;
        long price = 0;
        for (int j = 0; j < n; j++) {
            final int i = fills.at(j);
            if (fills.orderId(i) == orderId && fills.closed(i) > 0) {
                gap = Math.addExact(gap, fills.ownRealized(i) - fills.venueRealized(i));
                qty = Math.addExact(qty, fills.qty(i));
                price = fills.price(i);
            }
        }
        if (qty > 0) {
            observeRealized(gap, qty, price);
        }
    }

    /**
     * Books one fill. In venue order (the usual case) it steps K's position; a fill that precedes a fill of its
     * position K already holds is logged and the position re-derived in venue order at the end of the event.
     *
     * @param venueTimeMs when the venue booked the fill; 0 when unknown, then it is booked as the newest, as is a
     *                    fill older than the fill log remembers
     */
    private void book(final int symbol, final PositionSide positionSide, final Side orderSide, final long qty,
                      final long price, final long feeCost, final long realizedPnl, final long venueTimeMs,
                      final long orderId) {
        final int side = PositionBook.side(positionSide);
        final int slot = PositionBook.slot(symbol, side);
        final boolean buy = orderSide == Side.BUY;
        final boolean placeable = venueTimeMs > 0 && !fills.beyondMemory(slot, venueTimeMs);
        final long time = placeable ? venueTimeMs : fills.lastTimeMs(slot);
        final long order = placeable ? orderId : fills.lastOrderId(slot);
        set(REALIZED, Math.addExact(v[REALIZED], realizedPnl));
        set(FEES, Math.addExact(v[FEES], feeCost));
        set(FILLS_BOOKED, 1);
        touch(symbol);
        aggregatesDirty = true;
        if (placeable && fills.isLate(slot, time, order)) {
            fills.append(slot, time, order, buy, qty, price, realizedPnl, 0, 0, step);
            set(REDERIVED, v[REDERIVED] + 1);
            markStale(slot);
            return;
        }
        final long size = k.size(slot);
        final long entry = k.entry(slot);
        step.apply(side, size, entry, buy, qty, price);
        final long own = step.own;
        final long closed = step.closed;
        final boolean reducing = step.reducing;
        final long newSize = step.size;
        final long newEntry = step.entry;
        fills.append(slot, time, order, buy, qty, price, realizedPnl, own, closed, step);
        set(OWN_REALIZED, Math.addExact(v[OWN_REALIZED], own));
        if (reducing) {
            observeRealized(own - realizedPnl, qty, price);
        }
        market.fillPrice(symbol, price);
        if (newSize != size || newEntry != entry) {
            k.set(slot, newSize, newEntry);
            set(BALANCE_FRESH, 0);
        }
    }

    private void markStale(final int slot) {
        for (int i = 0; i < staleCount; i++) {
            if (stale[i] == slot) {
                return;
            }
        }
        stale[staleCount++] = slot;
    }

    private void rederiveStale() {
        for (int i = 0; i < staleCount; i++) {
            rederive(stale[i]);
        }
    }

    /**
     * Re-folds a position from its base over its logged fills in venue order: size, entry and each fill's own
     * realized PnL become what they would have been had every fill arrived in order. Fills whose own realized
     * changed, and the late fills themselves, are compared with the venue's realized again (R2).
     */
    private void rederive(final int slot) {
        final int side = PositionBook.sideOfSlot(slot);
        final int n = fills.collect(slot);
        fills.reorder(n);
        long size = fills.baseSize(slot);
        long entry = fills.baseEntry(slot);
        long ownChange = 0;
        for (int j = 0; j < n; j++) {
            final int i = fills.at(j);
            step.apply(side, size, entry, fills.buy(i), fills.qty(i), fills.price(i));
            final boolean changed = step.own != fills.ownRealized(i) || step.closed != fills.closed(i);
            if (changed) {
                ownChange = Math.addExact(ownChange, step.own - fills.ownRealized(i));
                fills.rederived(i, step.own, step.closed);
            }
            if (step.reducing && (changed || fills.arrival(i) >= firstArrival)) {
                observeRealized(step.own - fills.venueRealized(i), fills.qty(i), fills.price(i));
            }
            size = step.size;
            entry = step.entry;
        }
        set(OWN_REALIZED, Math.addExact(v[OWN_REALIZED], ownChange));
        if (k.size(slot) != size || k.entry(slot) != entry) {
            k.set(slot, size, entry);
            set(BALANCE_FRESH, 0);
        }
    }

    /** Keeps, among the reducing fills of this event, the one whose own realized differs most from the venue's. */
    private void observeRealized(final long delta, final long closedQty, final long price) {
        if (!realizedObserved || magnitude(delta) > magnitude(v[REALIZED_DELTA])) {
            set(REALIZED_DELTA, delta);
            set(REALIZED_QTY, closedQty);
            set(REALIZED_PRICE, price);
        }
        realizedObserved = true;
    }

    private static long magnitude(final long value) {
        return value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
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
            if (b.hasBalanceChange) {
                walletMove = b.balanceChange;
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
                    fills.rebase(slot, e.size(slot), e.entry(slot));
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

    private void settle(final EventKind kind) {
        final long capital = Math.addExact(v[SEED], netChange());
        set(CAPITAL, capital);
        if (v[SEEDED] == 1 && capital > v[PEAK]) {
            set(PEAK, capital);
        }
        settleInFlight(kind, capital);
        if (aggregatesDirty) {
            aggregates();
        }
        set(K_AVAILABLE, Math.subtractExact(capital, v[K_USED]));
    }

    /**
     * Keeps {@code IN_FLIGHT}, the explained part of {@code capital − wallet}; the rest is unexplained and only the
     * wallet meeting K (or a catch-up booking what K lacked) removes it.
     * <ul>
     *   <li>A fill or a stream funding/transfer moves K ahead of the wallet until its account frame reports the
     *   change ({@code bc}): what K moved is added, the frame's {@code bc} taken away. A wallet that jumps by more than
     *   its {@code bc} (a lost frame's change inside it) leaves the excess unexplained.</li>
     *   <li>A REST wallet covers every trade the venue booked, some of which K may not have yet (the catch-up comes
     *   next): its whole move is in flight.</li>
     *   <li>A catch-up books what K lacked: it first settles the unexplained part, then the rest counts as in
     *   flight.</li>
     * </ul>
     * The first wallet explains nothing; whenever K equals the wallet nothing is in flight.
     */
    private void settleInFlight(final EventKind kind, final long capital) {
        if (v[SEEDED] == 0 || v[E_HAS_WALLET] == 0) {
            return;
        }
        final long wallet = v[E_WALLET];
        if (capital == wallet || !hadWallet) {
            set(IN_FLIGHT, 0);
            return;
        }
        final long kMoved = Math.subtractExact(capital, capitalBefore);
        final long inFlight = v[IN_FLIGHT];
        final long explained;
        if (kind == EventKind.ORDERS_CATCH_UP || kind == EventKind.INCOME_CATCH_UP) {
            final long unexplained = Math.subtractExact(Math.subtractExact(capitalBefore, walletBefore), inFlight);
            explained = Math.subtractExact(kMoved, settling(kMoved, unexplained));
        } else if (kind == EventKind.BALANCE_SNAPSHOT) {
            explained = Math.subtractExact(kMoved, Math.subtractExact(wallet, walletBefore));
        } else {
            explained = Math.subtractExact(kMoved, walletMove);
        }
        set(IN_FLIGHT, Math.addExact(inFlight, explained));
    }

    /** The part of a move of K that closes an unexplained difference: same direction, at most all of it. */
    private static long settling(final long kMoved, final long unexplained) {
        if (unexplained == 0 || kMoved == 0 || (kMoved > 0) == (unexplained > 0)) {
            return 0;
        }
        return kMoved > 0 ? Math.min(kMoved, -unexplained) : Math.max(kMoved, -unexplained);
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

    /** The part of {@code capital − wallet} that fills and account updates still in flight explain (R1). */
    public long inFlight() {
        return v[IN_FLIGHT];
    }

    /** Counts events that booked or re-derived a reducing fill; a change means a fresh per-fill comparison. */
    public long realizedChecks() {
        return v[REALIZED_CHECKS];
    }

    /** K's own realized PnL minus the venue's, of the worst reducing fill of the latest checked event (R2). */
    public long fillRealizedDelta() {
        return v[REALIZED_DELTA];
    }

    /** That fill's quantity: with its price, what the per-fill rounding bound is made of. */
    public long fillRealizedQty() {
        return v[REALIZED_QTY];
    }

    public long fillRealizedPrice() {
        return v[REALIZED_PRICE];
    }

    /** Fills that arrived after later fills of their position and were booked in venue order. */
    public long rederivedFills() {
        return v[REDERIVED];
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

    // ---- symbols with a position or a mark, for reconcile

    public int touchedSymbols() {
        return (int) v[TOUCHED_COUNT];
    }

    public int touchedSymbol(final int i) {
        return (int) touched[i];
    }
}
