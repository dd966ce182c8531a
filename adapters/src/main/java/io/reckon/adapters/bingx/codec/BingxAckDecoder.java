package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.AckFields;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.LeverageFields;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.symbol.SymbolTable;

import static io.reckon.adapters.bingx.codec.FieldReader.ABSENT;
import static io.reckon.adapters.bingx.codec.FieldReader.FAILED;
import static io.reckon.adapters.bingx.codec.FieldReader.NULL_CONTAINER;
import static io.reckon.adapters.bingx.codec.FieldReader.PRESENT;

/**
 * Decodes our own REST order replies ({@code Source.ACK}) into {@link RingEvent#ack}, {@link RingEvent#order} and
 * {@link RingEvent#leverage} (the reader stands on the opening brace), by {@link RingEvent#topic}:
 * <ul>
 *   <li>{@code ORDER_PLACED} ({@code POST /openApi/swap/v2/trade/order}) and {@code ORDER_CANCELED}
 *       ({@code DELETE} of the same path): {@code data.order} with {@code orderId} (number or string),
 *       {@code clientOrderID} (placement, capital ID) or {@code clientOrderId} (cancel), {@code symbol},
 *       {@code side}, {@code positionSide}, {@code type}, {@code origQty}, {@code price}, {@code executedQty}
 *       (into {@link OrderFields#cumulativeQty}), {@code avgPrice}, {@code status};</li>
 *   <li>{@code LEVERAGE}: {@code data.leverage} and {@code data.symbol} (POST) or {@code data.longLeverage} /
 *       {@code data.shortLeverage} (GET).</li>
 * </ul>
 * A business error is not a decoding failure: it is an {@link AckOutcome} with the venue's code
 * ({@code 100410}/{@code 100409}/{@code 109429} rate limit; {@code 80016}/{@code 109421} no such order;
 * {@code 80018} already filled, as the simulator answers it; {@code 80012}/{@code 109500}/{@code 100500} system
 * error and {@code 80019}/{@code 109423} "being processed", whose fate is unknown; anything else refused). A body
 * of reckon's own ({@code {"reckon":"no_reply"|"not_sent","error":"<reason>"}}, written by the execution thread
 * when no venue body exists) is {@link AckOutcome#NO_REPLY} for a call that got no answer; a call we never sent
 * has {@link AckFields#notSent} and is {@link AckOutcome#RATE_LIMITED} (our client's cool-down) or
 * {@link AckOutcome#REFUSED} (refused locally, e.g. a quantity that rounds to nothing).
 *
 * <p>Allocation-free once the symbol is interned.
 */
final class BingxAckDecoder {
    private static final byte[] CODE = Ascii.bytes("code");
    private static final byte[] DATA = Ascii.bytes("data");
    private static final byte[] RECKON = Ascii.bytes("reckon");
    private static final byte[] ERROR = Ascii.bytes("error");
    private static final byte[] NOT_SENT = Ascii.bytes("not_sent");
    private static final byte[] RATE_LIMITED = Ascii.bytes("RATE_LIMITED");
    private static final byte[] ORDER = Ascii.bytes("order");
    private static final byte[] ORDER_ID = Ascii.bytes("orderId");
    private static final byte[] SYMBOL = Ascii.bytes("symbol");
    private static final byte[] CLIENT_ORDER_ID = Ascii.bytes("clientOrderId");
    private static final byte[] CLIENT_ORDER_ID_CAPS = Ascii.bytes("clientOrderID");
    private static final byte[] SIDE = Ascii.bytes("side");
    private static final byte[] POSITION_SIDE = Ascii.bytes("positionSide");
    private static final byte[] TYPE = Ascii.bytes("type");
    private static final byte[] ORIG_QTY = Ascii.bytes("origQty");
    private static final byte[] PRICE = Ascii.bytes("price");
    private static final byte[] EXECUTED_QTY = Ascii.bytes("executedQty");
    private static final byte[] AVG_PRICE = Ascii.bytes("avgPrice");
    private static final byte[] STATUS = Ascii.bytes("status");
    private static final byte[] LEVERAGE = Ascii.bytes("leverage");
    private static final byte[] LONG_LEVERAGE = Ascii.bytes("longLeverage");
    private static final byte[] SHORT_LEVERAGE = Ascii.bytes("shortLeverage");

    private static final int KEY_OTHER = 0;
    private static final int KEY_ORDER_ID = 1;
    private static final int KEY_SYMBOL = 2;
    private static final int KEY_CLIENT_ID = 3;
    private static final int KEY_SIDE = 4;
    private static final int KEY_POSITION_SIDE = 5;
    private static final int KEY_TYPE = 6;
    private static final int KEY_ORIG_QTY = 7;
    private static final int KEY_PRICE = 8;
    private static final int KEY_EXECUTED_QTY = 9;
    private static final int KEY_AVG_PRICE = 10;
    private static final int KEY_STATUS = 11;

    private final FieldReader in;
    private final JsonCursor cur;
    private final SymbolTable symbols;

    BingxAckDecoder(final FieldReader in, final SymbolTable symbols) {
        this.in = in;
        this.cur = in.cur;
        this.symbols = symbols;
    }

    void decode(final RingEvent event) {
        final AckFields ack = event.ack;
        boolean hasCode = false;
        long code = 0;
        int dataAt = -1;
        boolean reckon = false;
        boolean notSent = false;
        boolean rateLimited = false;
        int r = cur.openObject();
        while (r > 0) {
            if (cur.keyIs(CODE)) {
                if (!in.value()) {
                    return;
                }
                final int st = in.signedIntValue(BingxField.R_CODE);
                if (st == FAILED) {
                    return;
                }
                hasCode = st == PRESENT;
                code = in.number;
            } else if (cur.keyIs(DATA)) {
                dataAt = cur.position();
                if (!in.skip()) {
                    return;
                }
            } else if (cur.keyIs(RECKON)) {
                if (!in.value() || in.string(BingxField.K_RECKON) == FAILED) {
                    return;
                }
                reckon = true;
                notSent = cur.tokenIs(NOT_SENT);
            } else if (cur.keyIs(ERROR)) {
                if (!in.value()) {
                    return;
                }
                rateLimited = cur.tokenKind == JsonCursor.STRING && cur.tokenIs(RATE_LIMITED);
            } else if (!in.skip()) {
                return;
            }
            r = cur.nextKey();
        }
        if (r < 0 || !cur.atEnd()) {
            in.malformed();
            return;
        }
        if (reckon) {
            ack.notSent = notSent;
            ack.outcome = rateLimited ? AckOutcome.RATE_LIMITED
                : notSent ? AckOutcome.REFUSED : AckOutcome.NO_REPLY;
            event.decoded = DecodedKind.ORDER_ACK;
            return;
        }
        if (!hasCode) {
            in.fail(RejectReason.MISSING_FIELD, BingxField.R_CODE);
            return;
        }
        ack.venueCode = code;
        if (code != 0) {
            ack.outcome = outcomeOf(code);
            event.decoded = DecodedKind.ORDER_ACK;
            return;
        }
        ack.outcome = AckOutcome.ACCEPTED;
        if (dataAt >= 0) {
            cur.seek(dataAt);
            final boolean ok = switch (event.topic) {
                case ORDER_PLACED, ORDER_CANCELED -> orderData(event.order);
                case LEVERAGE -> leverageData(event.leverage);
                default -> in.skip();
            };
            if (!ok) {
                return;
            }
        }
        event.decoded = DecodedKind.ORDER_ACK;
    }

    /** The venue-neutral meaning of a non-zero business code of an order call. */
    static AckOutcome outcomeOf(final long code) {
        return switch ((int) code == code ? (int) code : -1) {
            case 100410, 100409, 109429 -> AckOutcome.RATE_LIMITED;
            case 80016, 109421 -> AckOutcome.UNKNOWN_ORDER;
            case 80018 -> AckOutcome.ALREADY_FILLED;
            case 80012, 109500, 100500, 80019, 109423 -> AckOutcome.NO_REPLY;
            default -> AckOutcome.REFUSED;
        };
    }

    /** {@code data} holding {@code order}; other keys are skipped. */
    private boolean orderData(final OrderFields order) {
        int r = in.openObject(BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            if (cur.keyIs(ORDER)) {
                if (!order(order)) {
                    return false;
                }
            } else if (!in.skip()) {
                return false;
            }
            r = cur.nextKey();
        }
        return r == 0 || in.failedInside();
    }

    private boolean order(final OrderFields o) {
        int k = in.openObject(BingxField.K_ORDER);
        if (k == NULL_CONTAINER) {
            return true;
        }
        while (k > 0) {
            final int key = orderKey();
            if (!in.value() || !orderField(o, key)) {
                return false;
            }
            k = cur.nextKey();
        }
        return k == 0 || in.failedInside();
    }

    private int orderKey() {
        if (cur.keyIs(ORDER_ID)) {
            return KEY_ORDER_ID;
        }
        if (cur.keyIs(SYMBOL)) {
            return KEY_SYMBOL;
        }
        if (cur.keyIs(CLIENT_ORDER_ID) || cur.keyIs(CLIENT_ORDER_ID_CAPS)) {
            return KEY_CLIENT_ID;
        }
        if (cur.keyIs(SIDE)) {
            return KEY_SIDE;
        }
        if (cur.keyIs(POSITION_SIDE)) {
            return KEY_POSITION_SIDE;
        }
        if (cur.keyIs(TYPE)) {
            return KEY_TYPE;
        }
        if (cur.keyIs(ORIG_QTY)) {
            return KEY_ORIG_QTY;
        }
        if (cur.keyIs(PRICE)) {
            return KEY_PRICE;
        }
        if (cur.keyIs(EXECUTED_QTY)) {
            return KEY_EXECUTED_QTY;
        }
        if (cur.keyIs(AVG_PRICE)) {
            return KEY_AVG_PRICE;
        }
        return cur.keyIs(STATUS) ? KEY_STATUS : KEY_OTHER;
    }

    /** Reads one value of {@code data.order}; false when the slot was rejected. */
    private boolean orderField(final OrderFields o, final int key) {
        final int st;
        switch (key) {
            case KEY_ORDER_ID -> {
                st = in.orderId(BingxField.K_ORDER_ID);
                o.orderId = st == PRESENT ? in.number : 0;
            }
            case KEY_SYMBOL -> {
                st = in.intern(symbols, BingxField.K_SYMBOL);
                o.symbolId = st == PRESENT ? (int) in.number : 0;
            }
            case KEY_CLIENT_ID -> st = in.clientId(o, BingxField.K_CLIENT_ID);
            case KEY_SIDE -> {
                final Side side = in.side(BingxField.K_SIDE);
                if (side == null) {
                    return false;
                }
                o.side = side;
                st = ABSENT;
            }
            case KEY_POSITION_SIDE -> {
                final PositionSide side = in.positionSide(BingxField.K_POSITION_SIDE);
                if (side == null) {
                    return false;
                }
                o.positionSide = side;
                st = ABSENT;
            }
            case KEY_TYPE -> {
                final OrderType type = in.orderType(BingxField.K_TYPE);
                if (type == null) {
                    return false;
                }
                o.type = type;
                st = ABSENT;
            }
            case KEY_ORIG_QTY -> {
                st = in.decimal(BingxField.K_ORIG_QTY, true);
                o.quantity = st == PRESENT ? in.number : 0;
            }
            case KEY_PRICE -> {
                st = in.decimal(BingxField.K_PRICE, true);
                o.hasPrice = st == PRESENT;
                o.price = st == PRESENT ? in.number : 0;
            }
            case KEY_EXECUTED_QTY -> {
                st = in.decimal(BingxField.K_EXECUTED_QTY, true);
                o.cumulativeQty = st == PRESENT ? in.number : 0;
            }
            case KEY_AVG_PRICE -> {
                st = in.decimal(BingxField.K_AVG_PRICE, true);
                o.averagePrice = st == PRESENT ? in.number : 0;
            }
            case KEY_STATUS -> {
                final OrderStatus status = in.status(BingxField.K_STATUS);
                if (status == null) {
                    return false;
                }
                o.status = status;
                st = ABSENT;
            }
            default -> st = ABSENT;
        }
        return st != FAILED;
    }

    /**
     * {@code data} of a leverage reply: GET gives both sides; POST gives the one value it set (for the side the
     * request named, which the body does not repeat) and the symbol, reported in both fields.
     */
    private boolean leverageData(final LeverageFields lev) {
        int r = in.openObject(BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            final int st;
            if (cur.keyIs(LEVERAGE)) {
                if (!in.value()) {
                    return false;
                }
                st = in.intValue(BingxField.R_LEVERAGE);
                if (st == PRESENT) {
                    lev.longLeverage = (int) in.number;
                    lev.shortLeverage = (int) in.number;
                }
            } else if (cur.keyIs(LONG_LEVERAGE)) {
                if (!in.value()) {
                    return false;
                }
                st = in.intValue(BingxField.K_LONG_LEVERAGE);
                lev.longLeverage = st == PRESENT ? (int) in.number : lev.longLeverage;
            } else if (cur.keyIs(SHORT_LEVERAGE)) {
                if (!in.value()) {
                    return false;
                }
                st = in.intValue(BingxField.K_SHORT_LEVERAGE);
                lev.shortLeverage = st == PRESENT ? (int) in.number : lev.shortLeverage;
            } else if (cur.keyIs(SYMBOL)) {
                if (!in.value()) {
                    return false;
                }
                st = in.intern(symbols, BingxField.R_SYMBOL);
                lev.symbolId = st == PRESENT ? (int) in.number : 0;
            } else {
                st = in.skip() ? ABSENT : FAILED;
            }
            if (st == FAILED) {
                return false;
            }
            r = cur.nextKey();
        }
        return r == 0 || in.failedInside();
    }
}
