package io.reckon.engine.testing;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.OrderHistoryTable;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;

/**
 * Builds decoded {@link RingEvent}s by hand, as a venue decoder would have filled them, for tests of the stages
 * after the decoder. Amounts are decimal strings ({@code "0.004"}, {@code "-0.12"}); symbols and assets are interned
 * in the given table. Each built event gets the next sequence and the clock's time (receive stamp and venue event
 * time), and the clock then advances by one millisecond unless set with {@link #at}.
 *
 * <pre>{@code
 * TestEvents ev = new TestEvents(symbols);
 * RingEvent fill = ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
 *     .cum("0.004").avg("60000").status(OrderStatus.PARTIALLY_FILLED).fee("-0.12").build();
 * RingEvent au = ev.account(BalanceReason.ORDER).wallet("999.88")
 *     .position("BTC-USDT", PositionSide.LONG, "0.004", "60000").build();
 * RingEvent history = ev.orderHistory().order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01")
 *     .cum("0.01").avg("60000").commission("-0.3").profit("0").status(OrderStatus.FILLED).build();
 * RingEvent income = ev.income().funding("BTC-USDT", "-0.25", fundingTimeMs, 41).build();
 * }</pre>
 */
public final class TestEvents {
    public static final long START_MS = 1_700_000_000_000L;
    private static final int PAYLOAD_CAPACITY = 64;

    private final SymbolTable symbols;
    private long clockMs = START_MS;
    private long sequence;

    public TestEvents(final SymbolTable symbols) {
        this.symbols = symbols;
    }

    /** Sets the clock: the next event is received (and stamped by the venue) at {@code ms}. */
    public TestEvents at(final long ms) {
        clockMs = ms;
        return this;
    }

    public TestEvents advance(final long ms) {
        clockMs += ms;
        return this;
    }

    public long nowMs() {
        return clockMs;
    }

    public int symbol(final String name) {
        return symbols.intern(name);
    }

    public static long fp(final String decimal) {
        return FixedPoint.parse(decimal);
    }

    private RingEvent stamp(final RingEvent e, final Source source) {
        e.source = source;
        e.sequence = ++sequence;
        e.recvTimeNanos = clockMs * 1_000_000L;
        if (e.eventTimeMs == 0) {
            e.eventTimeMs = clockMs;
        }
        clockMs++;
        return e;
    }

    private static RingEvent blank(final DecodedKind kind) {
        final RingEvent e = new RingEvent(PAYLOAD_CAPACITY);
        e.decoded = kind;
        return e;
    }

    public OrderBuilder order(final long orderId) {
        return new OrderBuilder(orderId);
    }

    public AccountBuilder account(final BalanceReason reason) {
        return new AccountBuilder(reason);
    }

    public BalanceBuilder balance() {
        return new BalanceBuilder();
    }

    public PositionsBuilder positions() {
        return new PositionsBuilder();
    }

    /** A REST order history ({@code poll}, topic ALL_ORDERS): one row per order, cumulative figures. */
    public OrderHistoryBuilder orderHistory() {
        return new OrderHistoryBuilder();
    }

    /** A REST income history ({@code poll}, topic INCOME). */
    public IncomeBuilder income() {
        return new IncomeBuilder();
    }

    /** A leverage fact ({@code ACCOUNT_CONFIG_UPDATE}); 0 for a side the venue did not give. */
    public RingEvent leverage(final String symbol, final int longLeverage, final int shortLeverage) {
        final RingEvent e = blank(DecodedKind.ACCOUNT_CONFIG);
        e.leverage.symbolId = symbol(symbol);
        e.leverage.longLeverage = longLeverage;
        e.leverage.shortLeverage = shortLeverage;
        return stamp(e, Source.WS);
    }

    public RingEvent heartbeat() {
        return stamp(blank(DecodedKind.HEARTBEAT), Source.WS);
    }

    public RingEvent rejected(final RejectReason reason) {
        final RingEvent e = blank(DecodedKind.NONE);
        e.rejectAs(reason, 0);
        return stamp(e, Source.WS);
    }

    /** A decoded event of a kind the ledger does not fold (listen-key expiry, control, intent...). */
    public RingEvent plain(final DecodedKind kind, final Source source) {
        return stamp(blank(kind), source);
    }

    /**
     * A second delivery of {@code original}: the same decoded content, a new sequence and receive time (the
     * venue's event time is the original's, as it is when two sockets overlap).
     */
    public RingEvent redeliver(final RingEvent original) {
        final RingEvent e = new RingEvent(PAYLOAD_CAPACITY);
        copyDecoded(original, e);
        return stamp(e, original.source);
    }

    /**
     * Copies an event into a reused slot, envelope and decoder output, as the ring would deliver it: feeding the
     * same history to several kernels through copies keeps one kernel's changes to a slot from reaching another.
     */
    public static void copy(final RingEvent from, final RingEvent to) {
        copyDecoded(from, to);
        to.venue = from.venue;
        to.connectionId = from.connectionId;
        to.recvTimeNanos = from.recvTimeNanos;
        to.sequence = from.sequence;
    }

    /** Copies the decoder's output (not the normalised fields) from one slot to another. */
    public static void copyDecoded(final RingEvent from, final RingEvent to) {
        to.clearDecoded();
        to.clearNormalised();
        to.source = from.source;
        to.topic = from.topic;
        to.decoded = from.decoded;
        to.reject = from.reject;
        to.rejectField = from.rejectField;
        to.eventTimeMs = from.eventTimeMs;
        to.order.copyFrom(from.order);
        final BalanceFields a = from.balance;
        final BalanceFields b = to.balance;
        b.reason = a.reason;
        b.assetId = a.assetId;
        b.present = a.present;
        b.walletBalance = a.walletBalance;
        b.crossWallet = a.crossWallet;
        b.hasCrossWallet = a.hasCrossWallet;
        b.balanceChange = a.balanceChange;
        b.hasBalanceChange = a.hasBalanceChange;
        b.equity = a.equity;
        b.hasEquity = a.hasEquity;
        b.availableMargin = a.availableMargin;
        b.hasAvailableMargin = a.hasAvailableMargin;
        b.usedMargin = a.usedMargin;
        b.hasUsedMargin = a.hasUsedMargin;
        b.unrealizedPnl = a.unrealizedPnl;
        b.hasUnrealizedPnl = a.hasUnrealizedPnl;
        final PositionTable p = from.positions;
        for (int i = 0; i < p.count; i++) {
            final int r = to.positions.add();
            to.positions.symbolId[r] = p.symbolId[i];
            to.positions.side[r] = p.side[i];
            to.positions.size[r] = p.size[i];
            to.positions.entryPrice[r] = p.entryPrice[i];
            to.positions.markPrice[r] = p.markPrice[i];
            to.positions.hasMarkPrice[r] = p.hasMarkPrice[i];
            to.positions.unrealizedPnl[r] = p.unrealizedPnl[i];
            to.positions.leverage[r] = p.leverage[i];
            to.positions.marginMode[r] = p.marginMode[i];
        }
        final OrderHistoryTable h = from.orderHistory;
        for (int i = 0; i < h.count; i++) {
            final int r = to.orderHistory.add();
            final OrderHistoryTable t = to.orderHistory;
            t.orderId[r] = h.orderId[i];
            t.symbolId[r] = h.symbolId[i];
            t.side[r] = h.side[i];
            t.positionSide[r] = h.positionSide[i];
            t.type[r] = h.type[i];
            t.status[r] = h.status[i];
            t.quantity[r] = h.quantity[i];
            t.price[r] = h.price[i];
            t.cumulativeQty[r] = h.cumulativeQty[i];
            t.averagePrice[r] = h.averagePrice[i];
            t.fee[r] = h.fee[i];
            t.hasFee[r] = h.hasFee[i];
            t.realizedPnl[r] = h.realizedPnl[i];
            t.hasRealizedPnl[r] = h.hasRealizedPnl[i];
            t.updateTimeMs[r] = h.updateTimeMs[i];
        }
        final IncomeTable in = from.income;
        for (int i = 0; i < in.count; i++) {
            final int r = to.income.add();
            final IncomeTable t = to.income;
            t.symbolId[r] = in.symbolId[i];
            t.type[r] = in.type[i];
            t.amount[r] = in.amount[i];
            t.assetId[r] = in.assetId[i];
            t.timeMs[r] = in.timeMs[i];
            t.tranKey[r] = in.tranKey[i];
            t.hasTranKey[r] = in.hasTranKey[i];
        }
        to.leverage.symbolId = from.leverage.symbolId;
        to.leverage.longLeverage = from.leverage.longLeverage;
        to.leverage.shortLeverage = from.leverage.shortLeverage;
        to.leverage.marginMode = from.leverage.marginMode;
    }

    /** An {@code ORDER_TRADE_UPDATE}. Defaults: MARKET, status inferred from cum vs qty, exec TRADE if cum &gt; 0. */
    public final class OrderBuilder {
        private final RingEvent e = blank(DecodedKind.ORDER_UPDATE);
        private boolean statusSet;
        private boolean execSet;

        private OrderBuilder(final long orderId) {
            e.order.orderId = orderId;
            e.order.type = OrderType.MARKET;
            e.order.positionSide = PositionSide.BOTH;
        }

        public OrderBuilder symbol(final String name) {
            e.order.symbolId = TestEvents.this.symbol(name);
            return this;
        }

        public OrderBuilder symbolId(final int id) {
            e.order.symbolId = id;
            return this;
        }

        public OrderBuilder buy() {
            e.order.side = Side.BUY;
            return this;
        }

        public OrderBuilder sell() {
            e.order.side = Side.SELL;
            return this;
        }

        public OrderBuilder side(final Side side) {
            e.order.side = side;
            return this;
        }

        public OrderBuilder hedgeLong() {
            return positionSide(PositionSide.LONG);
        }

        public OrderBuilder hedgeShort() {
            return positionSide(PositionSide.SHORT);
        }

        public OrderBuilder positionSide(final PositionSide side) {
            e.order.positionSide = side;
            return this;
        }

        public OrderBuilder type(final OrderType type) {
            e.order.type = type;
            return this;
        }

        public OrderBuilder qty(final String qty) {
            e.order.quantity = fp(qty);
            return this;
        }

        public OrderBuilder price(final String price) {
            e.order.price = fp(price);
            e.order.hasPrice = true;
            return this;
        }

        public OrderBuilder cum(final String cumulativeQty) {
            e.order.cumulativeQty = fp(cumulativeQty);
            return this;
        }

        public OrderBuilder avg(final String averagePrice) {
            e.order.averagePrice = fp(averagePrice);
            return this;
        }

        public OrderBuilder lastQty(final String qty) {
            e.order.lastQty = fp(qty);
            e.order.hasLastQty = true;
            return this;
        }

        public OrderBuilder lastPrice(final String price) {
            e.order.lastPrice = fp(price);
            e.order.hasLastPrice = true;
            return this;
        }

        /** The venue's commission, in the venue's sign ({@code n}). */
        public OrderBuilder fee(final String fee) {
            return feeUnits(fp(fee));
        }

        public OrderBuilder feeUnits(final long fee) {
            e.order.fee = fee;
            e.order.hasFee = true;
            return this;
        }

        /** The venue's realized PnL of this trade ({@code rp}). */
        public OrderBuilder rp(final String realized) {
            e.order.realizedPnl = fp(realized);
            return this;
        }

        public OrderBuilder status(final OrderStatus status) {
            e.order.status = status;
            statusSet = true;
            return this;
        }

        public OrderBuilder exec(final ExecType exec) {
            e.order.execType = exec;
            execSet = true;
            return this;
        }

        /** The venue's event time ({@code E}), when it must differ from the receive time. */
        public OrderBuilder eventTime(final long ms) {
            e.eventTimeMs = ms;
            return this;
        }

        public RingEvent build() {
            final long cum = e.order.cumulativeQty;
            if (!statusSet) {
                e.order.status = cum == 0 ? OrderStatus.NEW
                    : e.order.quantity > 0 && cum >= e.order.quantity ? OrderStatus.FILLED
                    : OrderStatus.PARTIALLY_FILLED;
            }
            if (!execSet) {
                e.order.execType = e.order.status == OrderStatus.NEW ? ExecType.NEW
                    : e.order.status == OrderStatus.CANCELED ? ExecType.CANCELED
                    : e.order.status == OrderStatus.EXPIRED ? ExecType.EXPIRED : ExecType.TRADE;
            }
            return stamp(e, Source.WS);
        }
    }

    /** A stream {@code ACCOUNT_UPDATE}: balance of the settlement asset (USDT unless set) and position rows. */
    public final class AccountBuilder {
        private final RingEvent e = blank(DecodedKind.ACCOUNT_UPDATE);

        private AccountBuilder(final BalanceReason reason) {
            e.balance.reason = reason;
            e.balance.assetId = symbol("USDT");
        }

        public AccountBuilder asset(final String asset) {
            e.balance.assetId = symbol(asset);
            return this;
        }

        public AccountBuilder wallet(final String wallet) {
            e.balance.present = true;
            e.balance.walletBalance = fp(wallet);
            return this;
        }

        public AccountBuilder crossWallet(final String crossWallet) {
            e.balance.crossWallet = fp(crossWallet);
            e.balance.hasCrossWallet = true;
            return this;
        }

        /** The balance change ({@code bc}) in the venue's sign: negative for a withdrawal or funding paid. */
        public AccountBuilder change(final String balanceChange) {
            e.balance.balanceChange = fp(balanceChange);
            e.balance.hasBalanceChange = true;
            return this;
        }

        public AccountBuilder position(final String symbol, final PositionSide side, final String size,
                                       final String entry) {
            final int r = e.positions.add();
            e.positions.symbolId[r] = symbol(symbol);
            e.positions.side[r] = side;
            e.positions.size[r] = fp(size);
            e.positions.entryPrice[r] = fp(entry);
            return this;
        }

        public AccountBuilder eventTime(final long ms) {
            e.eventTimeMs = ms;
            return this;
        }

        public RingEvent build() {
            return stamp(e, Source.WS);
        }
    }

    /** A REST balance response ({@code poll}, topic BALANCE). */
    public final class BalanceBuilder {
        private final RingEvent e = blank(DecodedKind.BALANCE_SNAPSHOT);

        private BalanceBuilder() {
            e.topic = RestTopic.BALANCE;
            e.balance.assetId = symbol("USDT");
        }

        public BalanceBuilder asset(final String asset) {
            e.balance.assetId = symbol(asset);
            return this;
        }

        public BalanceBuilder wallet(final String wallet) {
            e.balance.present = true;
            e.balance.walletBalance = fp(wallet);
            return this;
        }

        public BalanceBuilder available(final String available) {
            e.balance.availableMargin = fp(available);
            e.balance.hasAvailableMargin = true;
            return this;
        }

        public BalanceBuilder used(final String used) {
            e.balance.usedMargin = fp(used);
            e.balance.hasUsedMargin = true;
            return this;
        }

        public BalanceBuilder unrealized(final String unrealized) {
            e.balance.unrealizedPnl = fp(unrealized);
            e.balance.hasUnrealizedPnl = true;
            return this;
        }

        public RingEvent build() {
            return stamp(e, Source.POLL);
        }
    }

    /** A REST positions response ({@code poll}, topic POSITIONS): replaces every position the venue had. */
    public final class PositionsBuilder {
        private final RingEvent e = blank(DecodedKind.POSITIONS_SNAPSHOT);

        private PositionsBuilder() {
            e.topic = RestTopic.POSITIONS;
        }

        public PositionsBuilder row(final String symbol, final PositionSide side, final String size,
                                    final String entry, final String mark, final int leverage) {
            final int r = e.positions.add();
            e.positions.symbolId[r] = symbol(symbol);
            e.positions.side[r] = side;
            e.positions.size[r] = fp(size);
            e.positions.entryPrice[r] = fp(entry);
            if (mark != null) {
                e.positions.markPrice[r] = fp(mark);
                e.positions.hasMarkPrice[r] = true;
            }
            e.positions.leverage[r] = leverage;
            return this;
        }

        public RingEvent build() {
            return stamp(e, Source.POLL);
        }
    }

    /**
     * Rows of an order history; {@link #order} starts a row and the other setters fill the current one. Defaults
     * per row: MARKET, hedge side BOTH, status FILLED when the cumulative quantity reaches the order's, else
     * CANCELED; no commission or profit unless set.
     */
    public final class OrderHistoryBuilder {
        private final RingEvent e = blank(DecodedKind.ORDER_HISTORY);
        private final OrderHistoryTable t = e.orderHistory;
        private int row = -1;
        private boolean statusSet;

        private OrderHistoryBuilder() {
            e.topic = RestTopic.ALL_ORDERS;
        }

        public OrderHistoryBuilder order(final long orderId) {
            finishRow();
            row = t.add();
            t.orderId[row] = orderId;
            t.type[row] = OrderType.MARKET;
            t.positionSide[row] = PositionSide.BOTH;
            t.updateTimeMs[row] = clockMs;
            statusSet = false;
            return this;
        }

        public OrderHistoryBuilder symbol(final String name) {
            t.symbolId[row] = TestEvents.this.symbol(name);
            return this;
        }

        public OrderHistoryBuilder buy() {
            t.side[row] = Side.BUY;
            return this;
        }

        public OrderHistoryBuilder sell() {
            t.side[row] = Side.SELL;
            return this;
        }

        public OrderHistoryBuilder hedgeLong() {
            t.positionSide[row] = PositionSide.LONG;
            return this;
        }

        public OrderHistoryBuilder positionSide(final PositionSide side) {
            t.positionSide[row] = side;
            return this;
        }

        public OrderHistoryBuilder hedgeShort() {
            t.positionSide[row] = PositionSide.SHORT;
            return this;
        }

        public OrderHistoryBuilder qty(final String qty) {
            t.quantity[row] = fp(qty);
            return this;
        }

        public OrderHistoryBuilder cum(final String cumulativeQty) {
            t.cumulativeQty[row] = fp(cumulativeQty);
            return this;
        }

        public OrderHistoryBuilder avg(final String averagePrice) {
            t.averagePrice[row] = fp(averagePrice);
            return this;
        }

        /** The order's cumulative commission, in the venue's sign. */
        public OrderHistoryBuilder commission(final String fee) {
            t.fee[row] = fp(fee);
            t.hasFee[row] = true;
            return this;
        }

        /** The order's cumulative realized PnL. */
        public OrderHistoryBuilder profit(final String realized) {
            t.realizedPnl[row] = fp(realized);
            t.hasRealizedPnl[row] = true;
            return this;
        }

        /** The venue's last update of the order ({@code updateTime}); the clock at {@link #order} unless set. */
        public OrderHistoryBuilder updateTime(final long ms) {
            t.updateTimeMs[row] = ms;
            return this;
        }

        public OrderHistoryBuilder status(final OrderStatus status) {
            t.status[row] = status;
            statusSet = true;
            return this;
        }

        private void finishRow() {
            if (row >= 0 && !statusSet) {
                t.status[row] = t.quantity[row] > 0 && t.cumulativeQty[row] >= t.quantity[row]
                    ? OrderStatus.FILLED : OrderStatus.CANCELED;
            }
        }

        public RingEvent build() {
            finishRow();
            return stamp(e, Source.POLL);
        }
    }

    /** Rows of an income history; amounts in the venue's sign (negative = paid), asset USDT unless set. */
    public final class IncomeBuilder {
        private final RingEvent e = blank(DecodedKind.INCOME_HISTORY);

        private IncomeBuilder() {
            e.topic = RestTopic.INCOME;
        }

        /** A FUNDING_FEE row. */
        public IncomeBuilder funding(final String symbol, final String income, final long timeMs,
                                     final long tranId) {
            return row(IncomeType.FUNDING_FEE, symbol, income, "USDT", timeMs, tranId);
        }

        public IncomeBuilder row(final IncomeType type, final String symbol, final String income,
                                 final String asset, final long timeMs, final long tranId) {
            final IncomeTable t = e.income;
            final int r = t.add();
            t.type[r] = type;
            t.symbolId[r] = symbol(symbol);
            t.amount[r] = fp(income);
            t.assetId[r] = symbol(asset);
            t.timeMs[r] = timeMs;
            t.tranKey[r] = tranId;
            t.hasTranKey[r] = true;
            return this;
        }

        public RingEvent build() {
            return stamp(e, Source.POLL);
        }
    }
}
