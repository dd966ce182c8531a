package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The simulated exchange: order entry, matching against each symbol's seeded price path, the ground-truth
 * {@link SimLedger}, and the user-stream events every change produces, published in event order while this
 * object's lock is held. Every public-facing operation is {@code synchronized}: the REST thread, the scheduler
 * and the session script all go through here.
 *
 * <p>Matching: a MARKET order fills at once against the path, in one to three partial fills that walk one tick
 * further against the taker each; a LIMIT order that crosses the path on arrival fills at the path price as a
 * taker; otherwise it rests (GTC) or expires (IOC, FOK) and fills as a maker at its own price, possibly in parts,
 * on the first ticks whose price reaches it. A {@code PostOnly} order that would cross is rejected. Every fill
 * yields an ORDER_TRADE_UPDATE; every batch of fills of one order then one ACCOUNT_UPDATE ({@code m=ORDER},
 * {@code bc} = Σ(realized − fee)). An order that takes {@link FaultInjector#dropFramesOfNextOrder} publishes none
 * of its frames, ever.
 */
final class SimVenue {
    static final int MAX_LEVERAGE = 125;
    private static final long ORDER_ID_BASE = 1_767_767_539_205_742_592L;
    private static final long ORDER_ID_STRIDE = 65_537;
    private static final long DEFAULT_LOOKBACK_MS = Duration.ofDays(7).toMillis();
    private static final int DEFAULT_ORDER_LIMIT = 500;
    private static final int DEFAULT_INCOME_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final SimConfig config;
    private final InstantSource clock;
    private final FrameSink sink;
    private final FaultCounters faults;
    private final SimLedger ledger;
    private final Map<String, PricePath> paths = new LinkedHashMap<>();
    private final Map<String, int[]> leverage = new LinkedHashMap<>();
    private final Map<Long, SimOrder> orders = new LinkedHashMap<>();
    private final List<SimOrder> open = new ArrayList<>();
    private final Random fillRandom;
    private long orderSeq;

    SimVenue(final SimConfig config, final FrameSink sink, final FaultCounters faults) {
        this.config = config;
        this.clock = config.clock();
        this.sink = sink;
        this.faults = faults;
        this.ledger = new SimLedger(config.initialWallet());
        this.fillRandom = new Random(config.seed() ^ 0x5DEECE66DL);
        int i = 0;
        for (final SimSymbol s : config.symbols()) {
            paths.put(s.symbol(), new PricePath(s, config.seed() * 1_000_003L + i++));
            leverage.put(s.symbol(), new int[] {config.defaultLeverage(), config.defaultLeverage()});
        }
    }

    // ------------------------------------------------------------------ orders

    synchronized VenueReply place(final OrderRequest r) {
        final SimSymbol c = config.symbol(r.symbol());
        if (c == null) {
            return symbolNotExist(r.symbol());
        }
        final BigDecimal qty = r.quantity();
        if (qty == null || qty.signum() <= 0) {
            return VenueReply.reject(109_400, "Invalid parameters, quantity must be positive");
        }
        if (qty.stripTrailingZeros().scale() > c.quantityPrecision()) {
            return VenueReply.reject(109_400, "Invalid parameters, quantity precision of " + c.symbol() + " is "
                    + c.quantityPrecision());
        }
        if (qty.compareTo(c.tradeMinQuantity()) < 0) {
            return VenueReply.reject(109_400, "Invalid parameters, the minimum order quantity of " + c.symbol()
                    + " is " + c.tradeMinQuantity().toPlainString());
        }
        final boolean limit = r.kind() == OrderKind.LIMIT;
        if (limit && (r.price() == null || r.price().signum() <= 0)) {
            return VenueReply.reject(109_400, "Invalid parameters, price is required for LIMIT orders");
        }
        if (limit && r.price().stripTrailingZeros().scale() > c.pricePrecision()) {
            return VenueReply.reject(109_400, "Invalid parameters, price precision of " + c.symbol() + " is "
                    + c.pricePrecision());
        }
        final TimeInForce tif = !limit || r.timeInForce() == null ? TimeInForce.GTC : r.timeInForce();
        final BigDecimal mark = paths.get(c.symbol()).price();
        final boolean closing = r.side() != r.positionSide().openingSide();
        final int lev = leverageOf(c.symbol(), r.positionSide());
        if (closing) {
            final PositionState p = ledger.position(c.symbol(), r.positionSide());
            final BigDecimal closable = p.size.subtract(pendingClose(c.symbol(), r.positionSide()));
            if (qty.compareTo(closable) > 0) {
                return VenueReply.reject(101_400, p.size.signum() == 0 ? "No position to close" : "Order size error");
            }
        } else {
            final BigDecimal reference = limit ? r.price() : mark;
            final BigDecimal required = qty.multiply(reference)
                    .divide(BigDecimal.valueOf(lev), Decimals.SCALE, RoundingMode.HALF_UP);
            if (required.compareTo(availableMargin()) > 0) {
                return VenueReply.reject(101_204, "Insufficient margin");
            }
        }
        final boolean crosses = limit && (r.side() == OrderSide.BUY ? r.price().compareTo(mark) >= 0
                : r.price().compareTo(mark) <= 0);
        if (crosses && tif == TimeInForce.POST_ONLY) {
            return VenueReply.reject(101_215, "The Maker (Post Only) order ensures that the user always acts as a"
                    + " maker. If the order would immediately match with available orders in the market, it will be"
                    + " canceled.");
        }
        final long now = clock.millis();
        final String clientId = r.clientOrderId() == null ? "" : r.clientOrderId().toLowerCase(Locale.ROOT);
        final SimOrder o = new SimOrder(nextOrderId(), clientId, c.symbol(), r.side(), r.positionSide(), r.kind(),
                tif, qty, limit ? r.price() : mark, lev, now, faults.takeOrderDrop());
        orders.put(o.orderId, o);
        publish(o, Frames.orderTradeUpdate(o, Frames.Exec.NEW, Decimals.ZERO, Decimals.ZERO, now));
        if (!limit) {
            fillAsTaker(o, c, splitMarket(qty, c));
        } else if (crosses) {
            fillAsTaker(o, c, List.of(qty));
        } else if (tif == TimeInForce.IOC || tif == TimeInForce.FOK) {
            o.finish(OrderState.EXPIRED, now);
            publish(o, Frames.orderTradeUpdate(o, Frames.Exec.EXPIRED, Decimals.ZERO, Decimals.ZERO, now));
        } else {
            open.add(o);
        }
        return VenueReply.ok(o.view(), RestBodies.placed(o, c));
    }

    synchronized VenueReply cancel(final String symbol, final Long orderId, final String clientOrderId) {
        final SimSymbol c = config.symbol(symbol);
        if (c == null) {
            return symbolNotExist(symbol);
        }
        if (orderId == null && (clientOrderId == null || clientOrderId.isEmpty())) {
            return VenueReply.reject(109_400, "orderId and clientOrderId are both empty");
        }
        final SimOrder o = find(symbol, orderId, clientOrderId);
        if (o == null) {
            return VenueReply.reject(109_421, "order not exist");
        }
        if (o.state == OrderState.FILLED) {
            return VenueReply.reject(80_018, "order is already filled");
        }
        if (!o.state.isOpen()) {
            return VenueReply.reject(109_421, "order not exist");
        }
        final long now = clock.millis();
        o.finish(OrderState.CANCELED, now);
        open.remove(o);
        publish(o, Frames.orderTradeUpdate(o, Frames.Exec.CANCELED, Decimals.ZERO, Decimals.ZERO, now));
        return VenueReply.ok(o.view(), RestBodies.cancelled(o, c));
    }

    private SimOrder find(final String symbol, final Long orderId, final String clientOrderId) {
        if (orderId != null) {
            final SimOrder o = orders.get(orderId);
            return o != null && o.symbol.equals(symbol) ? o : null;
        }
        final String wanted = clientOrderId.toLowerCase(Locale.ROOT);
        SimOrder latest = null;
        for (final SimOrder o : orders.values()) {
            if (o.symbol.equals(symbol) && o.clientOrderId.equals(wanted)) {
                latest = o;
            }
        }
        return latest;
    }

    /** Advances every price path one step and fills the resting orders the new prices reach. */
    synchronized void tick() {
        for (final PricePath p : paths.values()) {
            p.step();
        }
        for (final SimOrder o : new ArrayList<>(open)) {
            final BigDecimal mark = paths.get(o.symbol).price();
            final boolean reached = o.side == OrderSide.BUY ? mark.compareTo(o.price) <= 0
                    : mark.compareTo(o.price) >= 0;
            if (reached) {
                fillAsMaker(o, config.symbol(o.symbol));
            }
        }
    }

    private void fillAsTaker(final SimOrder o, final SimSymbol c, final List<BigDecimal> parts) {
        final PricePath path = paths.get(c.symbol());
        final long direction = o.side == OrderSide.BUY ? 1 : -1;
        final List<BigDecimal> prices = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            prices.add(path.offset(direction * i));
        }
        executeFills(o, parts, prices, config.takerFeeRate(), false);
    }

    private void fillAsMaker(final SimOrder o, final SimSymbol c) {
        final BigDecimal remaining = o.remaining();
        final long units = remaining.divide(c.stepSize(), 0, RoundingMode.UNNECESSARY).longValueExact();
        BigDecimal qty = remaining;
        if (units > 1 && fillRandom.nextInt(3) == 0) {
            qty = c.stepSize().multiply(BigDecimal.valueOf(1 + fillRandom.nextInt((int) Math.min(units - 1,
                    Integer.MAX_VALUE))));
        }
        executeFills(o, List.of(qty), List.of(o.price), config.makerFeeRate(), true);
    }

    /**
     * Splits a market quantity into one (60 %), two (25 %) or three (15 %) fills on the quantity grid, each at
     * least one step.
     */
    private List<BigDecimal> splitMarket(final BigDecimal qty, final SimSymbol c) {
        final long units = qty.divide(c.stepSize(), 0, RoundingMode.UNNECESSARY).longValueExact();
        final int roll = fillRandom.nextInt(100);
        final int wanted = roll < 60 ? 1 : roll < 85 ? 2 : 3;
        final int parts = (int) Math.min(wanted, units);
        final List<BigDecimal> out = new ArrayList<>(parts);
        long left = units;
        for (int i = parts; i > 1; i--) {
            final long maxHere = left - (i - 1);
            final long take = 1 + Math.floorMod(fillRandom.nextLong(), Math.max(1, maxHere * 7 / 10));
            out.add(c.stepSize().multiply(BigDecimal.valueOf(take)));
            left -= take;
        }
        out.add(c.stepSize().multiply(BigDecimal.valueOf(left)));
        return out;
    }

    private void executeFills(final SimOrder o, final List<BigDecimal> qtys, final List<BigDecimal> prices,
                              final BigDecimal feeRate, final boolean maker) {
        final long now = clock.millis();
        final List<String> trades = new ArrayList<>(qtys.size());
        BigDecimal walletChange = Decimals.ZERO;
        PositionState position = null;
        for (int i = 0; i < qtys.size(); i++) {
            final SimLedger.Booked b = ledger.fill(o.orderId, o.symbol, o.positionSide, o.side, qtys.get(i),
                    prices.get(i), feeRate, maker, now);
            o.apply(qtys.get(i), prices.get(i), b, now);
            trades.add(Frames.orderTradeUpdate(o, Frames.Exec.TRADE, b.realized(), b.fee(), now));
            walletChange = walletChange.add(b.walletChange());
            position = b.position();
        }
        if (!o.state.isOpen()) {
            open.remove(o);
        }
        if (o.framesDropped) {
            // Its account update is lost with its trades; a reorder armed meanwhile waits for a batch that is sent.
            return;
        }
        final String account = Frames.accountUpdate("ORDER", ledger.wallet(), walletChange,
                List.of(new Frames.PositionEntry(position, paths.get(o.symbol).price())), now);
        if (faults.takeReorder()) {
            sink.publish(account);
            trades.forEach(sink::publish);
        } else {
            trades.forEach(sink::publish);
            sink.publish(account);
        }
    }

    /** Publishes one of {@code o}'s frames, unless the stream loses every frame of that order. */
    private void publish(final SimOrder o, final String frame) {
        if (!o.framesDropped) {
            sink.publish(frame);
        }
    }

    private long nextOrderId() {
        orderSeq++;
        return ORDER_ID_BASE + orderSeq * ORDER_ID_STRIDE;
    }

    // ------------------------------------------------------------------ funding, transfers, leverage

    /**
     * Settles funding on every open position of a symbol at the current price; one ACCOUNT_UPDATE
     * ({@code m=FUNDING_FEE}, {@code bc} = −paid, no {@code P}) per position. Returns the total paid.
     */
    synchronized BigDecimal settleFunding(final String symbol, final BigDecimal rate) {
        requireListed(symbol);
        final BigDecimal mark = paths.get(symbol).price();
        final long now = clock.millis();
        BigDecimal total = Decimals.ZERO;
        for (final PositionState p : ledger.positions()) {
            if (p.symbol.equals(symbol) && p.size.signum() > 0) {
                final BigDecimal paid = ledger.settleFunding(p, mark, rate, now);
                total = total.add(paid);
                sink.publish(Frames.accountUpdate("FUNDING_FEE", ledger.wallet(), paid.negate(), null, now));
            }
        }
        return total;
    }

    /** Deposits (positive) or withdraws (negative) USDT; one ACCOUNT_UPDATE with {@code "P":[]}. */
    synchronized void transfer(final BigDecimal amount) {
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("a transfer must move money");
        }
        if (amount.signum() < 0 && amount.negate().compareTo(availableMargin()) > 0) {
            throw new IllegalArgumentException("cannot withdraw more than the available margin");
        }
        final long now = clock.millis();
        ledger.transfer(amount, now);
        sink.publish(Frames.accountUpdate(amount.signum() > 0 ? "DEPOSIT" : "WITHDRAW", ledger.wallet(),
                amount, List.of(), now));
    }

    synchronized VenueReply setLeverage(final String symbol, final String side, final int value) {
        if (config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final int index;
        if ("LONG".equals(side)) {
            index = 0;
        } else if ("SHORT".equals(side)) {
            index = 1;
        } else {
            return VenueReply.reject(109_400, "In the Hedge mode, the 'Side' field can only be set to LONG or SHORT.");
        }
        if (value < 1) {
            return VenueReply.reject(109_400, "leverage illegal");
        }
        if (value > MAX_LEVERAGE) {
            return VenueReply.reject(101_414, "The maximum leverage for the trading pair is " + MAX_LEVERAGE
                    + ", please reduce the leverage");
        }
        final int[] lev = leverage.get(symbol);
        lev[index] = value;
        sink.publish(Frames.accountConfigUpdate(symbol, lev[0], lev[1], clock.millis()));
        return VenueReply.ok(null, RestBodies.leverageSet(value, symbol, availability(symbol)));
    }

    synchronized VenueReply leverageBody(final String symbol) {
        if (config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final int[] lev = leverage.get(symbol);
        return VenueReply.ok(null, RestBodies.leverage(lev[0], lev[1], MAX_LEVERAGE, availability(symbol)));
    }

    private RestBodies.Availability availability(final String symbol) {
        final BigDecimal mark = paths.get(symbol).price();
        final BigDecimal available = availableMargin();
        final BigDecimal longVal = available.multiply(BigDecimal.valueOf(leverageOf(symbol, HedgeSide.LONG)));
        final BigDecimal shortVal = available.multiply(BigDecimal.valueOf(leverageOf(symbol, HedgeSide.SHORT)));
        final BigDecimal cap = new BigDecimal("10000000");
        return new RestBodies.Availability(longVal.divide(mark, Decimals.SCALE, RoundingMode.DOWN),
                shortVal.divide(mark, Decimals.SCALE, RoundingMode.DOWN), longVal, shortVal, cap, cap);
    }

    private int leverageOf(final String symbol, final HedgeSide side) {
        return leverage.get(symbol)[side == HedgeSide.LONG ? 0 : 1];
    }

    // ------------------------------------------------------------------ REST queries

    synchronized String balanceBody() {
        final BigDecimal unrealized = unrealized();
        final BigDecimal used = usedMargin();
        final BigDecimal frozen = frozenMargin();
        final BigDecimal equity = ledger.wallet().add(unrealized);
        return RestBodies.balance(new RestBodies.Balance(ledger.wallet(), equity, unrealized,
                ledger.realizedTotal(), availableMargin(), used, frozen));
    }

    synchronized VenueReply positionsBody(final String symbol) {
        if (symbol != null && config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final List<RestBodies.PositionRow> rows = new ArrayList<>();
        for (final PositionState p : ledger.positions()) {
            if (p.size.signum() > 0 && (symbol == null || p.symbol.equals(symbol))) {
                rows.add(new RestBodies.PositionRow(p, config.symbol(p.symbol), paths.get(p.symbol).price(),
                        leverageOf(p.symbol, p.side), p.size.subtract(pendingClose(p.symbol, p.side))));
            }
        }
        return VenueReply.ok(null, RestBodies.positions(rows));
    }

    synchronized VenueReply openOrdersBody(final String symbol) {
        if (symbol != null && config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final List<SimOrder> rows = new ArrayList<>();
        for (final SimOrder o : open) {
            if (symbol == null || o.symbol.equals(symbol)) {
                rows.add(o);
            }
        }
        return VenueReply.ok(null, RestBodies.orders(rows, config.symbols()));
    }

    /** Finished orders (filled, cancelled, expired) updated within the window, oldest update first. */
    synchronized VenueReply allOrdersBody(final String symbol, final Long startTime, final Long endTime,
                                          final Integer limit) {
        if (symbol != null && config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final long[] window = window(startTime, endTime);
        if (window == null) {
            return VenueReply.reject(109_400, "startTime is later than endTime");
        }
        final int cap = cap(limit, DEFAULT_ORDER_LIMIT);
        final List<SimOrder> rows = new ArrayList<>();
        for (final SimOrder o : orders.values()) {
            if (!o.state.isOpen() && (symbol == null || o.symbol.equals(symbol))
                    && o.updateTimeMs >= window[0] && o.updateTimeMs <= window[1]) {
                rows.add(o);
            }
        }
        rows.sort((a, b) -> Long.compare(a.updateTimeMs, b.updateTimeMs));
        return VenueReply.ok(null, RestBodies.orders(rows.subList(0, Math.min(cap, rows.size())),
                config.symbols()));
    }

    synchronized VenueReply incomeBody(final String symbol, final String incomeType, final Long startTime,
                                       final Long endTime, final Integer limit) {
        if (symbol != null && config.symbol(symbol) == null) {
            return symbolNotExist(symbol);
        }
        final long[] window = window(startTime, endTime);
        if (window == null) {
            return VenueReply.reject(109_400, "startTime is later than endTime");
        }
        final int cap = cap(limit, DEFAULT_INCOME_LIMIT);
        final List<IncomeRecord> rows = new ArrayList<>();
        for (final IncomeRecord r : ledger.income()) {
            if (rows.size() < cap && (symbol == null || r.symbol().equals(symbol))
                    && (incomeType == null || r.incomeType().equals(incomeType))
                    && r.timeMs() >= window[0] && r.timeMs() <= window[1]) {
                rows.add(r);
            }
        }
        return VenueReply.ok(null, RestBodies.income(rows));
    }

    /** {@code [start, end]} with BingX's 7-day default look-back; null when start is after end. */
    private long[] window(final Long startTime, final Long endTime) {
        final long end = endTime != null ? endTime : clock.millis();
        final long start = startTime != null ? startTime : end - DEFAULT_LOOKBACK_MS;
        return start > end ? null : new long[] {start, end};
    }

    private static int cap(final Integer limit, final int dflt) {
        return limit == null || limit < 1 ? dflt : Math.min(limit, MAX_LIMIT);
    }

    synchronized AccountSnapshot snapshot() {
        final List<OrderView> views = new ArrayList<>(open.size());
        for (final SimOrder o : open) {
            views.add(o.view());
        }
        return ledger.snapshot(views);
    }

    synchronized BigDecimal price(final String symbol) {
        requireListed(symbol);
        return paths.get(symbol).price();
    }

    // ------------------------------------------------------------------ margin

    private BigDecimal unrealized() {
        BigDecimal sum = Decimals.ZERO;
        for (final PositionState p : ledger.positions()) {
            if (p.size.signum() > 0) {
                sum = sum.add(p.unrealized(paths.get(p.symbol).price()));
            }
        }
        return sum;
    }

    private BigDecimal usedMargin() {
        BigDecimal sum = Decimals.ZERO;
        for (final PositionState p : ledger.positions()) {
            if (p.size.signum() > 0) {
                sum = sum.add(p.size.multiply(p.entry)
                        .divide(BigDecimal.valueOf(leverageOf(p.symbol, p.side)), Decimals.SCALE,
                                RoundingMode.HALF_UP));
            }
        }
        return sum;
    }

    private BigDecimal frozenMargin() {
        BigDecimal sum = Decimals.ZERO;
        for (final SimOrder o : open) {
            if (!o.isClosing()) {
                sum = sum.add(o.remaining().multiply(o.price)
                        .divide(BigDecimal.valueOf(o.leverage), Decimals.SCALE, RoundingMode.HALF_UP));
            }
        }
        return sum;
    }

    private BigDecimal availableMargin() {
        final BigDecimal free = ledger.wallet().add(unrealized()).subtract(usedMargin()).subtract(frozenMargin());
        return free.signum() < 0 ? Decimals.ZERO : free;
    }

    /** Quantity that resting orders already promise to close on a position. */
    private BigDecimal pendingClose(final String symbol, final HedgeSide side) {
        BigDecimal sum = Decimals.ZERO;
        for (final SimOrder o : open) {
            if (o.symbol.equals(symbol) && o.positionSide == side && o.isClosing()) {
                sum = sum.add(o.remaining());
            }
        }
        return sum;
    }

    private void requireListed(final String symbol) {
        if (config.symbol(symbol) == null) {
            throw new IllegalArgumentException("symbol not listed: " + symbol);
        }
    }

    private static VenueReply symbolNotExist(final String symbol) {
        return VenueReply.reject(109_400, symbol + ",symbol not exist, please verify it in api: "
                + "/openApi/swap/v2/quote/contracts");
    }
}
