package io.reckon.engine.intent;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.IntentFields;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;

/**
 * Writes the intent encoding {@link IntentCodec} reads into one reused buffer, for a strategy (or any producer) to
 * publish with {@code Ingress#intent(buffer(), 0, length)}. Decimals are written in plain notation with up to eight
 * fractional digits. Allocation-free; one instance per producer thread.
 *
 * <p>Arguments a decoder would reject are refused here with an {@link IllegalArgumentException} naming the field:
 * they are the producer's bug, better found at the call than in the journal.
 */
public final class IntentEncoder {
    private static final int CAPACITY = 512;

    private final byte[] out = new byte[CAPACITY];
    private int length;

    /** The encoded intent of the last call, valid until the next; {@link #length()} bytes from 0. */
    public byte[] buffer() {
        return out;
    }

    public int length() {
        return length;
    }

    /**
     * Encodes an ENTER.
     *
     * @param leverage       0 leaves the venue's leverage as it is
     * @param referencePrice 0 when the strategy has no reference price
     * @param spreadBps      {@link PlanRequest#SPREAD_UNKNOWN} when unknown
     * @return the encoded length
     */
    public int enter(final CharSequence tradeId, final CharSequence symbol, final PositionSide positionSide,
                     final long size, final int leverage, final long referencePrice, final long spreadBps) {
        begin("ENTER", tradeId, symbol, positionSide, size);
        if (leverage < 0 || leverage > IntentCodec.MAX_LEVERAGE) {
            throw new IllegalArgumentException("leverage must be 0.." + IntentCodec.MAX_LEVERAGE + ", got "
                + leverage);
        }
        if (leverage > 0) {
            key("leverage");
            integer(leverage);
        }
        return finish(referencePrice, spreadBps);
    }

    /**
     * Encodes an EXIT.
     *
     * @param reason why the position closes; only {@link ExitReason#TAKE_PROFIT} may rest as a maker quote
     * @return the encoded length
     */
    public int exit(final CharSequence tradeId, final CharSequence symbol, final PositionSide positionSide,
                    final long size, final ExitReason reason, final long referencePrice, final long spreadBps) {
        if (reason == null || reason == ExitReason.NONE) {
            throw new IllegalArgumentException("reason: an exit needs one");
        }
        begin("EXIT", tradeId, symbol, positionSide, size);
        key("reason");
        string(reason.name());
        return finish(referencePrice, spreadBps);
    }

    private void begin(final String action, final CharSequence tradeId, final CharSequence symbol,
                       final PositionSide positionSide, final long size) {
        requireText("tradeId", tradeId, IntentFields.TRADE_ID_CAPACITY);
        requireText("symbol", symbol, 64);
        if (positionSide != PositionSide.LONG && positionSide != PositionSide.SHORT) {
            throw new IllegalArgumentException("positionSide must be LONG or SHORT, got " + positionSide);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be above zero, got " + size);
        }
        length = 0;
        put('{');
        key("action");
        string(action);
        key("tradeId");
        string(tradeId);
        key("symbol");
        string(symbol);
        key("positionSide");
        string(positionSide.name());
        key("size");
        decimal(size);
    }

    private int finish(final long referencePrice, final long spreadBps) {
        if (referencePrice < 0) {
            throw new IllegalArgumentException("referencePrice must not be negative, got " + referencePrice);
        }
        if (referencePrice > 0) {
            key("referencePrice");
            decimal(referencePrice);
        }
        if (spreadBps != PlanRequest.SPREAD_UNKNOWN) {
            if (spreadBps < 0) {
                throw new IllegalArgumentException("spreadBps must not be negative, got " + spreadBps);
            }
            key("spreadBps");
            decimal(spreadBps);
        }
        put('}');
        return length;
    }

    private static void requireText(final String field, final CharSequence text, final int max) {
        if (text == null || text.length() == 0 || text.length() > max) {
            throw new IllegalArgumentException(field + " must be 1.." + max + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') {
                throw new IllegalArgumentException(field + " must be printable ASCII without quotes or backslashes");
            }
        }
    }

    private void key(final String name) {
        if (out[length - 1] != '{') {
            put(',');
        }
        string(name);
        put(':');
    }

    private void string(final CharSequence s) {
        put('"');
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
        put('"');
    }

    private void integer(final long v) {
        if (v >= 10) {
            integer(v / 10);
        }
        put((byte) ('0' + v % 10));
    }

    /** A non-negative fixed-point value as a quoted plain decimal, trailing fractional zeros dropped. */
    private void decimal(final long v) {
        put('"');
        integer(v / FixedPoint.SCALE);
        long fraction = v % FixedPoint.SCALE;
        if (fraction != 0) {
            put('.');
            long unit = FixedPoint.SCALE / 10;
            while (fraction != 0) {
                put((byte) ('0' + fraction / unit));
                fraction %= unit;
                unit /= 10;
            }
        }
        put('"');
    }

    private void put(final char c) {
        put((byte) c);
    }

    private void put(final byte b) {
        out[length++] = b;
    }
}
