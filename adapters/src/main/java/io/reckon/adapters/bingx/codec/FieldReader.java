package io.reckon.adapters.bingx.codec;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.symbol.SymbolTable;

/**
 * Typed reads of the value the {@link JsonCursor} has just read, each rejecting the slot in hand with a named
 * reason and field when the value does not fit, so that the decoders read as a list of fields.
 *
 * <p>Scalar readers return {@link #PRESENT} (the value is in {@link #number}), {@link #ABSENT} ({@code null}, or an
 * allowed {@code ""}) or {@link #FAILED} (the slot is already rejected). Enum readers return the constant, the
 * enum's NONE for {@code null}, or Java null when the slot was rejected. Nothing here allocates.
 */
final class FieldReader {
    static final int FAILED = -1;
    static final int ABSENT = 0;
    static final int PRESENT = 1;
    /** {@link #openObject} / {@link #openArray} on a {@code null} value (consumed): the caller decides. */
    static final int NULL_CONTAINER = -2;

    /** Slots for values read before the key that gives them meaning (a balance row's fields before its asset). */
    static final int TOKEN_SLOTS = 8;

    final JsonCursor cur = new JsonCursor();
    /** The value of the last reader that returned {@link #PRESENT}. */
    long number;

    private RingEvent event;
    private final int[] tokenKind = new int[TOKEN_SLOTS];
    private final int[] tokenStart = new int[TOKEN_SLOTS];
    private final int[] tokenLength = new int[TOKEN_SLOTS];

    /** Points the reader at a payload; rejections go to {@code target}. */
    void begin(final RingEvent target, final byte[] buf, final int offset, final int length) {
        event = target;
        cur.reset(buf, offset, length);
    }

    // ---- outcomes

    boolean malformed() {
        event.rejectAs(RejectReason.MALFORMED_JSON, BingxField.NONE);
        return false;
    }

    boolean fail(final RejectReason reason, final int field) {
        event.rejectAs(reason, field);
        return false;
    }

    private int failed(final RejectReason reason, final int field) {
        event.rejectAs(reason, field);
        return FAILED;
    }

    boolean required(final int seen, final int bit, final int field) {
        return (seen & bit) != 0 || fail(RejectReason.MISSING_FIELD, field);
    }

    /**
     * After a walk over an object or array ended on a negative result: the slot is rejected already (a value
     * inside was wrong, or a container had the wrong type), or else the structure itself is malformed.
     */
    boolean failedInside() {
        return event.decoded != DecodedKind.REJECTED && malformed();
    }

    /** Reads the next value into the cursor's token, rejecting the slot when it is malformed. */
    boolean value() {
        return cur.readValue() || malformed();
    }

    boolean skip() {
        return cur.skipValue() || malformed();
    }

    // ---- containers

    /** 1 (a key was read), 0 (empty), {@link #NULL_CONTAINER}, or -1 with the slot rejected. */
    int openObject(final int field) {
        if (cur.peek() == '{') {
            final int r = cur.openObject();
            if (r < 0) {
                malformed();
            }
            return r;
        }
        return notContainer(field);
    }

    /** 1 (an element follows), 0 (empty), {@link #NULL_CONTAINER}, or -1 with the slot rejected. */
    int openArray(final int field) {
        if (cur.peek() == '[') {
            final int r = cur.openArray();
            if (r < 0) {
                malformed();
            }
            return r;
        }
        return notContainer(field);
    }

    private int notContainer(final int field) {
        if (!value()) {
            return FAILED;
        }
        return cur.tokenKind == JsonCursor.NULL ? NULL_CONTAINER : failed(RejectReason.WRONG_TYPE, field);
    }

    // ---- deferred tokens

    void clearTokens() {
        for (int i = 0; i < TOKEN_SLOTS; i++) {
            tokenKind[i] = 0;
        }
    }

    void keepToken(final int slot) {
        tokenKind[slot] = cur.tokenKind;
        tokenStart[slot] = cur.tokenStart;
        tokenLength[slot] = cur.tokenLength;
    }

    /** Makes a kept token current; false when the slot holds none (the key never came). */
    boolean loadToken(final int slot) {
        if (tokenKind[slot] == 0) {
            return false;
        }
        cur.loadToken(tokenKind[slot], tokenStart[slot], tokenLength[slot]);
        return true;
    }

    /** A kept decimal: PRESENT, ABSENT when its key never came (or {@code null}), FAILED. */
    int keptDecimal(final int slot, final int field) {
        return loadToken(slot) ? decimal(field, false) : ABSENT;
    }

    /**
     * A kept asset name (a balance row's): its interned id when it is {@code wanted}, 0 for another asset (not
     * interned: other assets stay out of the tables), -1 when rejected (missing or not a string).
     */
    int keptAssetId(final SymbolTable assets, final int slot, final byte[] wanted, final int field) {
        if (!loadToken(slot)) {
            return failed(RejectReason.MISSING_FIELD, field);
        }
        final int st = string(field);
        if (st != PRESENT) {
            return st == FAILED ? FAILED : failed(RejectReason.MISSING_FIELD, field);
        }
        if (!cur.tokenIs(wanted)) {
            return 0;
        }
        final int id = assets.intern(cur.buffer(), cur.tokenStart, cur.tokenLength);
        return id < 0 ? failed(RejectReason.TOO_MANY_ENTRIES, field) : id;
    }

    // ---- scalars

    /** The current token as a string: PRESENT, ABSENT for {@code null}, FAILED (WRONG_TYPE) otherwise. */
    int string(final int field) {
        if (cur.tokenKind == JsonCursor.STRING) {
            return PRESENT;
        }
        return cur.tokenKind == JsonCursor.NULL ? ABSENT : failed(RejectReason.WRONG_TYPE, field);
    }

    /** A decimal string or JSON number into 1e-8 units; {@code ""} is ABSENT when {@code emptyIsAbsent}. */
    int decimal(final int field, final boolean emptyIsAbsent) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            return failed(RejectReason.WRONG_TYPE, field);
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (n == 0) {
            return emptyIsAbsent ? ABSENT : failed(RejectReason.NUMBER_EMPTY, field);
        }
        // a kept or escaped string token is still between its quotes: the one-pass read covers the plain ones
        if (kind == JsonCursor.STRING && cur.decimalEnd(s - 1) == s + n + 1) {
            number = cur.tokenValue;
            return PRESENT;
        }
        final long v = FixedPoint.parse(b, s, n);
        if (v == FixedPoint.INVALID) {
            return failed(numberError(FixedPoint.error(b, s, n)), field);
        }
        number = v;
        return PRESENT;
    }

    /** Reads the next value as {@link #decimal}; plain decimal strings take the cursor's one-pass read. */
    int readDecimal(final int field, final boolean emptyIsAbsent) {
        if (cur.plainDecimal()) {
            number = cur.tokenValue;
            return PRESENT;
        }
        return value() ? decimal(field, emptyIsAbsent) : FAILED;
    }

    /** Reads the next value as {@link #longValue}; plain digits take the cursor's one-pass read. */
    int readLong(final int field) {
        if (cur.plainDigits()) {
            number = cur.tokenValue;
            return PRESENT;
        }
        return value() ? longValue(field) : FAILED;
    }

    /** Reads the next value as {@link #orderId}; plain digits take the cursor's one-pass read. */
    int readOrderId(final int field) {
        if (cur.plainDigits()) {
            number = cur.tokenValue;
            return PRESENT;
        }
        return value() ? orderId(field) : FAILED;
    }

    private static RejectReason numberError(final int error) {
        switch (error) {
            case FixedPoint.ERR_EMPTY:
                return RejectReason.NUMBER_EMPTY;
            case FixedPoint.ERR_EXPONENT:
                return RejectReason.NUMBER_EXPONENT;
            case FixedPoint.ERR_OVERFLOW:
                return RejectReason.NUMBER_OVERFLOW;
            default:
                return RejectReason.NUMBER_NOT_DECIMAL;
        }
    }

    /** A non-negative integer (a time in ms), JSON number or digit string. */
    int longValue(final int field) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            return failed(RejectReason.WRONG_TYPE, field);
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (n == 0) {
            return failed(RejectReason.NUMBER_EMPTY, field);
        }
        final long v = digits(b, s, n);
        if (v < 0) {
            // a sign, a fraction or an exponent is not a decimal integer; digits that overflow are an overflow
            return failed(numberError(FixedPoint.error(b, s, n)), field);
        }
        number = v;
        return PRESENT;
    }

    /**
     * A run of decimal digits as a non-negative long, or -1 when a byte is not a digit or the value exceeds
     * {@link Long#MAX_VALUE}. Eighteen digits cannot overflow, so only a nineteenth needs a check (ids and times
     * are on every frame: this avoids a division per digit).
     */
    static long digits(final byte[] b, final int s, final int n) {
        if (n == 0 || n > 19) {
            return -1;
        }
        long v = 0;
        final int last = n == 19 ? s + 18 : s + n;
        for (int i = s; i < last; i++) {
            final int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        if (n == 19) {
            final int d = b[last] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A non-negative int (a leverage). */
    int intValue(final int field) {
        final int st = longValue(field);
        return st == PRESENT && number > Integer.MAX_VALUE ? failed(RejectReason.NUMBER_OVERFLOW, field) : st;
    }

    /** A signed int (the REST {@code code}). */
    int signedIntValue(final int field) {
        final boolean negative = cur.tokenLength > 1 && cur.tokenKind != JsonCursor.NULL
            && cur.buffer()[cur.tokenStart] == '-';
        if (negative) {
            cur.loadToken(cur.tokenKind, cur.tokenStart + 1, cur.tokenLength - 1);
        }
        final int st = intValue(field);
        if (negative) {
            number = -number;
        }
        return st;
    }

    /**
     * An order id, JSON number or string (ids exceed 2^53 on both venues): all digits but beyond int64 is
     * ORDER_ID_OVERFLOW, anything else not a plain non-negative integer is ORDER_ID_INVALID.
     */
    int orderId(final int field) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            return failed(RejectReason.WRONG_TYPE, field);
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        final long v = digits(b, s, n);
        if (v < 0) {
            return failed(allDigits(b, s, n) ? RejectReason.ORDER_ID_OVERFLOW : RejectReason.ORDER_ID_INVALID, field);
        }
        number = v;
        return PRESENT;
    }

    private static boolean allDigits(final byte[] b, final int s, final int n) {
        for (int i = s; i < s + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return n > 0;
    }

    /** JSON {@code true}/{@code false}, or the same words quoted; {@link #number} is 1 or 0. */
    int bool(final int field) {
        switch (cur.tokenKind) {
            case JsonCursor.TRUE:
                number = 1;
                return PRESENT;
            case JsonCursor.FALSE:
                number = 0;
                return PRESENT;
            case JsonCursor.NULL:
                return ABSENT;
            case JsonCursor.STRING:
                if (cur.tokenIs(Ascii.TRUE) || cur.tokenIs(Ascii.FALSE)) {
                    number = cur.tokenLength == Ascii.TRUE.length ? 1 : 0;
                    return PRESENT;
                }
                return failed(RejectReason.ENUM_UNKNOWN, field);
            default:
                return failed(RejectReason.WRONG_TYPE, field);
        }
    }

    /** Interns a symbol or asset name, its id into {@link #number}; {@code ""} is ABSENT. */
    int intern(final SymbolTable table, final int field) {
        final int st = string(field);
        if (st != PRESENT || cur.tokenLength == 0) {
            return st == FAILED ? FAILED : ABSENT;
        }
        final int id = table.intern(cur.buffer(), cur.tokenStart, cur.tokenLength);
        if (id < 0) {
            return failed(RejectReason.TOO_MANY_ENTRIES, field);
        }
        number = id;
        return PRESENT;
    }

    /** Copies a client order id into the order's fixed buffer ({@code ""} is a present, empty id). */
    int clientId(final OrderFields order, final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st;
        }
        final int n = cur.tokenLength;
        if (n > OrderFields.CLIENT_ID_CAPACITY) {
            return failed(RejectReason.STRING_TOO_LONG, field);
        }
        System.arraycopy(cur.buffer(), cur.tokenStart, order.clientOrderId, 0, n);
        order.clientOrderIdLength = n;
        return PRESENT;
    }

    // ---- enums

    Side side(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? Side.NONE : null;
        }
        final Side side = BingxWords.side(cur.buffer(), cur.tokenStart, cur.tokenLength);
        return side != null || fail(RejectReason.ENUM_UNKNOWN, field) ? side : null;
    }

    PositionSide positionSide(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? PositionSide.NONE : null;
        }
        final PositionSide side = BingxWords.positionSide(cur.buffer(), cur.tokenStart, cur.tokenLength);
        return side != null || fail(RejectReason.ENUM_UNKNOWN, field) ? side : null;
    }

    MarginMode marginMode(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? MarginMode.NONE : null;
        }
        final MarginMode mode = BingxWords.marginMode(cur.buffer(), cur.tokenStart, cur.tokenLength);
        return mode != null || fail(RejectReason.ENUM_UNKNOWN, field) ? mode : null;
    }

    OrderStatus status(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? OrderStatus.NONE : null;
        }
        return BingxWords.status(cur.buffer(), cur.tokenStart, cur.tokenLength);
    }

    ExecType execType(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? ExecType.NONE : null;
        }
        return BingxWords.execType(cur.buffer(), cur.tokenStart, cur.tokenLength);
    }

    OrderType orderType(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? OrderType.NONE : null;
        }
        return BingxWords.orderType(cur.buffer(), cur.tokenStart, cur.tokenLength);
    }

    IncomeType incomeType(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? IncomeType.NONE : null;
        }
        return BingxWords.incomeType(cur.buffer(), cur.tokenStart, cur.tokenLength);
    }

    BalanceReason balanceReason(final int field) {
        final int st = string(field);
        if (st != PRESENT) {
            return st == ABSENT ? BalanceReason.NONE : null;
        }
        return BingxWords.balanceReason(cur.buffer(), cur.tokenStart, cur.tokenLength);
    }
}
