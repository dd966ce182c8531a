package io.reckon.engine.intent;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.IntentAction;
import io.reckon.engine.ring.IntentFields;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;
import io.reckon.engine.symbol.SymbolTable;

/**
 * Decodes the engine's own, venue-neutral intent encoding (written by {@link IntentEncoder}) into
 * {@link RingEvent#intent}: a flat JSON object
 *
 * <pre>{@code
 * {"action":"ENTER","tradeId":"t-17","symbol":"BTC-USDT","positionSide":"LONG","size":"0.0100",
 *  "leverage":5,"referencePrice":"60000.0","spreadBps":"1.5"}
 * {"action":"EXIT","tradeId":"t-17","symbol":"BTC-USDT","positionSide":"LONG","size":"0.0100",
 *  "reason":"TAKE_PROFIT","referencePrice":"60450.0"}
 * }</pre>
 *
 * <p>Required: {@code action} (ENTER/EXIT), {@code tradeId} (1 to {@value IntentFields#TRADE_ID_CAPACITY} bytes),
 * {@code symbol} (the venue's spelling, interned into the shared table), {@code positionSide} (LONG/SHORT) and
 * {@code size} (above zero). Optional: {@code leverage} (0 to {@value #MAX_LEVERAGE}, 0 = leave as is),
 * {@code reason} (exits only; a name the router does not know is urgent), {@code referencePrice} (0 or above) and
 * {@code spreadBps} (0 or above; absent or {@code null} = unknown). Numbers may be JSON numbers or decimal strings.
 * Unknown keys with scalar values are skipped, so the encoding can grow. Anything else is rejected with a
 * {@link RejectReason} and an {@link IntentField} id; nothing throws.
 *
 * <p>Runs on the consumer thread (and in replay), before the journal stage like every decoder, so symbols are
 * interned in journal order. Allocation-free except when a symbol is seen for the first time.
 */
public final class IntentCodec {
    public static final int MAX_LEVERAGE = 1000;

    private static final int T_STRING = 1;
    private static final int T_NUMBER = 2;
    private static final int T_NULL = 3;
    private static final int T_BOOLEAN = 4;

    private static final byte[] K_ACTION = bytes("action");
    private static final byte[] K_TRADE_ID = bytes("tradeId");
    private static final byte[] K_SYMBOL = bytes("symbol");
    private static final byte[] K_POSITION_SIDE = bytes("positionSide");
    private static final byte[] K_SIZE = bytes("size");
    private static final byte[] K_LEVERAGE = bytes("leverage");
    private static final byte[] K_REASON = bytes("reason");
    private static final byte[] K_REFERENCE_PRICE = bytes("referencePrice");
    private static final byte[] K_SPREAD_BPS = bytes("spreadBps");
    private static final byte[] ENTER = bytes("ENTER");
    private static final byte[] EXIT = bytes("EXIT");
    private static final byte[] LONG = bytes("LONG");
    private static final byte[] SHORT = bytes("SHORT");
    private static final byte[] NULL_WORD = bytes("null");
    private static final byte[] TRUE_WORD = bytes("true");
    private static final byte[] FALSE_WORD = bytes("false");
    private static final int MALFORMED = fail(RejectReason.MALFORMED_JSON, IntentField.NONE);
    private static final ExitReason[] EXIT_REASONS = ExitReason.values();
    private static final byte[][] EXIT_REASON_NAMES = new byte[EXIT_REASONS.length][];

    static {
        for (int i = 0; i < EXIT_REASONS.length; i++) {
            EXIT_REASON_NAMES[i] = bytes(EXIT_REASONS[i].name());
        }
    }

    private final SymbolTable symbols;

    private byte[] buf;
    private int pos;
    private int end;
    private int keyStart;
    private int keyLength;
    private int valueKind;
    private int valueStart;
    private int valueLength;
    /** The packed failure of the last {@link #decimal} that returned {@link FixedPoint#INVALID}. */
    private int lastFailure;

    public IntentCodec(final SymbolTable symbols) {
        this.symbols = symbols;
    }

    /**
     * Decodes {@code event.payload} as an intent: {@link DecodedKind#INTENT} with {@link RingEvent#intent} filled, or
     * {@link DecodedKind#REJECTED} with a reason. An oversize payload is {@link RejectReason#FRAME_TOO_LARGE}.
     */
    public void decode(final RingEvent event) {
        event.clearDecoded();
        if (event.isOversize()) {
            event.rejectAs(RejectReason.FRAME_TOO_LARGE, IntentField.NONE);
            return;
        }
        buf = event.payload;
        pos = 0;
        end = event.payloadLength;
        final IntentFields in = event.intent;
        final int failure = readObject(in);
        if (failure != 0) {
            event.rejectAs(reasonOf(failure), fieldOf(failure));
            in.clear();
            return;
        }
        final int missing = missingField(in);
        if (missing != 0) {
            event.rejectAs(RejectReason.MISSING_FIELD, missing);
            in.clear();
            return;
        }
        if (in.action == IntentAction.ENTER) {
            in.exitReason = ExitReason.NONE;
        } else if (in.exitReason == ExitReason.NONE) {
            in.exitReason = ExitReason.OTHER;
        }
        event.decoded = DecodedKind.INTENT;
    }

    private static int missingField(final IntentFields in) {
        if (in.action == IntentAction.NONE) {
            return IntentField.ACTION;
        }
        if (in.tradeIdLength == 0) {
            return IntentField.TRADE_ID;
        }
        if (in.symbolId == 0) {
            return IntentField.SYMBOL;
        }
        if (in.positionSide == PositionSide.NONE) {
            return IntentField.POSITION_SIDE;
        }
        if (in.size == 0) {
            return IntentField.SIZE;
        }
        return 0;
    }

    /** Failures are packed as reason code << 16 | field id, so the walk can return one int. */
    private static int fail(final RejectReason reason, final int field) {
        return reason.code() << 16 | field;
    }

    private static RejectReason reasonOf(final int failure) {
        return RejectReason.of(failure >>> 16);
    }

    private static int fieldOf(final int failure) {
        return failure & 0xFFFF;
    }

    private int readObject(final IntentFields in) {
        skipSpace();
        if (pos >= end || buf[pos] != '{') {
            return pos >= end ? MALFORMED : fail(RejectReason.NOT_AN_OBJECT, IntentField.NONE);
        }
        pos++;
        skipSpace();
        if (pos < end && buf[pos] == '}') {
            pos++;
            return trailing();
        }
        while (true) {
            if (!readString()) {
                return MALFORMED;
            }
            keyStart = valueStart;
            keyLength = valueLength;
            skipSpace();
            if (pos >= end || buf[pos] != ':') {
                return MALFORMED;
            }
            pos++;
            final int value = readValue();
            if (value != 0) {
                return value;
            }
            final int field = assign(in);
            if (field != 0) {
                return field;
            }
            skipSpace();
            if (pos >= end) {
                return MALFORMED;
            }
            if (buf[pos] == ',') {
                pos++;
                skipSpace();
                continue;
            }
            if (buf[pos] == '}') {
                pos++;
                return trailing();
            }
            return MALFORMED;
        }
    }

    private int trailing() {
        skipSpace();
        return pos == end ? 0 : MALFORMED;
    }

    /** Reads a scalar value; a container is {@link RejectReason#WRONG_TYPE} for the key it belongs to. */
    private int readValue() {
        skipSpace();
        if (pos >= end) {
            return MALFORMED;
        }
        final byte c = buf[pos];
        if (c == '"') {
            return readString() ? 0 : MALFORMED;
        }
        if (c == '{' || c == '[') {
            return fail(RejectReason.WRONG_TYPE, fieldId());
        }
        valueStart = pos;
        while (pos < end) {
            final byte b = buf[pos];
            if (b == ',' || b == '}' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                break;
            }
            pos++;
        }
        valueLength = pos - valueStart;
        if (valueLength == 0) {
            return MALFORMED;
        }
        if (is(valueStart, valueLength, NULL_WORD)) {
            valueKind = T_NULL;
        } else if (is(valueStart, valueLength, TRUE_WORD) || is(valueStart, valueLength, FALSE_WORD)) {
            valueKind = T_BOOLEAN;
        } else {
            valueKind = T_NUMBER;
        }
        return 0;
    }

    /** Reads a string; escapes are refused (no field of ours needs one, and refusing keeps bytes verbatim). */
    private boolean readString() {
        if (pos >= end || buf[pos] != '"') {
            return false;
        }
        pos++;
        valueStart = pos;
        while (pos < end) {
            final byte b = buf[pos];
            if (b == '"') {
                valueLength = pos - valueStart;
                valueKind = T_STRING;
                pos++;
                return true;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                return false;
            }
            pos++;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < end) {
            final byte b = buf[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    private int fieldId() {
        if (key(K_ACTION)) {
            return IntentField.ACTION;
        }
        if (key(K_TRADE_ID)) {
            return IntentField.TRADE_ID;
        }
        if (key(K_SYMBOL)) {
            return IntentField.SYMBOL;
        }
        if (key(K_POSITION_SIDE)) {
            return IntentField.POSITION_SIDE;
        }
        if (key(K_SIZE)) {
            return IntentField.SIZE;
        }
        if (key(K_LEVERAGE)) {
            return IntentField.LEVERAGE;
        }
        if (key(K_REASON)) {
            return IntentField.REASON;
        }
        if (key(K_REFERENCE_PRICE)) {
            return IntentField.REFERENCE_PRICE;
        }
        if (key(K_SPREAD_BPS)) {
            return IntentField.SPREAD_BPS;
        }
        return IntentField.NONE;
    }

    /** Stores the current value under the current key; returns 0 or a packed failure. */
    private int assign(final IntentFields in) {
        final int field = fieldId();
        switch (field) {
            case IntentField.ACTION -> {
                if (valueKind != T_STRING) {
                    return wrongType(field);
                }
                if (value(ENTER)) {
                    in.action = IntentAction.ENTER;
                } else if (value(EXIT)) {
                    in.action = IntentAction.EXIT;
                } else {
                    return fail(RejectReason.ENUM_UNKNOWN, field);
                }
            }
            case IntentField.TRADE_ID -> {
                if (valueKind != T_STRING) {
                    return wrongType(field);
                }
                if (valueLength > IntentFields.TRADE_ID_CAPACITY) {
                    return fail(RejectReason.STRING_TOO_LONG, field);
                }
                System.arraycopy(buf, valueStart, in.tradeId, 0, valueLength);
                in.tradeIdLength = valueLength;
            }
            case IntentField.SYMBOL -> {
                if (valueKind != T_STRING) {
                    return wrongType(field);
                }
                if (valueLength == 0) {
                    return fail(RejectReason.MISSING_FIELD, field);
                }
                final int id = symbols.intern(buf, valueStart, valueLength);
                if (id < 0) {
                    return fail(RejectReason.TOO_MANY_ENTRIES, field);
                }
                in.symbolId = id;
            }
            case IntentField.POSITION_SIDE -> {
                if (valueKind != T_STRING) {
                    return wrongType(field);
                }
                if (value(LONG)) {
                    in.positionSide = PositionSide.LONG;
                } else if (value(SHORT)) {
                    in.positionSide = PositionSide.SHORT;
                } else {
                    return fail(RejectReason.ENUM_UNKNOWN, field);
                }
            }
            case IntentField.SIZE -> {
                final long v = decimal(field);
                if (v == FixedPoint.INVALID) {
                    return lastFailure;
                }
                if (v <= 0) {
                    return fail(RejectReason.VALUE_OUT_OF_RANGE, field);
                }
                in.size = v;
            }
            case IntentField.LEVERAGE -> {
                if (valueKind != T_NUMBER && valueKind != T_STRING) {
                    return wrongType(field);
                }
                final long v = FixedPoint.parseUnsignedLong(buf, valueStart, valueLength);
                if (v < 0) {
                    return fail(RejectReason.NUMBER_NOT_DECIMAL, field);
                }
                if (v > MAX_LEVERAGE) {
                    return fail(RejectReason.VALUE_OUT_OF_RANGE, field);
                }
                in.leverage = (int) v;
            }
            case IntentField.REASON -> {
                if (valueKind != T_STRING) {
                    return wrongType(field);
                }
                in.exitReason = exitReason();
            }
            case IntentField.REFERENCE_PRICE -> {
                final long v = decimal(field);
                if (v == FixedPoint.INVALID) {
                    return lastFailure;
                }
                if (v < 0) {
                    return fail(RejectReason.VALUE_OUT_OF_RANGE, field);
                }
                in.referencePrice = v;
            }
            case IntentField.SPREAD_BPS -> {
                if (valueKind == T_NULL) {
                    in.spreadBps = PlanRequest.SPREAD_UNKNOWN;
                    return 0;
                }
                final long v = decimal(field);
                if (v == FixedPoint.INVALID) {
                    return lastFailure;
                }
                if (v < 0) {
                    return fail(RejectReason.VALUE_OUT_OF_RANGE, field);
                }
                in.spreadBps = v;
            }
            default -> {
                // An unknown key with a scalar value: skipped, so that the encoding can grow.
            }
        }
        return 0;
    }

    /** A decimal from a JSON number or a decimal string; {@link FixedPoint#INVALID} with {@link #lastFailure} set. */
    private long decimal(final int field) {
        if (valueKind != T_NUMBER && valueKind != T_STRING) {
            lastFailure = wrongType(field);
            return FixedPoint.INVALID;
        }
        final long v = FixedPoint.parse(buf, valueStart, valueLength);
        if (v == FixedPoint.INVALID) {
            lastFailure = fail(numberReason(FixedPoint.error(buf, valueStart, valueLength)), field);
        }
        return v;
    }

    private static RejectReason numberReason(final int error) {
        return switch (error) {
            case FixedPoint.ERR_EMPTY -> RejectReason.NUMBER_EMPTY;
            case FixedPoint.ERR_EXPONENT -> RejectReason.NUMBER_EXPONENT;
            case FixedPoint.ERR_OVERFLOW -> RejectReason.NUMBER_OVERFLOW;
            default -> RejectReason.NUMBER_NOT_DECIMAL;
        };
    }

    private static int wrongType(final int field) {
        return fail(RejectReason.WRONG_TYPE, field);
    }

    private ExitReason exitReason() {
        for (int i = 0; i < EXIT_REASONS.length; i++) {
            if (EXIT_REASONS[i] != ExitReason.NONE && value(EXIT_REASON_NAMES[i])) {
                return EXIT_REASONS[i];
            }
        }
        return ExitReason.OTHER;
    }

    private boolean key(final byte[] word) {
        return is(keyStart, keyLength, word);
    }

    private boolean value(final byte[] word) {
        return is(valueStart, valueLength, word);
    }

    private boolean is(final int start, final int length, final byte[] word) {
        if (length != word.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[start + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(final String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
