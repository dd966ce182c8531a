package io.reckon.engine.normalise;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.num.Mix64;
import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.OrderFields;
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
 * (DESIGN.md: the seed's "fall back to z" double-counts a second partial fill), so a repeated or stale frame books
 * nothing and a fill whose NEW never arrived is still booked. {@code lastQty}, when the venue sends it, is only a
 * cross-check. The frame's commission and realized PnL belong to its own trade and are booked only with a fill.
 *
 * <p>Account frames become FUNDING or TRANSFER by their reason; one seen before becomes {@link EventKind#DUPLICATE}.
 *
 * <p>Nothing is remembered until {@link #commit()}: the kernel commits only once the fold has succeeded, so an event
 * rejected later (fold overflow) leaves no trace here either. Allocation-free.
 */
public final class Normaliser {
    private static final int PENDING_NONE = 0;
    private static final int PENDING_ORDER = 1;
    private static final int PENDING_ACCOUNT = 2;

    private final OrderStateTable orders;
    private final AccountUpdateDedup accountDedup;
    private final int settlementAssetId;
    private final int maxSymbolId;

    private int pending;
    private long pendingOrderId;
    private long pendingCumulativeQty;
    private long pendingAveragePrice;
    private int pendingFlags;
    private boolean pendingLastQtyMismatch;

    private long lastQtyMismatches;

    /**
     * @param settlementAssetId the interned settlement asset (USDT); balances of another asset move nothing in K
     * @param maxSymbolId       the largest symbol id the ledger can hold (the symbol table's capacity)
     */
    public Normaliser(final OrderStateTable orders, final AccountUpdateDedup accountDedup,
                      final int settlementAssetId, final int maxSymbolId) {
        this.orders = orders;
        this.accountDedup = accountDedup;
        this.settlementAssetId = settlementAssetId;
        this.maxSymbolId = maxSymbolId;
    }

    /** Sets {@link RingEvent#kind} and the normalised amounts, or rejects the event with a named reason. */
    public void normalise(final RingEvent e) {
        e.clearNormalised();
        pending = PENDING_NONE;
        switch (e.decoded) {
            case ORDER_UPDATE -> order(e);
            case ACCOUNT_UPDATE -> account(e);
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

    /** Remembers what {@link #normalise} saw (order progress, the account frame's key). */
    public void commit() {
        if (pending == PENDING_ORDER) {
            orders.put(pendingOrderId, pendingCumulativeQty, pendingAveragePrice, pendingFlags);
            if (pendingLastQtyMismatch) {
                lastQtyMismatches++;
            }
        } else if (pending == PENDING_ACCOUNT) {
            accountDedup.remember();
        }
        pending = PENDING_NONE;
    }

    /** Forgets what {@link #normalise} saw: the event was rejected after this stage. */
    public void discard() {
        pending = PENDING_NONE;
    }

    private void order(final RingEvent e) {
        final OrderFields o = e.order;
        final int row = orders.find(o.orderId);
        final long previousQty = row < 0 ? 0 : orders.cumulativeQty(row);
        final int previousFlags = row < 0 ? 0 : orders.flags(row);
        if (o.cumulativeQty < previousQty) {
            e.kind = EventKind.ORDER_NO_CHANGE;
            return;
        }
        final long delta = o.cumulativeQty - previousQty;
        if (delta > 0) {
            fill(e, row, previousQty, previousFlags, delta);
            return;
        }
        final boolean acked = (previousFlags & OrderStateTable.FLAG_ACKED) != 0;
        final boolean terminal = (previousFlags & OrderStateTable.FLAG_TERMINAL) != 0;
        final long avg = row < 0 ? 0 : orders.averagePrice(row);
        switch (o.status) {
            case NEW -> {
                // x=TRADE with X=NEW and z=0 (a trigger order) lands here too: an acknowledgement, never a fill.
                if (acked || terminal) {
                    e.kind = EventKind.ORDER_NO_CHANGE;
                } else {
                    stageOrder(e, row, EventKind.ORDER_ACK, avg, previousFlags | OrderStateTable.FLAG_ACKED);
                }
            }
            case CANCELED -> stageEnd(e, row, terminal, EventKind.CANCEL, avg, previousFlags);
            case EXPIRED, REJECTED -> stageEnd(e, row, terminal, EventKind.REJECT_EXPIRE, avg, previousFlags);
            case FILLED -> {
                // The last quantity was booked from an earlier frame; this one only says the order is over.
                e.kind = EventKind.ORDER_NO_CHANGE;
                if (row >= 0 && !terminal) {
                    stage(o.orderId, o.cumulativeQty, avg, previousFlags | OrderStateTable.FLAG_TERMINAL);
                }
            }
            default -> e.kind = EventKind.ORDER_NO_CHANGE;
        }
    }

    private void stageEnd(final RingEvent e, final int row, final boolean terminal, final EventKind kind,
                          final long avg, final int previousFlags) {
        if (terminal) {
            e.kind = EventKind.ORDER_NO_CHANGE;
        } else {
            stageOrder(e, row, kind, avg, previousFlags | OrderStateTable.FLAG_TERMINAL);
        }
    }

    private void stageOrder(final RingEvent e, final int row, final EventKind kind, final long avg,
                            final int flags) {
        if (row < 0 && !orders.canTrack()) {
            reject(e, RejectReason.TOO_MANY_ENTRIES);
            return;
        }
        e.kind = kind;
        stage(e.order.orderId, e.order.cumulativeQty, avg, flags);
    }

    private void fill(final RingEvent e, final int row, final long previousQty, final int previousFlags,
                      final long delta) {
        final OrderFields o = e.order;
        if (o.side == Side.NONE || !validSymbol(o.symbolId)) {
            reject(e, RejectReason.MISSING_FIELD);
            return;
        }
        if (row < 0 && !orders.canTrack()) {
            reject(e, RejectReason.TOO_MANY_ENTRIES);
            return;
        }
        final long previousAvg = row < 0 ? 0 : orders.averagePrice(row);
        final long price;
        final long averageAfter;
        try {
            price = fillPrice(o, previousQty, previousAvg, delta);
            averageAfter = o.averagePrice > 0 ? o.averagePrice
                : runningAverage(previousAvg, previousQty, price, delta, o.cumulativeQty);
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
        final boolean ends = full || o.status == OrderStatus.CANCELED
            || o.status == OrderStatus.EXPIRED
            || o.status == OrderStatus.REJECTED;
        e.kind = full ? EventKind.FULL_FILL : EventKind.PARTIAL_FILL;
        e.fillQty = delta;
        e.fillPrice = price;
        e.realizedPnl = o.realizedPnl;
        stage(o.orderId, o.cumulativeQty, averageAfter,
            previousFlags | OrderStateTable.FLAG_ACKED | (ends ? OrderStateTable.FLAG_TERMINAL : 0));
        pendingLastQtyMismatch = o.hasLastQty && o.lastQty != delta;
    }

    /**
     * The venue's last price when it describes this whole delta; else the price that moves the average from what
     * was booked to what the venue now reports ({@code (ap·z − ap₀·z₀) / Δz}); else the average itself.
     */
    private static long fillPrice(final OrderFields o, final long previousQty, final long previousAvg,
                                  final long delta) {
        final boolean lastDescribesDelta = !o.hasLastQty || o.lastQty == delta;
        if (o.hasLastPrice && o.lastPrice > 0 && lastDescribesDelta) {
            return o.lastPrice;
        }
        if (o.averagePrice > 0) {
            if (previousQty > 0 && previousAvg > 0) {
                final long notionalNow = FixedPoint.mul(o.averagePrice, o.cumulativeQty);
                final long notionalBefore = FixedPoint.mul(previousAvg, previousQty);
                final long derived = FixedPoint.div(Math.subtractExact(notionalNow, notionalBefore), delta);
                if (derived > 0) {
                    return derived;
                }
            }
            return o.averagePrice;
        }
        return o.hasLastPrice ? o.lastPrice : 0;
    }

    private static long runningAverage(final long previousAvg, final long previousQty, final long price,
                                       final long delta, final long cumulativeQty) {
        final long notional = Math.addExact(FixedPoint.mul(previousAvg, previousQty), FixedPoint.mul(price, delta));
        return FixedPoint.div(notional, cumulativeQty);
    }

    private void stage(final long orderId, final long cumulativeQty, final long avg, final int flags) {
        pending = PENDING_ORDER;
        pendingLastQtyMismatch = false;
        pendingOrderId = orderId;
        pendingCumulativeQty = cumulativeQty;
        pendingAveragePrice = avg;
        pendingFlags = flags;
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
        final boolean movesK = b.hasBalanceChange && (b.assetId == 0 || b.assetId == settlementAssetId);
        switch (b.reason) {
            case FUNDING_FEE -> {
                // Long.MIN_VALUE is FixedPoint.INVALID, which a decoder never passes on; it alone cannot be negated.
                if (movesK && b.balanceChange != Long.MIN_VALUE) {
                    e.kind = EventKind.FUNDING;
                    e.fundingPaid = -b.balanceChange;
                } else {
                    e.kind = EventKind.ACCOUNT_UPDATE;
                }
            }
            case DEPOSIT, WITHDRAW, ASSET_TRANSFER, OTHER_TRANSFER -> {
                if (movesK) {
                    e.kind = EventKind.TRANSFER;
                    e.transferAmount = b.balanceChange;
                } else {
                    e.kind = EventKind.ACCOUNT_UPDATE;
                }
            }
            default -> e.kind = EventKind.ACCOUNT_UPDATE;
        }
        pending = PENDING_ACCOUNT;
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

    private static void reject(final RingEvent e, final RejectReason reason) {
        e.clearNormalised();
        e.rejectAs(reason, 0);
        e.kind = EventKind.REJECTED;
    }

    /** Booked fills whose {@code lastQty} disagreed with the change in cumulative quantity (the delta won). */
    public long lastQtyMismatches() {
        return lastQtyMismatches;
    }

    /** Order-independent hash of everything this stage remembers (order table and account dedup). */
    public long stateHash() {
        return Mix64.combine(orders.contentHash(), accountDedup.contentHash());
    }
}
