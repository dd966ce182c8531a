package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;

/**
 * BingX's enum words, matched on raw bytes ignoring ASCII case (the inverse-swap REST sends "Long"). Words a
 * venue may add (order types, execution types, statuses, balance reasons) map to a catch-all constant; the sides
 * and margin modes are closed sets and return null for an unknown word.
 *
 * <p>A word of up to eight bytes is folded to upper case and packed into one {@code long}, so that each candidate
 * is a single compare; only the few longer words are compared byte by byte.
 */
final class BingxWords {
    /** No ASCII word packs to this (every byte would have its high bit set). */
    static final long NOT_A_WORD = -1L;

    private static final long HIGHS = 0x8080808080808080L;

    private static final long BUY = pack("BUY");
    private static final long SELL = pack("SELL");
    private static final long LONG = pack("LONG");
    private static final long SHORT = pack("SHORT");
    private static final long BOTH = pack("BOTH");
    private static final long CROSS = pack("CROSS");
    private static final long CROSSED = pack("CROSSED");
    private static final long ISOLATED = pack("ISOLATED");

    private static final long NEW = pack("NEW");
    private static final long PENDING = pack("PENDING");
    private static final long FILLED = pack("FILLED");
    private static final long CANCELED = pack("CANCELED");
    private static final long EXPIRED = pack("EXPIRED");
    private static final long REJECTED = pack("REJECTED");
    private static final long TRADE = pack("TRADE");
    private static final byte[] PARTIALLY_FILLED = Ascii.bytes("PARTIALLY_FILLED");
    private static final byte[] CANCELLED = Ascii.bytes("CANCELLED");
    private static final byte[] CALCULATED = Ascii.bytes("CALCULATED");

    private static final long MARKET = pack("MARKET");
    private static final long LIMIT = pack("LIMIT");
    private static final long STOP = pack("STOP");
    private static final byte[] STOP_MARKET = Ascii.bytes("STOP_MARKET");
    private static final byte[] TAKE_PROFIT = Ascii.bytes("TAKE_PROFIT");
    private static final byte[] TAKE_PROFIT_MARKET = Ascii.bytes("TAKE_PROFIT_MARKET");
    private static final byte[] TRIGGER_LIMIT = Ascii.bytes("TRIGGER_LIMIT");
    private static final byte[] TRIGGER_MARKET = Ascii.bytes("TRIGGER_MARKET");
    private static final byte[] TRAILING_STOP_MARKET = Ascii.bytes("TRAILING_STOP_MARKET");
    private static final byte[] TRAILING_TP_SL = Ascii.bytes("TRAILING_TP_SL");
    private static final byte[] LIQUIDATION = Ascii.bytes("LIQUIDATION");

    private static final long ORDER = pack("ORDER");
    private static final long DEPOSIT = pack("DEPOSIT");
    private static final long WITHDRAW = pack("WITHDRAW");
    private static final long TRANSFER = pack("TRANSFER");
    private static final byte[] FUNDING_FEE = Ascii.bytes("FUNDING_FEE");
    private static final byte[] ASSET_TRANSFER = Ascii.bytes("ASSET_TRANSFER");
    private static final byte[] REALIZED_PNL = Ascii.bytes("REALIZED_PNL");
    private static final byte[] TRADING_FEE = Ascii.bytes("TRADING_FEE");

    private BingxWords() {
    }

    static Side side(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == BUY) {
            return Side.BUY;
        }
        return w == SELL ? Side.SELL : null;
    }

    static PositionSide positionSide(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == LONG) {
            return PositionSide.LONG;
        }
        if (w == SHORT) {
            return PositionSide.SHORT;
        }
        return w == BOTH ? PositionSide.BOTH : null;
    }

    /** {@code isolated} / {@code cross} on the stream; Binance's MARGIN_CALL spells it {@code CROSSED}. */
    static MarginMode marginMode(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == ISOLATED) {
            return MarginMode.ISOLATED;
        }
        return w == CROSS || w == CROSSED ? MarginMode.CROSS : null;
    }

    /** REST open orders say {@code PENDING} for NEW; swap queries spell {@code CANCELLED} with two Ls. */
    static OrderStatus status(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == FILLED) {
            return OrderStatus.FILLED;
        }
        if (w == NEW || w == PENDING) {
            return OrderStatus.NEW;
        }
        if (w == CANCELED) {
            return OrderStatus.CANCELED;
        }
        if (w == EXPIRED) {
            return OrderStatus.EXPIRED;
        }
        if (w == REJECTED) {
            return OrderStatus.REJECTED;
        }
        if (w != NOT_A_WORD) {
            return OrderStatus.OTHER;
        }
        if (is(b, s, n, PARTIALLY_FILLED)) {
            return OrderStatus.PARTIALLY_FILLED;
        }
        return is(b, s, n, CANCELLED) ? OrderStatus.CANCELED : OrderStatus.OTHER;
    }

    static ExecType execType(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == TRADE) {
            return ExecType.TRADE;
        }
        if (w == NEW) {
            return ExecType.NEW;
        }
        if (w == CANCELED) {
            return ExecType.CANCELED;
        }
        if (w == EXPIRED) {
            return ExecType.EXPIRED;
        }
        if (w != NOT_A_WORD) {
            return ExecType.OTHER;
        }
        if (is(b, s, n, CANCELLED)) {
            return ExecType.CANCELED;
        }
        return is(b, s, n, CALCULATED) ? ExecType.CALCULATED : ExecType.OTHER;
    }

    static OrderType orderType(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == MARKET) {
            return OrderType.MARKET;
        }
        if (w == LIMIT) {
            return OrderType.LIMIT;
        }
        if (w == STOP) {
            return OrderType.STOP;
        }
        if (w != NOT_A_WORD) {
            return OrderType.OTHER;
        }
        if (is(b, s, n, TRIGGER_MARKET)) {
            return OrderType.TRIGGER_MARKET;
        }
        if (is(b, s, n, TRIGGER_LIMIT)) {
            return OrderType.TRIGGER_LIMIT;
        }
        if (is(b, s, n, STOP_MARKET)) {
            return OrderType.STOP_MARKET;
        }
        if (is(b, s, n, TAKE_PROFIT_MARKET)) {
            return OrderType.TAKE_PROFIT_MARKET;
        }
        if (is(b, s, n, TAKE_PROFIT)) {
            return OrderType.TAKE_PROFIT;
        }
        if (is(b, s, n, TRAILING_STOP_MARKET)) {
            return OrderType.TRAILING_STOP_MARKET;
        }
        if (is(b, s, n, TRAILING_TP_SL)) {
            return OrderType.TRAILING_TP_SL;
        }
        return is(b, s, n, LIQUIDATION) ? OrderType.LIQUIDATION : OrderType.OTHER;
    }

    /** {@code a.m}: anything but the five known reasons is a transfer of some other kind. */
    static BalanceReason balanceReason(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == ORDER) {
            return BalanceReason.ORDER;
        }
        if (w == DEPOSIT) {
            return BalanceReason.DEPOSIT;
        }
        if (w == WITHDRAW) {
            return BalanceReason.WITHDRAW;
        }
        if (w != NOT_A_WORD) {
            return BalanceReason.OTHER_TRANSFER;
        }
        if (is(b, s, n, FUNDING_FEE)) {
            return BalanceReason.FUNDING_FEE;
        }
        return is(b, s, n, ASSET_TRANSFER) ? BalanceReason.ASSET_TRANSFER : BalanceReason.OTHER_TRANSFER;
    }

    /** {@code incomeType} of the fund flow; types the kernel does not book are OTHER. */
    static IncomeType incomeType(final byte[] b, final int s, final int n) {
        final long w = upper(b, s, n);
        if (w == TRANSFER) {
            return IncomeType.TRANSFER;
        }
        if (w != NOT_A_WORD) {
            return IncomeType.OTHER;
        }
        if (is(b, s, n, FUNDING_FEE)) {
            return IncomeType.FUNDING_FEE;
        }
        if (is(b, s, n, REALIZED_PNL)) {
            return IncomeType.REALIZED_PNL;
        }
        return is(b, s, n, TRADING_FEE) ? IncomeType.TRADING_FEE : IncomeType.OTHER;
    }

    /**
     * {@code b[s, s+n)} folded to upper case, first byte lowest, when it is 1 to 8 ASCII bytes; {@link #NOT_A_WORD}
     * otherwise (longer, empty or not ASCII: no short word can match it).
     */
    static long upper(final byte[] b, final int s, final int n) {
        if (n < 1 || n > 8) {
            return NOT_A_WORD;
        }
        final long keep = -1L >>> (64 - (n << 3));
        final long w = (s + 8 <= b.length ? Swar.load(b, s) : tail(b, s, n)) & keep;
        if ((w & HIGHS) != 0) {
            return NOT_A_WORD;
        }
        // a high bit on each byte from 'a' up that is not above 'z': ASCII bytes cannot carry into a neighbour
        final long lower = (w + 0x1F1F1F1F1F1F1F1FL) & ~(w + 0x0505050505050505L) & HIGHS;
        return w - (lower >>> 2);
    }

    /** The word near the array's end, where an eight-byte load would overrun it. */
    private static long tail(final byte[] b, final int s, final int n) {
        long w = 0;
        for (int i = n - 1; i >= 0; i--) {
            w = w << 8 | b[s + i] & 0xFF;
        }
        return w;
    }

    private static long pack(final String upperWord) {
        final byte[] b = Ascii.bytes(upperWord);
        return tail(b, 0, b.length);
    }

    private static boolean is(final byte[] b, final int s, final int n, final byte[] upperWord) {
        return Ascii.equalsIgnoreCase(b, s, n, upperWord);
    }
}
