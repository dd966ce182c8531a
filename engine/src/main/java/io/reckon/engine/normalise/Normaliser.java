package io.reckon.engine.normalise;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.num.Mix64;
import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderHistoryTable;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;

/**
 * The normalise stage: gives each decoded event its venue-neutral {@link EventKind} and, for a fill, its size and
 * price.
 *
 * <p>A fill's size is the change in the order's cumulative filled quantity against what the kernel last booked
 * (the predecessor's "fall back to z" double-counted a second partial fill), so a repeated or stale frame books
 * nothing and a fill whose NEW never arrived is still booked. {@code lastQty}, when the venue sends it, is only a
 * cross-check. The frame's commission and realized PnL belong to its own trade and are booked only with a fill; the
 * order table keeps their running sums per order.
 *
 * <p>A REST order history (the catch-up after a blind interval) is a batch of order updates, one row per order with
 * its cumulative quantity, commission and realized PnL: each row books the change of each against what the kernel
 * booked for that order, so a row the stream delivered books nothing, an order the stream never showed books all of
 * it, and an order the stream showed in part books the rest. A row whose quantity the stream delivered in full but
 * whose commission or realized PnL differ (a middle trade's frame was lost and a later frame carried the cumulative
 * quantity) books only that difference, an adjustment. Its price is derived from the average price as on the stream.
 *
 * <p>Account frames become FUNDING or TRANSFER by their reason; one seen before becomes {@link EventKind#DUPLICATE}.
 * Funding is booked once whether it arrives as a stream frame, an income-history row, or both in either order
 * ({@link FundingMemory}).
 *
 * <p>Nothing is remembered until {@link #commit()}: the kernel commits only once the fold has succeeded, so an event
 * rejected later (fold overflow) leaves no trace here either; a batch is kept or forgotten whole. Allocation-free.
 */
public final class Normaliser {
    private static final int PENDING_NONE = 0;
    private static final int PENDING_ORDERS = 1;
    private static final int PENDING_ACCOUNT = 2;

    private final OrderStateTable orders;
    private final AccountUpdateDedup accountDedup;
    private final FundingMemory funding;
    /** The same booked-once matching for transfers: a DEPOSIT/WITHDRAW frame against a TRANSFER income row. */
    private final FundingMemory transfers;
    private final int settlementAssetId;
    private final int maxSymbolId;

    private int pending;
    /** Order rows to write on commit: one for a stream frame, up to one per row of an order history. */
    private final long[] stagedId = new long[OrderHistoryTable.CAPACITY];
    private final long[] stagedQty = new long[OrderHistoryTable.CAPACITY];
    private final long[] stagedAverage = new long[OrderHistoryTable.CAPACITY];
    private final long[] stagedFee = new long[OrderHistoryTable.CAPACITY];
    private final long[] stagedRealized = new long[OrderHistoryTable.CAPACITY];
    private final int[] stagedFlags = new int[OrderHistoryTable.CAPACITY];
    private int staged;
    private boolean pendingLastQtyMismatch;
    private int pendingCatchUpFills;
    private int pendingAdjustments;
    private int pendingFunding;

    /** What {@link #recall} found of an order, staged or remembered. */
    private boolean known;
    private long knownQty;
    private long knownAverage;
    private long knownFee;
    private long knownRealized;
    private int knownFlags;

    private long lastQtyMismatches;
    private long catchUpFills;
    private long catchUpAdjustments;
    private long catchUpFunding;

    /**
     * @param settlementAssetId the interned settlement asset (USDT); balances of another asset move nothing in K
     * @param maxSymbolId       the largest symbol id the ledger can hold (the symbol table's capacity)
     */
    public Normaliser(final OrderStateTable orders, final AccountUpdateDedup accountDedup,
                      final FundingMemory funding, final int settlementAssetId, final int maxSymbolId) {
        this(orders, accountDedup, funding, new FundingMemory(funding.capacity(), funding.windowMs(),
            IncomeTable.CAPACITY), settlementAssetId, maxSymbolId);
    }

    /** @param transfers the booked-once memory of transfers (stream frames against TRANSFER income rows) */
    public Normaliser(final OrderStateTable orders, final AccountUpdateDedup accountDedup,
                      final FundingMemory funding, final FundingMemory transfers, final int settlementAssetId,
                      final int maxSymbolId) {
        this.orders = orders;
        this.accountDedup = accountDedup;
        this.funding = funding;
        this.transfers = transfers;
        this.settlementAssetId = settlementAssetId;
        this.maxSymbolId = maxSymbolId;
    }

    /** Sets {@link RingEvent#kind} and the normalised amounts, or rejects the event with a named reason. */
    public void normalise(final RingEvent e) {
        e.clearNormalised();
        forgetPending();
        switch (e.decoded) {
            case ORDER_UPDATE -> order(e);
            case ACCOUNT_UPDATE -> account(e);
            case ORDER_HISTORY -> orderHistory(e);
            case INCOME_HISTORY -> incomeHistory(e);
            case ACCOUNT_CONFIG, CONFIG_SNAPSHOT -> {
                if (validSymbol(e.leverage.symbolId)) {
                    e.kind = EventKind.CONFIG;
                } else {
                    reject(e, RejectReason.MISSING_FIELD);
                }
            }
            case POSITIONS_SNAPSHOT -> {
                if (validRows(e.positions)) {
                    e.kind = EventKind.POSITIONS_SNAPSHOT;
                } else {
                    reject(e, RejectReason.MISSING_FIELD);
                }
            }
            case BALANCE_SNAPSHOT -> e.kind = EventKind.BALANCE_SNAPSHOT;
            case OPEN_ORDERS_SNAPSHOT -> e.kind = EventKind.OPEN_ORDERS_SNAPSHOT;
            case LISTEN_KEY_EXPIRED -> e.kind = EventKind.LISTEN_KEY_EXPIRED;
            case HEARTBEAT -> e.kind = EventKind.HEARTBEAT;
            case CONTROL -> e.kind = EventKind.CONTROL;
            case INTENT -> e.kind = EventKind.INTENT;
            case ORDER_ACK -> e.kind = EventKind.ACK;
            case REJECTED -> e.kind = EventKind.REJECTED;
            case UNKNOWN_EVENT, NONE -> e.kind = EventKind.UNKNOWN;
        }
    }

    /** Remembers what {@link #normalise} saw (order progress, the account frame's key, funding). */
    public void commit() {
        for (int s = 0; s < staged; s++) {
            orders.put(stagedId[s], stagedQty[s], stagedAverage[s], stagedFlags[s], stagedFee[s],
                stagedRealized[s]);
        }
        if (pendingLastQtyMismatch) {
            lastQtyMismatches++;
        }
        if (pending == PENDING_ACCOUNT) {
            accountDedup.remember();
        }
        funding.commit();
        transfers.commit();
        catchUpFills += pendingCatchUpFills;
        catchUpAdjustments += pendingAdjustments;
        catchUpFunding += pendingFunding;
        clearPending();
    }

    /** Forgets what {@link #normalise} saw: the event was rejected after this stage. */
    public void discard() {
        forgetPending();
    }

    private void forgetPending() {
        funding.rollback();
        transfers.rollback();
        clearPending();
    }

    private void clearPending() {
        pending = PENDING_NONE;
        staged = 0;
        pendingLastQtyMismatch = false;
        pendingCatchUpFills = 0;
        pendingAdjustments = 0;
        pendingFunding = 0;
    }

    private void order(final RingEvent e) {
        final OrderFields o = e.order;
        recall(o.orderId);
        if (o.cumulativeQty < knownQty) {
            e.kind = EventKind.ORDER_NO_CHANGE;
            return;
        }
        final long delta = o.cumulativeQty - knownQty;
        if (delta > 0) {
            fill(e, delta);
            return;
        }
        final boolean acked = (knownFlags & OrderStateTable.FLAG_ACKED) != 0;
        final boolean terminal = (knownFlags & OrderStateTable.FLAG_TERMINAL) != 0;
        switch (o.status) {
            case NEW -> {
                // x=TRADE with X=NEW and z=0 (a trigger order) lands here too: an acknowledgement, never a fill.
                if (acked || terminal) {
                    e.kind = EventKind.ORDER_NO_CHANGE;
                } else {
                    stageOrder(e, EventKind.ORDER_ACK, knownFlags | OrderStateTable.FLAG_ACKED);
                }
            }
            case CANCELED -> stageEnd(e, terminal, EventKind.CANCEL);
            case EXPIRED, REJECTED -> stageEnd(e, terminal, EventKind.REJECT_EXPIRE);
            case FILLED -> {
                // The last quantity was booked from an earlier frame; this one only says the order is over.
                e.kind = EventKind.ORDER_NO_CHANGE;
                if (known && !terminal) {
                    stage(o.orderId, o.cumulativeQty, knownAverage, knownFlags | OrderStateTable.FLAG_TERMINAL,
                        knownFee, knownRealized);
                }
            }
            default -> e.kind = EventKind.ORDER_NO_CHANGE;
        }
    }

    private void stageEnd(final RingEvent e, final boolean terminal, final EventKind kind) {
        if (terminal) {
            e.kind = EventKind.ORDER_NO_CHANGE;
        } else {
            stageOrder(e, kind, knownFlags | OrderStateTable.FLAG_TERMINAL);
        }
    }

    private void stageOrder(final RingEvent e, final EventKind kind, final int flags) {
        if (!known && !orders.canTrack()) {
            reject(e, RejectReason.TOO_MANY_ENTRIES);
            return;
        }
        e.kind = kind;
        stage(e.order.orderId, e.order.cumulativeQty, knownAverage, flags, knownFee, knownRealized);
    }

    private void fill(final RingEvent e, final long delta) {
        final OrderFields o = e.order;
        if (o.side == Side.NONE || !validSymbol(o.symbolId)) {
            reject(e, RejectReason.MISSING_FIELD);
            return;
        }
        if (!known && !orders.canTrack()) {
            reject(e, RejectReason.TOO_MANY_ENTRIES);
            return;
        }
        final long price;
        final long averageAfter;
        final long feeAfter;
        final long realizedAfter;
        try {
            price = fillPrice(o.averagePrice, o.cumulativeQty, o.hasLastQty, o.lastQty, o.hasLastPrice, o.lastPrice,
                delta);
            averageAfter = averageAfter(o.averagePrice, price, delta, o.cumulativeQty);
            feeAfter = o.hasFee ? Math.addExact(knownFee, o.fee) : knownFee;
            realizedAfter = Math.addExact(knownRealized, o.realizedPnl);
        } catch (ArithmeticException overflow) {
            reject(e, RejectReason.FOLD_OVERFLOW);
            return;
        }
        if (price <= 0) {
            reject(e, RejectReason.MISSING_FIELD);
            return;
        }
        final boolean full = o.status == OrderStatus.FILLED
            || (o.quantity > 0 && o.cumulativeQty >= o.quantity);
        e.kind = full ? EventKind.FULL_FILL : EventKind.PARTIAL_FILL;
        e.fillQty = delta;
        e.fillPrice = price;
        e.realizedPnl = o.realizedPnl;
        stage(o.orderId, o.cumulativeQty, averageAfter, filledFlags(o.status, o.quantity, o.cumulativeQty),
            feeAfter, realizedAfter);
        pendingLastQtyMismatch = o.hasLastQty && o.lastQty != delta;
    }

    private int filledFlags(final OrderStatus status, final long quantity, final long cumulativeQty) {
        final boolean ends = status == OrderStatus.FILLED || status == OrderStatus.CANCELED
            || status == OrderStatus.EXPIRED || status == OrderStatus.REJECTED
            || (quantity > 0 && cumulativeQty >= quantity);
        return knownFlags | OrderStateTable.FLAG_ACKED | (ends ? OrderStateTable.FLAG_TERMINAL : 0);
    }

    /**
     * The venue's last price when it describes this whole delta; else the price that moves the average from what
     * was booked to what the venue now reports ({@code (ap·z − ap₀·z₀) / Δz}); else the average itself.
     */
    private long fillPrice(final long averagePrice, final long cumulativeQty, final boolean hasLastQty,
                           final long lastQty, final boolean hasLastPrice, final long lastPrice, final long delta) {
        final boolean lastDescribesDelta = !hasLastQty || lastQty == delta;
        if (hasLastPrice && lastPrice > 0 && lastDescribesDelta) {
            return lastPrice;
        }
        if (averagePrice > 0) {
            if (knownQty > 0 && knownAverage > 0) {
                final long notionalNow = FixedPoint.mul(averagePrice, cumulativeQty);
                final long notionalBefore = FixedPoint.mul(knownAverage, knownQty);
                final long derived = FixedPoint.div(Math.subtractExact(notionalNow, notionalBefore), delta);
                if (derived > 0) {
                    return derived;
                }
            }
            return averagePrice;
        }
        return hasLastPrice ? lastPrice : 0;
    }

    /** The venue's average when it sent one, else the running average of what was booked and this fill. */
    private long averageAfter(final long averagePrice, final long price, final long delta, final long cumulativeQty) {
        if (averagePrice > 0) {
            return averagePrice;
        }
        final long notional = Math.addExact(FixedPoint.mul(knownAverage, knownQty), FixedPoint.mul(price, delta));
        return FixedPoint.div(notional, cumulativeQty);
    }

    private void orderHistory(final RingEvent e) {
        final OrderHistoryTable h = e.orderHistory;
        long realized = 0;
        try {
            for (int i = 0; i < h.count; i++) {
                h.clearNormalised(i);
                final RejectReason bad = historyRow(h, i);
                if (bad != RejectReason.NONE) {
                    reject(e, bad);
                    return;
                }
                realized = Math.addExact(realized, h.fillRealizedPnl[i]);
            }
        } catch (ArithmeticException overflow) {
            reject(e, RejectReason.FOLD_OVERFLOW);
            return;
        }
        // Conservative: every staged row may need a fresh one, so the commit can never run out.
        if (staged > orders.trackable()) {
            reject(e, RejectReason.TOO_MANY_ENTRIES);
            return;
        }
        e.kind = EventKind.ORDERS_CATCH_UP;
        e.realizedPnl = realized;
        pending = PENDING_ORDERS;
    }

    /** Normalises row {@code i} and stages what the order table must remember of it; a reject reason or NONE. */
    private RejectReason historyRow(final OrderHistoryTable h, final int i) {
        final long id = h.orderId[i];
        recall(id);
        final long cumulative = h.cumulativeQty[i];
        if (cumulative < knownQty) {
            return RejectReason.NONE;
        }
        final long delta = cumulative - knownQty;
        final long feeNow = h.hasFee[i] ? h.fee[i] : knownFee;
        final long realizedNow = h.hasRealizedPnl[i] ? h.realizedPnl[i] : knownRealized;
        if (delta > 0) {
            if (h.side[i] == Side.NONE || !validSymbol(h.symbolId[i])) {
                return RejectReason.MISSING_FIELD;
            }
            final long price = fillPrice(h.averagePrice[i], cumulative, false, 0, false, 0, delta);
            if (price <= 0) {
                return RejectReason.MISSING_FIELD;
            }
            h.fillQty[i] = delta;
            h.fillPrice[i] = price;
            h.fillFee[i] = Math.subtractExact(feeNow, knownFee);
            h.fillRealizedPnl[i] = Math.subtractExact(realizedNow, knownRealized);
            stage(id, cumulative, averageAfter(h.averagePrice[i], price, delta, cumulative),
                filledFlags(h.status[i], h.quantity[i], cumulative), feeNow, realizedNow);
            pendingCatchUpFills++;
            return RejectReason.NONE;
        }
        if (!known) {
            // never filled and never seen: nothing to book, nothing worth remembering
            return RejectReason.NONE;
        }
        final long feeChange = Math.subtractExact(feeNow, knownFee);
        final long realizedChange = Math.subtractExact(realizedNow, knownRealized);
        final boolean adjusts = knownQty > 0 && (feeChange != 0 || realizedChange != 0);
        final int flags = terminalOnce(h.status[i]) ? knownFlags | OrderStateTable.FLAG_TERMINAL : knownFlags;
        if (adjusts) {
            h.fillFee[i] = feeChange;
            h.fillRealizedPnl[i] = realizedChange;
            pendingAdjustments++;
            stage(id, knownQty, knownAverage, flags, feeNow, realizedNow);
        } else if (flags != knownFlags) {
            stage(id, knownQty, knownAverage, flags, knownFee, knownRealized);
        }
        return RejectReason.NONE;
    }

    private static boolean terminalOnce(final OrderStatus status) {
        return status == OrderStatus.FILLED || status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED
            || status == OrderStatus.REJECTED;
    }

    /** Loads what the kernel knows of an order: staged by this event first, else remembered. */
    private void recall(final long id) {
        for (int s = staged - 1; s >= 0; s--) {
            if (stagedId[s] == id) {
                known = true;
                knownQty = stagedQty[s];
                knownAverage = stagedAverage[s];
                knownFee = stagedFee[s];
                knownRealized = stagedRealized[s];
                knownFlags = stagedFlags[s];
                return;
            }
        }
        final int row = orders.find(id);
        known = row >= 0;
        knownQty = known ? orders.cumulativeQty(row) : 0;
        knownAverage = known ? orders.averagePrice(row) : 0;
        knownFee = known ? orders.fee(row) : 0;
        knownRealized = known ? orders.realizedPnl(row) : 0;
        knownFlags = known ? orders.flags(row) : 0;
    }

    private void stage(final long orderId, final long cumulativeQty, final long average, final int flags,
                       final long fee, final long realized) {
        int s = 0;
        while (s < staged && stagedId[s] != orderId) {
            s++;
        }
        if (s == staged) {
            staged++;
        }
        pending = PENDING_ORDERS;
        stagedId[s] = orderId;
        stagedQty[s] = cumulativeQty;
        stagedAverage[s] = average;
        stagedFlags[s] = flags;
        stagedFee[s] = fee;
        stagedRealized[s] = realized;
    }

    private void account(final RingEvent e) {
        if (!validRows(e.positions)) {
            reject(e, RejectReason.MISSING_FIELD);
            return;
        }
        accountDedup.load(e);
        if (accountDedup.seen()) {
            e.kind = EventKind.DUPLICATE;
            return;
        }
        final BalanceFields b = e.balance;
        final boolean movesK = b.hasBalanceChange && isSettlement(b.assetId);
        switch (b.reason) {
            case FUNDING_FEE -> {
                // Long.MIN_VALUE is FixedPoint.INVALID, which a decoder never passes on; it alone cannot be negated.
                if (movesK && b.balanceChange != Long.MIN_VALUE) {
                    if (funding.stream(e.eventTimeMs, -b.balanceChange)) {
                        e.kind = EventKind.FUNDING;
                        e.fundingPaid = -b.balanceChange;
                    } else {
                        e.kind = EventKind.FUNDING_ALREADY_BOOKED;
                    }
                } else {
                    e.kind = EventKind.ACCOUNT_UPDATE;
                }
            }
            case DEPOSIT, WITHDRAW, ASSET_TRANSFER, OTHER_TRANSFER -> {
                if (movesK && transfers.stream(e.eventTimeMs, b.balanceChange)) {
                    e.kind = EventKind.TRANSFER;
                    e.transferAmount = b.balanceChange;
                } else if (movesK) {
                    e.kind = EventKind.TRANSFER_ALREADY_BOOKED;
                } else {
                    e.kind = EventKind.ACCOUNT_UPDATE;
                }
            }
            default -> e.kind = EventKind.ACCOUNT_UPDATE;
        }
        pending = PENDING_ACCOUNT;
    }

    /**
     * Funding and transfer rows of the settlement asset are booked unless already booked (from the stream or an
     * earlier catch-up); other rows (realized PnL, trading fees) are already in K through the fills.
     */
    private void incomeHistory(final RingEvent e) {
        final IncomeTable t = e.income;
        long total = 0;
        long moved = 0;
        int booked = 0;
        try {
            for (int i = 0; i < t.count; i++) {
                t.fundingPaid[i] = 0;
                if (!isSettlement(t.assetId[i])) {
                    continue;
                }
                if (t.type[i] == IncomeType.TRANSFER) {
                    if (transfers.income(0, t.timeMs[i], t.amount[i], t.tranKey[i], t.hasTranKey[i])) {
                        moved = Math.addExact(moved, t.amount[i]);
                        booked++;
                    }
                    continue;
                }
                if (t.type[i] != IncomeType.FUNDING_FEE) {
                    continue;
                }
                final long paid = Math.negateExact(t.amount[i]);
                if (funding.income(t.symbolId[i], t.timeMs[i], paid, t.tranKey[i], t.hasTranKey[i])) {
                    t.fundingPaid[i] = paid;
                    total = Math.addExact(total, paid);
                    booked++;
                }
            }
        } catch (ArithmeticException overflow) {
            reject(e, RejectReason.FOLD_OVERFLOW);
            return;
        }
        e.kind = EventKind.INCOME_CATCH_UP;
        e.fundingPaid = total;
        e.transferAmount = moved;
        pendingFunding = booked;
    }

    private boolean isSettlement(final int assetId) {
        return assetId == 0 || assetId == settlementAssetId;
    }

    private boolean validSymbol(final int symbolId) {
        return symbolId > 0 && symbolId <= maxSymbolId;
    }

    private boolean validRows(final PositionTable p) {
        for (int i = 0; i < p.count; i++) {
            if (!validSymbol(p.symbolId[i])) {
                return false;
            }
        }
        return true;
    }

    /** Rejects the event; whatever it staged is forgotten at once, since nothing commits a rejected event. */
    private void reject(final RingEvent e, final RejectReason reason) {
        forgetPending();
        e.clearNormalised();
        e.rejectAs(reason, 0);
        e.kind = EventKind.REJECTED;
    }

    /** Booked fills whose {@code lastQty} disagreed with the change in cumulative quantity (the delta won). */
    public long lastQtyMismatches() {
        return lastQtyMismatches;
    }

    /** Fills booked from order histories: quantity the stream never delivered. */
    public long catchUpFills() {
        return catchUpFills;
    }

    /** Commission or realized PnL booked from order histories for quantity the stream had delivered. */
    public long catchUpAdjustments() {
        return catchUpAdjustments;
    }

    /** Funding booked from income histories: settlements the stream never delivered. */
    public long catchUpFunding() {
        return catchUpFunding;
    }

    /** Order-independent hash of everything this stage remembers (order table, account dedup, funding). */
    public long stateHash() {
        return Mix64.combine(Mix64.combine(Mix64.combine(orders.contentHash(), accountDedup.contentHash()),
            funding.contentHash()), transfers.contentHash());
    }
}
