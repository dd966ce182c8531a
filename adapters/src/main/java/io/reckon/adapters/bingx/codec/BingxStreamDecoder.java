package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.LeverageFields;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.symbol.SymbolTable;

import static io.reckon.adapters.bingx.codec.FieldReader.ABSENT;
import static io.reckon.adapters.bingx.codec.FieldReader.FAILED;
import static io.reckon.adapters.bingx.codec.FieldReader.NULL_CONTAINER;
import static io.reckon.adapters.bingx.codec.FieldReader.PRESENT;

/**
 * Decodes one user-stream JSON object (the reader stands on its opening brace) into the slot.
 *
 * <p>Keys are dispatched on {@link JsonCursor#keyCode()}, so key order is free. {@code o}, {@code a} and {@code ac}
 * are parsed in place when {@code e} came first (every BingX frame seen) and otherwise remembered and parsed once
 * the whole object has been read. Required: {@code e}; for an order {@code s, i, X, z, q}; for an account update
 * {@code a}, the asset of each {@code B} row and {@code wb} of the USDT row, {@code s} and {@code pa} of each
 * {@code P} row; for a config {@code ac.s}.
 */
final class BingxStreamDecoder {
    static final byte[] SETTLEMENT_ASSET = Ascii.bytes("USDT");

    private static final byte[] ORDER_TRADE_UPDATE = Ascii.bytes("ORDER_TRADE_UPDATE");
    private static final byte[] ACCOUNT_UPDATE = Ascii.bytes("ACCOUNT_UPDATE");
    private static final byte[] ACCOUNT_CONFIG_UPDATE = Ascii.bytes("ACCOUNT_CONFIG_UPDATE");
    private static final byte[] SNAPSHOT = Ascii.bytes("SNAPSHOT");
    private static final byte[] LISTEN_KEY_EXPIRED = Ascii.bytes("listenKeyExpired");
    private static final byte[] ORDER_OPENING = Ascii.bytes("{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":");
    private static final byte[] ACCOUNT_OPENING = Ascii.bytes("{\"e\":\"ACCOUNT_UPDATE\",\"E\":");

    // keys packed by JsonCursor.keyCode(), one byte per character
    private static final int K_e = 'e';
    private static final int K_E = 'E';
    private static final int K_o = 'o';
    private static final int K_a = 'a';
    private static final int K_ac = 'a' << 8 | 'c';
    private static final int K_s = 's';
    private static final int K_c = 'c';
    private static final int K_i = 'i';
    private static final int K_S = 'S';
    private static final int K_q = 'q';
    private static final int K_p = 'p';
    private static final int K_sp = 's' << 8 | 'p';
    private static final int K_ap = 'a' << 8 | 'p';
    private static final int K_x = 'x';
    private static final int K_X = 'X';
    private static final int K_N = 'N';
    private static final int K_n = 'n';
    private static final int K_T = 'T';
    private static final int K_ps = 'p' << 8 | 's';
    private static final int K_rp = 'r' << 8 | 'p';
    private static final int K_z = 'z';
    private static final int K_l = 'l';
    private static final int K_L = 'L';
    private static final int K_ro = 'r' << 8 | 'o';
    /** The working type (mark or contract price): sent on every order, not booked. */
    private static final int K_wt = 'w' << 8 | 't';
    private static final int K_m = 'm';
    private static final int K_B = 'B';
    private static final int K_P = 'P';
    private static final int K_wb = 'w' << 8 | 'b';
    private static final int K_cw = 'c' << 8 | 'w';
    private static final int K_bc = 'b' << 8 | 'c';
    private static final int K_pa = 'p' << 8 | 'a';
    private static final int K_ep = 'e' << 8 | 'p';
    private static final int K_up = 'u' << 8 | 'p';
    private static final int K_mt = 'm' << 8 | 't';
    private static final int K_iw = 'i' << 8 | 'w';
    private static final int K_cr = 'c' << 8 | 'r';

    /** Bytes of a compact one- and two-byte key with its quotes and colon: {@code "k":}, {@code "kk":}. */
    private static final int KEY1 = 4;
    private static final int KEY2 = 5;

    /** The keys as BingX orders them; an order's l and L last (sent by some accounts only). */
    private static final KeyOrder ORDER_KEYS = KeyOrder.of(
        K_s, K_c, K_i, K_S, K_o, K_q, K_p, K_ap, K_x, K_X, K_N, K_n, K_T, K_wt, K_ps, K_rp, K_z, K_l, K_L);
    private static final KeyOrder POSITION_KEYS = KeyOrder.of(K_s, K_pa, K_ep, K_up, K_mt, K_iw, K_ps);
    private static final KeyOrder BALANCE_KEYS = KeyOrder.of(K_a, K_wb, K_cw, K_bc);

    private static final int TYPE_ABSENT = 0;
    private static final int TYPE_WRONG = 1;
    private static final int TYPE_ORDER = 2;
    private static final int TYPE_ACCOUNT = 3;
    private static final int TYPE_CONFIG = 4;
    private static final int TYPE_SNAPSHOT = 5;
    private static final int TYPE_LISTEN_KEY_EXPIRED = 6;
    private static final int TYPE_OTHER = 7;

    private static final int REQ_SYMBOL = 1;
    private static final int REQ_ORDER_ID = 2;
    private static final int REQ_STATUS = 4;
    private static final int REQ_CUM_QTY = 8;
    private static final int REQ_QTY = 16;
    private static final int REQ_AMOUNT = 32;
    private static final int REQ_ALL_ORDER = REQ_SYMBOL | REQ_ORDER_ID | REQ_STATUS | REQ_CUM_QTY | REQ_QTY;

    private static final byte[] REQUIRED_BITS = new byte[128];

    static {
        REQUIRED_BITS[K_s] = REQ_SYMBOL;
        REQUIRED_BITS[K_i] = REQ_ORDER_ID;
        REQUIRED_BITS[K_X] = REQ_STATUS;
        REQUIRED_BITS[K_z] = REQ_CUM_QTY;
        REQUIRED_BITS[K_q] = REQ_QTY;
    }

    private static final int GOT_WALLET = 1;
    private static final int GOT_CROSS_WALLET = 2;
    private static final int GOT_CHANGE = 4;

    private static final int T_ASSET = 0;
    private static final int T_WALLET = 1;
    private static final int T_CROSS_WALLET = 2;
    private static final int T_CHANGE = 3;

    private final FieldReader in;
    private final JsonCursor cur;
    private final SymbolTable symbols;
    private final SymbolTable assets;

    BingxStreamDecoder(final FieldReader in, final SymbolTable symbols, final SymbolTable assets) {
        this.in = in;
        this.cur = in.cur;
        this.symbols = symbols;
        this.assets = assets;
    }

    void decode(final RingEvent event) {
        int type = TYPE_ABSENT;
        int orderAt = -1;
        int accountAt = -1;
        int configAt = -1;
        // the type whose group was parsed in place; a repeated "e" may change the type afterwards
        int parsedAs = TYPE_ABSENT;
        int r;
        // every BingX frame opens with its type and time: the two hot types are matched as one literal each, and
        // the walk goes on from the time's value as it would after reading those two keys
        final byte[] opening = cur.startsWith(ORDER_OPENING) ? ORDER_OPENING
            : cur.startsWith(ACCOUNT_OPENING) ? ACCOUNT_OPENING : null;
        if (opening != null) {
            type = opening == ORDER_OPENING ? TYPE_ORDER : TYPE_ACCOUNT;
            final int time = cur.position() + opening.length;
            final int next = cur.digitsEnd(time);
            if (next >= 0) {
                event.eventTimeMs = cur.tokenValue;
                cur.seek(next);
            } else {
                cur.seek(time);
                if (!readEventTime(event)) {
                    return;
                }
            }
            r = cur.nextKey();
        } else {
            r = cur.openObject();
        }
        while (r > 0) {
            switch (cur.keyCode()) {
                case K_e:
                    if (!in.value()) {
                        return;
                    }
                    type = eventType();
                    break;
                case K_E:
                    if (!readEventTime(event)) {
                        return;
                    }
                    break;
                case K_o:
                    if (type == TYPE_ORDER) {
                        if (!order(event)) {
                            return;
                        }
                        parsedAs = type;
                    } else {
                        orderAt = cur.position();
                        if (!in.skip()) {
                            return;
                        }
                    }
                    break;
                case K_a:
                    if (type == TYPE_ACCOUNT) {
                        if (!account(event)) {
                            return;
                        }
                        parsedAs = type;
                    } else {
                        accountAt = cur.position();
                        if (!in.skip()) {
                            return;
                        }
                    }
                    break;
                case K_ac:
                    if (type == TYPE_CONFIG) {
                        if (!config(event)) {
                            return;
                        }
                        parsedAs = type;
                    } else {
                        configAt = cur.position();
                        if (!in.skip()) {
                            return;
                        }
                    }
                    break;
                default:
                    if (!in.skip()) {
                        return;
                    }
                    break;
            }
            r = cur.nextKey();
        }
        if (r < 0 || !cur.atEnd()) {
            in.malformed();
            return;
        }
        finish(event, type, parsedAs == type, orderAt, accountAt, configAt);
    }

    private boolean readEventTime(final RingEvent event) {
        final int st = in.readLong(BingxField.E_TIME);
        if (st == FAILED) {
            return false;
        }
        event.eventTimeMs = st == PRESENT ? in.number : 0;
        return true;
    }

    private void finish(final RingEvent event, final int type, final boolean parsed, final int orderAt,
                        final int accountAt, final int configAt) {
        switch (type) {
            case TYPE_ABSENT:
                in.fail(RejectReason.MISSING_EVENT_TYPE, BingxField.E_TYPE);
                return;
            case TYPE_WRONG:
                in.fail(RejectReason.WRONG_TYPE, BingxField.E_TYPE);
                return;
            case TYPE_ORDER:
                if (parsed || later(orderAt, BingxField.O) && order(event)) {
                    event.decoded = DecodedKind.ORDER_UPDATE;
                }
                return;
            case TYPE_ACCOUNT:
                if (parsed || later(accountAt, BingxField.A) && account(event)) {
                    event.decoded = DecodedKind.ACCOUNT_UPDATE;
                }
                return;
            case TYPE_CONFIG:
                if (parsed || later(configAt, BingxField.AC) && config(event)) {
                    event.decoded = DecodedKind.ACCOUNT_CONFIG;
                }
                return;
            case TYPE_SNAPSHOT:
                // the config snapshot is still pushed; the account variant was removed in 2025 but decodes alike
                if (configAt >= 0) {
                    if (later(configAt, BingxField.AC) && config(event)) {
                        event.decoded = DecodedKind.CONFIG_SNAPSHOT;
                    }
                } else if (later(accountAt, BingxField.AC) && account(event)) {
                    event.decoded = DecodedKind.ACCOUNT_UPDATE;
                }
                return;
            case TYPE_LISTEN_KEY_EXPIRED:
                event.decoded = DecodedKind.LISTEN_KEY_EXPIRED;
                return;
            default:
                event.decoded = DecodedKind.UNKNOWN_EVENT;
        }
    }

    private boolean later(final int at, final int field) {
        if (at < 0) {
            return in.fail(RejectReason.MISSING_FIELD, field);
        }
        cur.seek(at);
        return true;
    }

    private int eventType() {
        if (cur.tokenKind != JsonCursor.STRING) {
            return cur.tokenKind == JsonCursor.NULL ? TYPE_ABSENT : TYPE_WRONG;
        }
        if (cur.tokenIs(ORDER_TRADE_UPDATE)) {
            return TYPE_ORDER;
        }
        if (cur.tokenIs(ACCOUNT_UPDATE)) {
            return TYPE_ACCOUNT;
        }
        if (cur.tokenIs(SNAPSHOT)) {
            return TYPE_SNAPSHOT;
        }
        if (cur.tokenIs(ACCOUNT_CONFIG_UPDATE)) {
            return TYPE_CONFIG;
        }
        return cur.tokenIs(LISTEN_KEY_EXPIRED) ? TYPE_LISTEN_KEY_EXPIRED : TYPE_OTHER;
    }

    // ---- ORDER_TRADE_UPDATE.o

    private boolean order(final RingEvent event) {
        final OrderFields o = event.order;
        o.clear();
        final int at = cur.position();
        if (compactOrder(o)) {
            return true;
        }
        o.clear();
        cur.seek(at);
        int seen = 0;
        int r = in.openObject(BingxField.O);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.O);
        }
        while (r > 0) {
            final int key = cur.keyCode();
            final int st = orderField(o, key);
            if (st == FAILED) {
                return false;
            }
            if (st == PRESENT) {
                seen |= requiredBit(key);
            }
            r = cur.nextKey();
        }
        if (r < 0) {
            return in.failedInside();
        }
        return in.required(seen, REQ_SYMBOL, BingxField.O_SYMBOL)
            && in.required(seen, REQ_ORDER_ID, BingxField.O_ORDER_ID)
            && in.required(seen, REQ_STATUS, BingxField.O_STATUS)
            && in.required(seen, REQ_CUM_QTY, BingxField.O_CUM_QTY)
            && in.required(seen, REQ_QTY, BingxField.O_QTY);
    }

    /**
     * The order object as BingX sends it (minified, plain values, known enum words, every required key) read in
     * one tight pass. Any other shape returns false, and the caller reads the object again on the general path,
     * which therefore decides every reject; names interned before the miss are the ones that path interns first.
     */
    private boolean compactOrder(final OrderFields o) {
        final byte[] b = cur.buffer();
        int p = cur.position();
        if (cur.byteAt(p) != '{') {
            return false;
        }
        p++;
        int seen = 0;
        int expected = 0;
        while (true) {
            // BingX sends the keys in one order: while it holds, one masked compare reads the next key
            int key = ORDER_KEYS.keyAt(cur, p, expected++);
            if (key < 0) {
                expected = ORDER_KEYS.size();
                key = cur.compactKey(p);
            }
            // each case knows its key's size: the value's position then hangs on the predicted branch, not on the
            // loaded key bytes, which takes a load off the chain of positions that runs through the whole object
            int next;
            switch (key) {
                case K_s: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    final int id = next > v + 2 ? symbols.intern(b, v + 1, next - v - 2) : -1;
                    if (id < 0) {
                        return false;
                    }
                    o.symbolId = id;
                    seen |= REQ_SYMBOL;
                    break;
                }
                case K_c: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    final int n = next - v - 2;
                    if (next < 0 || n > OrderFields.CLIENT_ID_CAPACITY) {
                        return false;
                    }
                    System.arraycopy(b, v + 1, o.clientOrderId, 0, n);
                    o.clientOrderIdLength = n;
                    break;
                }
                case K_i:
                    next = cur.digitsEnd(p + KEY1);
                    o.orderId = cur.tokenValue;
                    seen |= REQ_ORDER_ID;
                    break;
                case K_S: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    final Side side = next < 0 ? null : BingxWords.side(b, v + 1, next - v - 2);
                    if (side == null) {
                        return false;
                    }
                    o.side = side;
                    break;
                }
                case K_o: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    if (next < 0) {
                        return false;
                    }
                    o.type = BingxWords.orderType(b, v + 1, next - v - 2);
                    break;
                }
                case K_x: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    if (next < 0) {
                        return false;
                    }
                    o.execType = BingxWords.execType(b, v + 1, next - v - 2);
                    break;
                }
                case K_X: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    if (next < 0) {
                        return false;
                    }
                    o.status = BingxWords.status(b, v + 1, next - v - 2);
                    seen |= REQ_STATUS;
                    break;
                }
                case K_ps: {
                    final int v = p + KEY2;
                    next = cur.plainStringEnd(v);
                    final PositionSide side = next < 0 ? null : BingxWords.positionSide(b, v + 1, next - v - 2);
                    if (side == null) {
                        return false;
                    }
                    o.positionSide = side;
                    break;
                }
                case K_q:
                    next = cur.decimalEnd(p + KEY1);
                    o.quantity = cur.tokenValue;
                    seen |= REQ_QTY;
                    break;
                case K_p:
                    next = cur.decimalEnd(p + KEY1);
                    o.price = cur.tokenValue;
                    o.hasPrice = true;
                    break;
                case K_sp:
                    next = cur.decimalEnd(p + KEY2);
                    o.stopPrice = cur.tokenValue;
                    break;
                case K_ap:
                    next = cur.decimalEnd(p + KEY2);
                    o.averagePrice = cur.tokenValue;
                    break;
                case K_z:
                    next = cur.decimalEnd(p + KEY1);
                    o.cumulativeQty = cur.tokenValue;
                    seen |= REQ_CUM_QTY;
                    break;
                case K_l:
                    next = cur.decimalEnd(p + KEY1);
                    o.lastQty = cur.tokenValue;
                    o.hasLastQty = true;
                    break;
                case K_L:
                    next = cur.decimalEnd(p + KEY1);
                    o.lastPrice = cur.tokenValue;
                    o.hasLastPrice = true;
                    break;
                case K_n:
                    next = cur.decimalEnd(p + KEY1);
                    o.fee = cur.tokenValue;
                    o.hasFee = true;
                    break;
                case K_N: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    final int id = next > v + 2 ? assets.intern(b, v + 1, next - v - 2) : -1;
                    if (id < 0) {
                        return false;
                    }
                    o.feeAssetId = id;
                    break;
                }
                case K_rp:
                    next = cur.decimalEnd(p + KEY2);
                    o.realizedPnl = cur.tokenValue;
                    break;
                case K_T:
                    next = cur.digitsEnd(p + KEY1);
                    o.tradeTimeMs = cur.tokenValue;
                    break;
                case K_ro:
                    next = cur.booleanEnd(p + KEY2);
                    o.reduceOnly = cur.tokenValue != 0;
                    break;
                default:
                    next = otherValueEnd(p, key);
                    break;
            }
            // a miss above may have stored a stale value: the caller clears the order before the general walk
            final int c = next < 0 ? -1 : cur.byteAt(next);
            if (c == '}') {
                cur.seek(next + 1);
                return seen == REQ_ALL_ORDER;
            }
            if (c != ',') {
                return false;
            }
            p = next + 1;
        }
    }

    /** The end of the plain string or digits of a key the compact walks do not read; -1 for a miss or no key. */
    private int otherValueEnd(final int p, final int key) {
        if (key < 0) {
            return -1;
        }
        final int v = p + JsonCursor.compactKeySize(key);
        final int next = cur.plainStringEnd(v);
        return next >= 0 ? next : cur.digitsEnd(v);
    }

    /** The required-field bit of an order key; every required key is one byte, so a table lookup suffices. */
    private static int requiredBit(final int key) {
        return key >= 0 && key < REQUIRED_BITS.length ? REQUIRED_BITS[key] : 0;
    }

    /**
     * Reads the value of one key of {@code o} into the order: PRESENT, ABSENT (unknown key or {@code null}) or
     * FAILED. Numbers are read straight from the cursor, in one pass; the rest through the value's token.
     */
    private int orderField(final OrderFields o, final int key) {
        int st;
        switch (key) {
            case K_s:
                if (!in.value()) {
                    return FAILED;
                }
                st = in.intern(symbols, BingxField.O_SYMBOL);
                if (st == PRESENT) {
                    o.symbolId = (int) in.number;
                }
                return st;
            case K_c:
                if (!in.value()) {
                    return FAILED;
                }
                return in.clientId(o, BingxField.O_CLIENT_ID);
            case K_i:
                st = in.readOrderId(BingxField.O_ORDER_ID);
                if (st == PRESENT) {
                    o.orderId = in.number;
                }
                return st;
            case K_S: {
                if (!in.value()) {
                    return FAILED;
                }
                final Side side = in.side(BingxField.O_SIDE);
                if (side == null) {
                    return FAILED;
                }
                o.side = side;
                return PRESENT;
            }
            case K_o: {
                if (!in.value()) {
                    return FAILED;
                }
                final OrderType type = in.orderType(BingxField.O_TYPE);
                if (type == null) {
                    return FAILED;
                }
                o.type = type;
                return PRESENT;
            }
            case K_x: {
                if (!in.value()) {
                    return FAILED;
                }
                final ExecType exec = in.execType(BingxField.O_EXEC_TYPE);
                if (exec == null) {
                    return FAILED;
                }
                o.execType = exec;
                return PRESENT;
            }
            case K_X: {
                if (!in.value()) {
                    return FAILED;
                }
                final OrderStatus status = in.status(BingxField.O_STATUS);
                if (status == null) {
                    return FAILED;
                }
                o.status = status;
                return status == OrderStatus.NONE ? ABSENT : PRESENT;
            }
            case K_ps: {
                if (!in.value()) {
                    return FAILED;
                }
                final PositionSide side = in.positionSide(BingxField.O_POSITION_SIDE);
                if (side == null) {
                    return FAILED;
                }
                o.positionSide = side;
                return PRESENT;
            }
            case K_q:
                st = in.readDecimal(BingxField.O_QTY, false);
                if (st == PRESENT) {
                    o.quantity = in.number;
                }
                return st;
            case K_p:
                st = in.readDecimal(BingxField.O_PRICE, true);
                if (st == PRESENT) {
                    o.price = in.number;
                    o.hasPrice = true;
                }
                return st;
            case K_sp:
                st = in.readDecimal(BingxField.O_STOP_PRICE, true);
                if (st == PRESENT) {
                    o.stopPrice = in.number;
                }
                return st;
            case K_ap:
                st = in.readDecimal(BingxField.O_AVG_PRICE, false);
                if (st == PRESENT) {
                    o.averagePrice = in.number;
                }
                return st;
            case K_z:
                st = in.readDecimal(BingxField.O_CUM_QTY, false);
                if (st == PRESENT) {
                    o.cumulativeQty = in.number;
                }
                return st;
            case K_l:
                st = in.readDecimal(BingxField.O_LAST_QTY, true);
                if (st == PRESENT) {
                    o.lastQty = in.number;
                    o.hasLastQty = true;
                }
                return st;
            case K_L:
                st = in.readDecimal(BingxField.O_LAST_PRICE, true);
                if (st == PRESENT) {
                    o.lastPrice = in.number;
                    o.hasLastPrice = true;
                }
                return st;
            case K_n:
                st = in.readDecimal(BingxField.O_FEE, false);
                if (st == PRESENT) {
                    o.fee = in.number;
                    o.hasFee = true;
                }
                return st;
            case K_N:
                if (!in.value()) {
                    return FAILED;
                }
                st = in.intern(assets, BingxField.O_FEE_ASSET);
                if (st == PRESENT) {
                    o.feeAssetId = (int) in.number;
                }
                return st;
            case K_rp:
                st = in.readDecimal(BingxField.O_REALIZED_PNL, false);
                if (st == PRESENT) {
                    o.realizedPnl = in.number;
                }
                return st;
            case K_T:
                st = in.readLong(BingxField.O_TRADE_TIME);
                if (st == PRESENT) {
                    o.tradeTimeMs = in.number;
                }
                return st;
            case K_ro:
                if (!in.value()) {
                    return FAILED;
                }
                st = in.bool(BingxField.O_REDUCE_ONLY);
                if (st == PRESENT) {
                    o.reduceOnly = in.number != 0;
                }
                return st;
            default:
                return in.value() ? ABSENT : FAILED;
        }
    }

    // ---- ACCOUNT_UPDATE.a

    private boolean account(final RingEvent event) {
        final BalanceFields balance = event.balance;
        balance.clear();
        event.positions.clear();
        int r = in.openObject(BingxField.A);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.A);
        }
        while (r > 0) {
            switch (cur.keyCode()) {
                case K_m: {
                    if (!in.value()) {
                        return false;
                    }
                    final BalanceReason reason = in.balanceReason(BingxField.A_REASON);
                    if (reason == null) {
                        return false;
                    }
                    balance.reason = reason;
                    break;
                }
                case K_B:
                    if (!balances(balance)) {
                        return false;
                    }
                    break;
                case K_P:
                    if (!positions(event.positions)) {
                        return false;
                    }
                    break;
                default:
                    if (!in.skip()) {
                        return false;
                    }
                    break;
            }
            r = cur.nextKey();
        }
        return r == 0 || in.failedInside();
    }

    /** {@code a.B}: only the USDT row is read; rows of other assets are checked as JSON and otherwise ignored. */
    private boolean balances(final BalanceFields balance) {
        int r = in.openArray(BingxField.A_BALANCES);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            final int at = cur.position();
            if (compactBalance(balance)) {
                r = cur.nextElement();
                continue;
            }
            cur.seek(at);
            in.clearTokens();
            int k = in.openObject(BingxField.A_BALANCES);
            if (k == NULL_CONTAINER) {
                return in.fail(RejectReason.WRONG_TYPE, BingxField.A_BALANCES);
            }
            while (k > 0) {
                final int key = cur.keyCode();
                if (!in.value()) {
                    return false;
                }
                if (key == K_a) {
                    in.keepToken(T_ASSET);
                } else if (key == K_wb) {
                    in.keepToken(T_WALLET);
                } else if (key == K_cw) {
                    in.keepToken(T_CROSS_WALLET);
                } else if (key == K_bc) {
                    in.keepToken(T_CHANGE);
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return in.failedInside();
            }
            final int assetId = in.keptAssetId(assets, T_ASSET, SETTLEMENT_ASSET, BingxField.A_B_ASSET);
            if (assetId < 0 || assetId > 0 && !settlementRow(balance, assetId)) {
                return false;
            }
            r = cur.nextElement();
        }
        return r == 0 || in.failedInside();
    }

    /**
     * One {@code B} row as BingX sends it, read like {@link #compactOrder}: false leaves it to the general walk,
     * which decides every reject. Like that walk, the last of a repeated key counts, only the settlement row is
     * booked, and the values are written once the whole row has been read.
     */
    private boolean compactBalance(final BalanceFields balance) {
        final byte[] b = cur.buffer();
        int p = cur.position();
        if (cur.byteAt(p) != '{') {
            return false;
        }
        p++;
        int assetStart = -1;
        int assetLength = 0;
        long wallet = 0;
        long crossWallet = 0;
        long change = 0;
        int got = 0;
        int expected = 0;
        while (true) {
            int key = BALANCE_KEYS.keyAt(cur, p, expected++);
            if (key < 0) {
                expected = BALANCE_KEYS.size();
                key = cur.compactKey(p);
            }
            int next;
            switch (key) {
                case K_a: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    assetStart = v + 1;
                    assetLength = next - v - 2;
                    break;
                }
                case K_wb:
                    next = cur.decimalEnd(p + KEY2);
                    wallet = cur.tokenValue;
                    got |= GOT_WALLET;
                    break;
                case K_cw:
                    next = cur.decimalEnd(p + KEY2);
                    crossWallet = cur.tokenValue;
                    got |= GOT_CROSS_WALLET;
                    break;
                case K_bc:
                    next = cur.decimalEnd(p + KEY2);
                    change = cur.tokenValue;
                    got |= GOT_CHANGE;
                    break;
                default:
                    next = otherValueEnd(p, key);
                    break;
            }
            final int c = next < 0 ? -1 : cur.byteAt(next);
            if (c == '}') {
                p = next + 1;
                break;
            }
            if (c != ',') {
                return false;
            }
            p = next + 1;
        }
        if (assetStart < 0) {
            return false;
        }
        if (Ascii.equals(b, assetStart, assetLength, SETTLEMENT_ASSET)) {
            final int id = assets.intern(b, assetStart, assetLength);
            if (id < 0 || (got & GOT_WALLET) == 0) {
                return false;
            }
            balance.assetId = id;
            balance.present = true;
            balance.walletBalance = wallet;
            balance.hasCrossWallet = (got & GOT_CROSS_WALLET) != 0;
            balance.crossWallet = crossWallet;
            balance.hasBalanceChange = (got & GOT_CHANGE) != 0;
            balance.balanceChange = change;
        }
        cur.seek(p);
        return true;
    }

    private boolean settlementRow(final BalanceFields balance, final int assetId) {
        balance.assetId = assetId;
        balance.present = true;
        int st = in.keptDecimal(T_WALLET, BingxField.A_B_WALLET);
        if (st != PRESENT) {
            return st == ABSENT && in.fail(RejectReason.MISSING_FIELD, BingxField.A_B_WALLET);
        }
        balance.walletBalance = in.number;
        st = in.keptDecimal(T_CROSS_WALLET, BingxField.A_B_CROSS_WALLET);
        if (st == FAILED) {
            return false;
        }
        balance.hasCrossWallet = st == PRESENT;
        balance.crossWallet = st == PRESENT ? in.number : 0;
        st = in.keptDecimal(T_CHANGE, BingxField.A_B_CHANGE);
        if (st == FAILED) {
            return false;
        }
        balance.hasBalanceChange = st == PRESENT;
        balance.balanceChange = st == PRESENT ? in.number : 0;
        return true;
    }

    private boolean positions(final PositionTable table) {
        int r = in.openArray(BingxField.A_POSITIONS);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            int i = table.add();
            if (i < 0) {
                return in.fail(RejectReason.TOO_MANY_ENTRIES, BingxField.A_POSITIONS);
            }
            final int at = cur.position();
            if (compactPosition(table, i)) {
                applyPositionSign(table, i);
                r = cur.nextElement();
                continue;
            }
            cur.seek(at);
            // a fresh row for the general walk: the one-pass read may have written part of it
            table.count--;
            i = table.add();
            int seen = 0;
            int k = in.openObject(BingxField.A_POSITIONS);
            if (k == NULL_CONTAINER) {
                return in.fail(RejectReason.WRONG_TYPE, BingxField.A_POSITIONS);
            }
            while (k > 0) {
                final int key = cur.keyCode();
                final int st = positionField(table, i, key);
                if (st == FAILED) {
                    return false;
                }
                if (st == PRESENT && key == K_s) {
                    seen |= REQ_SYMBOL;
                } else if (st == PRESENT && key == K_pa) {
                    seen |= REQ_AMOUNT;
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return in.failedInside();
            }
            if (!in.required(seen, REQ_SYMBOL, BingxField.A_P_SYMBOL)
                || !in.required(seen, REQ_AMOUNT, BingxField.A_P_AMOUNT)) {
                return false;
            }
            applyPositionSign(table, i);
            r = cur.nextElement();
        }
        return r == 0 || in.failedInside();
    }

    /** One {@code P} row as BingX sends it, read like {@link #compactOrder}: false leaves it to the general walk. */
    private boolean compactPosition(final PositionTable table, final int i) {
        final byte[] b = cur.buffer();
        int p = cur.position();
        if (cur.byteAt(p) != '{') {
            return false;
        }
        p++;
        int seen = 0;
        int expected = 0;
        while (true) {
            int key = POSITION_KEYS.keyAt(cur, p, expected++);
            if (key < 0) {
                expected = POSITION_KEYS.size();
                key = cur.compactKey(p);
            }
            int next;
            switch (key) {
                case K_s: {
                    final int v = p + KEY1;
                    next = cur.plainStringEnd(v);
                    final int id = next > v + 2 ? symbols.intern(b, v + 1, next - v - 2) : -1;
                    if (id < 0) {
                        return false;
                    }
                    table.symbolId[i] = id;
                    seen |= REQ_SYMBOL;
                    break;
                }
                case K_pa:
                    next = cur.decimalEnd(p + KEY2);
                    table.size[i] = cur.tokenValue;
                    seen |= REQ_AMOUNT;
                    break;
                case K_ep:
                    next = cur.decimalEnd(p + KEY2);
                    table.entryPrice[i] = cur.tokenValue;
                    break;
                case K_up:
                    next = cur.decimalEnd(p + KEY2);
                    table.unrealizedPnl[i] = cur.tokenValue;
                    break;
                case K_iw:
                    next = cur.decimalEnd(p + KEY2);
                    table.isolatedMargin[i] = cur.tokenValue;
                    break;
                case K_cr:
                    next = cur.decimalEnd(p + KEY2);
                    table.realizedPnl[i] = cur.tokenValue;
                    break;
                case K_mt: {
                    final int v = p + KEY2;
                    next = cur.plainStringEnd(v);
                    final MarginMode mode = next < 0 ? null : BingxWords.marginMode(b, v + 1, next - v - 2);
                    if (mode == null) {
                        return false;
                    }
                    table.marginMode[i] = mode;
                    break;
                }
                case K_ps: {
                    final int v = p + KEY2;
                    next = cur.plainStringEnd(v);
                    final PositionSide side = next < 0 ? null : BingxWords.positionSide(b, v + 1, next - v - 2);
                    if (side == null) {
                        return false;
                    }
                    table.side[i] = side;
                    break;
                }
                default:
                    next = otherValueEnd(p, key);
                    break;
            }
            final int c = next < 0 ? -1 : cur.byteAt(next);
            if (c == '}') {
                cur.seek(next + 1);
                return seen == (REQ_SYMBOL | REQ_AMOUNT);
            }
            if (c != ',') {
                return false;
            }
            p = next + 1;
        }
    }

    private int positionField(final PositionTable table, final int i, final int key) {
        int st;
        switch (key) {
            case K_s:
                if (!in.value()) {
                    return FAILED;
                }
                st = in.intern(symbols, BingxField.A_P_SYMBOL);
                if (st == PRESENT) {
                    table.symbolId[i] = (int) in.number;
                }
                return st;
            case K_pa:
                st = in.readDecimal(BingxField.A_P_AMOUNT, false);
                if (st == PRESENT) {
                    table.size[i] = in.number;
                }
                return st;
            case K_ep:
                st = in.readDecimal(BingxField.A_P_ENTRY, false);
                table.entryPrice[i] = st == PRESENT ? in.number : 0;
                return st;
            case K_up:
                st = in.readDecimal(BingxField.A_P_UNREALIZED, false);
                table.unrealizedPnl[i] = st == PRESENT ? in.number : 0;
                return st;
            case K_iw:
                st = in.readDecimal(BingxField.A_P_ISOLATED_WALLET, false);
                table.isolatedMargin[i] = st == PRESENT ? in.number : 0;
                return st;
            case K_cr:
                st = in.readDecimal(BingxField.A_P_REALIZED, false);
                table.realizedPnl[i] = st == PRESENT ? in.number : 0;
                return st;
            case K_mt: {
                if (!in.value()) {
                    return FAILED;
                }
                final MarginMode mode = in.marginMode(BingxField.A_P_MARGIN_TYPE);
                if (mode == null) {
                    return FAILED;
                }
                table.marginMode[i] = mode;
                return PRESENT;
            }
            case K_ps: {
                if (!in.value()) {
                    return FAILED;
                }
                final PositionSide side = in.positionSide(BingxField.A_P_SIDE);
                if (side == null) {
                    return FAILED;
                }
                table.side[i] = side;
                return PRESENT;
            }
            default:
                return in.value() ? ABSENT : FAILED;
        }
    }

    /**
     * BingX sends hedge-mode sizes unsigned with {@code ps} giving the side, Binance signs them: a LONG or SHORT
     * row keeps the magnitude, a BOTH row (one-way mode, also assumed when the side is absent) keeps the sign.
     */
    static void applyPositionSign(final PositionTable table, final int i) {
        if (table.side[i] == PositionSide.NONE) {
            table.side[i] = PositionSide.BOTH;
        }
        if (table.side[i] != PositionSide.BOTH) {
            table.size[i] = Math.abs(table.size[i]);
        }
    }

    // ---- ACCOUNT_CONFIG_UPDATE.ac and SNAPSHOT.ac

    private boolean config(final RingEvent event) {
        final LeverageFields leverage = event.leverage;
        leverage.clear();
        boolean hasSymbol = false;
        int r = in.openObject(BingxField.AC);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.AC);
        }
        while (r > 0) {
            final int key = cur.keyCode();
            if (!in.value()) {
                return false;
            }
            int st = ABSENT;
            switch (key) {
                case K_s:
                    st = in.intern(symbols, BingxField.AC_SYMBOL);
                    if (st == PRESENT) {
                        leverage.symbolId = (int) in.number;
                        hasSymbol = true;
                    }
                    break;
                case K_l:
                    st = in.intValue(BingxField.AC_LONG_LEVERAGE);
                    leverage.longLeverage = st == PRESENT ? (int) in.number : 0;
                    break;
                case K_S:
                    st = in.intValue(BingxField.AC_SHORT_LEVERAGE);
                    leverage.shortLeverage = st == PRESENT ? (int) in.number : 0;
                    break;
                case K_mt: {
                    final MarginMode mode = in.marginMode(BingxField.AC_MARGIN_TYPE);
                    if (mode == null) {
                        return false;
                    }
                    leverage.marginMode = mode;
                    break;
                }
                default:
                    break;
            }
            if (st == FAILED) {
                return false;
            }
            r = cur.nextKey();
        }
        if (r < 0) {
            return in.failedInside();
        }
        return hasSymbol || in.fail(RejectReason.MISSING_FIELD, BingxField.AC_SYMBOL);
    }
}
