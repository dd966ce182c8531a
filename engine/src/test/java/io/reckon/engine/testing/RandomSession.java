package io.reckon.engine.testing;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible BingX-like session from a seed (never the wall clock): round trips in hedge or one-way mode with
 * one to three partial fills per order (sizes only as cumulative {@code z}, sometimes with {@code l}/{@code L}),
 * negative {@code n} fees at 0.05 %, an ACCOUNT_UPDATE per fill carrying the wallet the venue would report (sometimes
 * before its fill), funding, deposits and withdrawals, cancelled orders, heartbeats, REST balances and
 * decoder-rejected frames. It keeps the books a venue would: the expected wallet and Σ −n over fills.
 */
public final class RandomSession {
    private static final long TAKER_RATE = FixedPoint.parse("0.0005");
    private static final String[] SYMBOLS = {"BTC-USDT", "ETH-USDT"};
    private static final long[] BASE_PRICE = {FixedPoint.parse("60000"), FixedPoint.parse("3000")};
    private static final long[] LOT = {FixedPoint.parse("0.001"), FixedPoint.parse("0.01")};

    private final Random random;
    private final TestEvents ev;
    private final List<RingEvent> events = new ArrayList<>();
    private long wallet;
    private long feeCostOfFills;
    private int fills;
    private long nextOrderId = 1_000_000_000_000_000_000L;
    /** Venue-side position per symbol and side (index symbol * 4 + side ordinal), for the P rows. */
    private final long[] position = new long[SYMBOLS.length * 4];

    public RandomSession(final long seed, final TestEvents ev, final String startingWallet) {
        this.random = new Random(seed);
        this.ev = ev;
        this.wallet = FixedPoint.parse(startingWallet);
    }

    /** Generates {@code roundTrips} round trips with incidental events between them. */
    public List<RingEvent> generate(final int roundTrips) {
        events.add(ev.balance().wallet(plain(wallet)).build());
        events.add(ev.positions().build());
        for (int i = 0; i < roundTrips; i++) {
            roundTrip();
            incidentals();
        }
        return events;
    }

    public long expectedWallet() {
        return wallet;
    }

    /** Σ of the kernel-convention fee cost over every fill: Σ −n for BingX. */
    public long expectedFeeCost() {
        return feeCostOfFills;
    }

    public int fills() {
        return fills;
    }

    private void roundTrip() {
        final int s = random.nextInt(SYMBOLS.length);
        final PositionSide side = switch (random.nextInt(3)) {
            case 0 -> PositionSide.LONG;
            case 1 -> PositionSide.SHORT;
            default -> PositionSide.BOTH;
        };
        final boolean openWithBuy = side == PositionSide.LONG || (side == PositionSide.BOTH && random.nextBoolean());
        final long qty = LOT[s] * (1 + random.nextInt(50));
        final long entry = price(s);
        order(s, side, openWithBuy, qty, entry, false);
        order(s, side, !openWithBuy, qty, price(s), true);
    }

    private long price(final int s) {
        return BASE_PRICE[s] + FixedPoint.SCALE * (random.nextInt(2001) - 1000) / 10;
    }

    /** One order filled in one to three parts; the closing order carries a realized PnL per fill. */
    private void order(final int s, final PositionSide side, final boolean buy, final long qty,
                       final long firstPrice, final boolean closing) {
        final long orderId = nextOrderId++;
        if (random.nextInt(10) < 7) {
            events.add(orderBuilder(orderId, s, side, buy, qty).cum("0").build());
        }
        final int parts = 1 + random.nextInt(3);
        long cum = 0;
        long notional = 0;
        long px = firstPrice;
        for (int p = 1; p <= parts; p++) {
            final long remainingLots = (qty - cum) / LOT[s];
            final long partQty = p == parts ? qty - cum : LOT[s] * (1 + random.nextInt((int) Math.max(1,
                remainingLots - (parts - p))));
            if (partQty <= 0 || cum + partQty > qty) {
                continue;
            }
            cum += partQty;
            notional += FixedPoint.mul(px, partQty);
            final long fee = -FixedPoint.mul(FixedPoint.mul(px, partQty), TAKER_RATE);
            final long rp = closing ? FixedPoint.parse(Integer.toString(random.nextInt(41) - 20)) : 0;
            final TestEvents.OrderBuilder b = orderBuilder(orderId, s, side, buy, qty)
                .cum(plain(cum)).avg(plain(FixedPoint.div(notional, cum)))
                .feeUnits(fee).rp(plain(rp))
                .status(cum == qty ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED);
            if (random.nextBoolean()) {
                b.lastQty(plain(partQty)).lastPrice(plain(px));
            }
            wallet += rp + fee;
            feeCostOfFills += -fee;
            fills++;
            final int slot = s * 4 + side.ordinal();
            final long signed = buy ? partQty : -partQty;
            position[slot] += side == PositionSide.SHORT ? -signed : signed;
            final RingEvent fill = b.build();
            final RingEvent update = accountUpdate(s, side, slot);
            if (random.nextInt(10) < 3) {
                events.add(update);
                events.add(fill);
            } else {
                events.add(fill);
                events.add(update);
            }
            px += FixedPoint.SCALE * (random.nextInt(21) - 10);
        }
    }

    private RingEvent accountUpdate(final int s, final PositionSide side, final int slot) {
        final long size = position[slot];
        return ev.account(BalanceReason.ORDER).change("0").wallet(plain(wallet))
            .position(SYMBOLS[s], side, plain(size), size == 0 ? "0" : plain(BASE_PRICE[s])).build();
    }

    private TestEvents.OrderBuilder orderBuilder(final long orderId, final int s, final PositionSide side,
                                                 final boolean buy, final long qty) {
        final TestEvents.OrderBuilder b = ev.order(orderId).symbol(SYMBOLS[s]).positionSide(side).qty(plain(qty));
        return buy ? b.buy() : b.sell();
    }

    private void incidentals() {
        final int roll = random.nextInt(10);
        if (roll == 0) {
            final long funding = FixedPoint.SCALE * (random.nextInt(201) - 100) / 100;
            wallet -= funding;
            events.add(ev.account(BalanceReason.FUNDING_FEE).change(plain(-funding)).wallet(plain(wallet)).build());
        } else if (roll == 1) {
            final long amount = FixedPoint.SCALE * (random.nextInt(201) - 100);
            wallet += amount;
            events.add(ev.account(amount >= 0 ? BalanceReason.DEPOSIT : BalanceReason.WITHDRAW)
                .change(plain(amount)).wallet(plain(wallet)).build());
        } else if (roll == 2) {
            final long orderId = nextOrderId++;
            events.add(orderBuilder(orderId, 0, PositionSide.LONG, true, LOT[0]).cum("0").build());
            events.add(orderBuilder(orderId, 0, PositionSide.LONG, true, LOT[0]).cum("0")
                .status(OrderStatus.CANCELED).build());
        } else if (roll == 3) {
            events.add(ev.heartbeat());
        } else if (roll == 4) {
            events.add(ev.balance().wallet(plain(wallet)).build());
        } else if (roll == 5) {
            events.add(ev.rejected(RejectReason.MALFORMED_JSON));
        } else if (roll == 6) {
            events.add(ev.plain(DecodedKind.LISTEN_KEY_EXPIRED, Source.WS));
        }
    }

    /**
     * The same session with {@code count} stream frames (order and account updates) delivered a second time, each
     * somewhere after its original, as overlapping sockets would.
     */
    public List<RingEvent> withDuplicates(final List<RingEvent> session, final int count) {
        final List<RingEvent> out = new ArrayList<>(session);
        for (int i = 0; i < count; i++) {
            final int from = random.nextInt(out.size());
            final RingEvent original = out.get(from);
            if (original.source != Source.WS
                || (original.decoded != DecodedKind.ORDER_UPDATE && original.decoded != DecodedKind.ACCOUNT_UPDATE)) {
                continue;
            }
            out.add(from + 1 + random.nextInt(out.size() - from), ev.redeliver(original));
        }
        return out;
    }

    private static String plain(final long value) {
        return FixedPoint.toPlainString(value);
    }
}
