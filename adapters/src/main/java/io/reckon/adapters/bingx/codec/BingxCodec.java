package io.reckon.adapters.bingx.codec;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.VenueCodec;
import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.LeverageFields;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OpenOrderTable;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.symbol.SymbolTable;

import java.nio.ByteBuffer;

/**
 * The BingX USDT-M perpetual decoder: gzip frames and REST bodies into the ring slot's decoded groups, with no
 * allocation on any path a healthy session takes (after warm-up, when symbols and assets are interned).
 *
 * <p>Stream frames ({@code e}): ORDER_TRADE_UPDATE, ACCOUNT_UPDATE, ACCOUNT_CONFIG_UPDATE, SNAPSHOT (config with
 * {@code ac}, account with {@code a}), listenKeyExpired (the key itself is never read) and the {@code Ping}
 * heartbeat; any other event type is {@link DecodedKind#UNKNOWN_EVENT}. REST bodies by {@link RingEvent#topic}:
 * v3 balance, v2 positions, v2 open orders inside the {@code {code,msg,data}} envelope, {@code code != 0} being
 * {@link RejectReason#REST_ERROR} with the code in {@link RingEvent#rejectField}.
 *
 * <p>The JSON is walked once with {@link JsonCursor} and keys are dispatched on their bytes packed into an int, so
 * key order does not matter. Where a value's meaning depends on a key that may come later (the event type, the
 * REST code, a balance row's asset), the value's position is remembered and read afterwards. Conventions:
 * {@code null} counts as absent; {@code ""} is absent for the optional {@code p}, {@code sp}, {@code l},
 * {@code L} (and an open order's price) and {@link RejectReason#NUMBER_EMPTY} elsewhere; unknown order types,
 * execution types and statuses map to {@code OTHER}, unknown sides to {@link RejectReason#ENUM_UNKNOWN}; strings are
 * compared as raw bytes, escapes undecoded. The first failure found rejects the whole payload, with its field id
 * (see {@link BingxField}); a rejected slot may hold partly written groups, so only {@code decoded} is to be
 * trusted.
 *
 * <p>Not thread-safe: one instance per producer thread (and one for replay). The slot capacity is
 * {@code event.payload.length}.
 */
public final class BingxCodec implements VenueCodec {
    /** Largest inflated frame kept in {@link RingEvent#oversizePayload}; beyond it the raw bytes are kept. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 16 << 20;

    private static final byte[] USDT = Ascii.bytes("USDT");
    private static final byte[] PING = Ascii.bytes("Ping");

    private static final byte[] EV_ORDER_TRADE_UPDATE = Ascii.bytes("ORDER_TRADE_UPDATE");
    private static final byte[] EV_ACCOUNT_UPDATE = Ascii.bytes("ACCOUNT_UPDATE");
    private static final byte[] EV_ACCOUNT_CONFIG_UPDATE = Ascii.bytes("ACCOUNT_CONFIG_UPDATE");
    private static final byte[] EV_SNAPSHOT = Ascii.bytes("SNAPSHOT");
    private static final byte[] EV_LISTEN_KEY_EXPIRED = Ascii.bytes("listenKeyExpired");

    private static final byte[] BUY = Ascii.bytes("BUY");
    private static final byte[] SELL = Ascii.bytes("SELL");
    private static final byte[] LONG = Ascii.bytes("LONG");
    private static final byte[] SHORT = Ascii.bytes("SHORT");
    private static final byte[] BOTH = Ascii.bytes("BOTH");
    private static final byte[] CROSS = Ascii.bytes("CROSS");
    private static final byte[] CROSSED = Ascii.bytes("CROSSED");
    private static final byte[] ISOLATED = Ascii.bytes("ISOLATED");

    private static final byte[] NEW = Ascii.bytes("NEW");
    private static final byte[] PENDING = Ascii.bytes("PENDING");
    private static final byte[] PARTIALLY_FILLED = Ascii.bytes("PARTIALLY_FILLED");
    private static final byte[] FILLED = Ascii.bytes("FILLED");
    private static final byte[] CANCELED = Ascii.bytes("CANCELED");
    private static final byte[] CANCELLED = Ascii.bytes("CANCELLED");
    private static final byte[] EXPIRED = Ascii.bytes("EXPIRED");
    private static final byte[] REJECTED = Ascii.bytes("REJECTED");
    private static final byte[] TRADE = Ascii.bytes("TRADE");
    private static final byte[] CALCULATED = Ascii.bytes("CALCULATED");

    private static final byte[] MARKET = Ascii.bytes("MARKET");
    private static final byte[] LIMIT = Ascii.bytes("LIMIT");
    private static final byte[] STOP = Ascii.bytes("STOP");
    private static final byte[] STOP_MARKET = Ascii.bytes("STOP_MARKET");
    private static final byte[] TAKE_PROFIT = Ascii.bytes("TAKE_PROFIT");
    private static final byte[] TAKE_PROFIT_MARKET = Ascii.bytes("TAKE_PROFIT_MARKET");
    private static final byte[] TRIGGER_LIMIT = Ascii.bytes("TRIGGER_LIMIT");
    private static final byte[] TRIGGER_MARKET = Ascii.bytes("TRIGGER_MARKET");
    private static final byte[] TRAILING_STOP_MARKET = Ascii.bytes("TRAILING_STOP_MARKET");
    private static final byte[] TRAILING_TP_SL = Ascii.bytes("TRAILING_TP_SL");
    private static final byte[] LIQUIDATION = Ascii.bytes("LIQUIDATION");

    private static final byte[] R_ORDER = Ascii.bytes("ORDER");
    private static final byte[] R_FUNDING_FEE = Ascii.bytes("FUNDING_FEE");
    private static final byte[] R_DEPOSIT = Ascii.bytes("DEPOSIT");
    private static final byte[] R_WITHDRAW = Ascii.bytes("WITHDRAW");
    private static final byte[] R_ASSET_TRANSFER = Ascii.bytes("ASSET_TRANSFER");

    private static final byte[] K_CODE = Ascii.bytes("code");
    private static final byte[] K_DATA = Ascii.bytes("data");
    private static final byte[] K_ASSET = Ascii.bytes("asset");
    private static final byte[] K_BALANCE = Ascii.bytes("balance");
    private static final byte[] K_EQUITY = Ascii.bytes("equity");
    private static final byte[] K_AVAILABLE_MARGIN = Ascii.bytes("availableMargin");
    private static final byte[] K_USED_MARGIN = Ascii.bytes("usedMargin");
    private static final byte[] K_UNREALIZED_PROFIT = Ascii.bytes("unrealizedProfit");
    private static final byte[] K_SYMBOL = Ascii.bytes("symbol");
    private static final byte[] K_POSITION_SIDE = Ascii.bytes("positionSide");
    private static final byte[] K_POSITION_AMT = Ascii.bytes("positionAmt");
    private static final byte[] K_AVG_PRICE = Ascii.bytes("avgPrice");
    private static final byte[] K_MARK_PRICE = Ascii.bytes("markPrice");
    private static final byte[] K_REALISED_PROFIT = Ascii.bytes("realisedProfit");
    private static final byte[] K_LEVERAGE = Ascii.bytes("leverage");
    private static final byte[] K_ISOLATED = Ascii.bytes("isolated");
    private static final byte[] K_ORDERS = Ascii.bytes("orders");
    private static final byte[] K_ORDER_ID = Ascii.bytes("orderId");
    private static final byte[] K_SIDE = Ascii.bytes("side");
    private static final byte[] K_ORIG_QTY = Ascii.bytes("origQty");
    private static final byte[] K_PRICE = Ascii.bytes("price");
    private static final byte[] K_EXECUTED_QTY = Ascii.bytes("executedQty");
    private static final byte[] K_STATUS = Ascii.bytes("status");

    // stream keys packed by JsonCursor.keyCode(): one byte per character
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

    private static final int TYPE_ABSENT = 0;
    private static final int TYPE_WRONG = 1;
    private static final int TYPE_ORDER = 2;
    private static final int TYPE_ACCOUNT = 3;
    private static final int TYPE_CONFIG = 4;
    private static final int TYPE_SNAPSHOT = 5;
    private static final int TYPE_LISTEN_KEY_EXPIRED = 6;
    private static final int TYPE_OTHER = 7;

    /** Results of the value readers: rejected (the slot already says why), absent, or in {@link #number}. */
    private static final int FAILED = -1;
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;
    /** {@link #openObject} / {@link #openArray} result for a {@code null} value (consumed): the caller decides. */
    private static final int NULL_CONTAINER = -2;

    private static final int REQ_SYMBOL = 1;
    private static final int REQ_ORDER_ID = 2;
    private static final int REQ_STATUS = 4;
    private static final int REQ_CUM_QTY = 8;
    private static final int REQ_QTY = 16;
    private static final int REQ_AMOUNT = 32;
    private static final int REQ_SIDE = 64;

    // deferred tokens of a balance row (stream a.B[] or REST data[]), indexed by the T_* constants
    private static final int T_ASSET = 0;
    private static final int T_WALLET = 1;
    private static final int T_CROSS_WALLET = 2;
    private static final int T_CHANGE = 3;
    private static final int T_EQUITY = 4;
    private static final int T_AVAILABLE = 5;
    private static final int T_USED = 6;
    private static final int T_UNREALIZED = 7;
    private static final int TOKEN_SLOTS = 8;

    private static final byte[] NO_BYTES = new byte[0];

    private final SymbolTable symbols;
    private final SymbolTable assets;
    private final int maxInflatedBytes;
    private final GzipInflater inflater = new GzipInflater();
    private final JsonCursor cur = new JsonCursor();
    private final int[] tokenKind = new int[TOKEN_SLOTS];
    private final int[] tokenStart = new int[TOKEN_SLOTS];
    private final int[] tokenLength = new int[TOKEN_SLOTS];

    /** The value of the last reader that returned {@link #PRESENT}. */
    private long number;
    /** Holds raw gzip bytes for a second inflate of a slot that kept them (cold path, grown on demand). */
    private byte[] scratch = NO_BYTES;
    private ByteBuffer scratchBuffer = ByteBuffer.wrap(NO_BYTES);

    /**
     * @param symbols the shared symbol table ("BTC-USDT" to an int)
     * @param assets  the shared asset table ("USDT" to an int)
     */
    public BingxCodec(final SymbolTable symbols, final SymbolTable assets) {
        this(symbols, assets, DEFAULT_MAX_INFLATED_BYTES);
    }

    /**
     * @param maxInflatedBytes largest inflated frame kept whole when it exceeds the slot; a frame inflating beyond
     *                         this (a gzip bomb) keeps its raw bytes and is rejected as too large
     */
    public BingxCodec(final SymbolTable symbols, final SymbolTable assets, final int maxInflatedBytes) {
        this.symbols = symbols;
        this.assets = assets;
        this.maxInflatedBytes = maxInflatedBytes;
    }

    /**
     * Fills the slot's payload from a socket frame and decodes it. The frame buffer's position and limit are left
     * unchanged. Allocates only on cold paths: a frame that inflates beyond the slot (kept whole in
     * {@link RingEvent#oversizePayload}), and corrupt gzip (raw bytes kept, inflated a second time by
     * {@link #decode}).
     */
    @Override
    public void fromWire(final ByteBuffer wire, final boolean binary, final RingEvent into) {
        if (binary) {
            ingestGzip(wire, into);
        } else {
            keepRaw(wire, into);
        }
        decode(into);
    }

    /**
     * Decodes the slot's payload by {@link RingEvent#source}. A slot that kept compressed bytes is inflated again
     * (allocating scratch space on that cold path), so that replay meets the same failure for the same reason.
     */
    @Override
    public void decode(final RingEvent event) {
        event.clearDecoded();
        switch (event.source) {
            case WS:
                decodeVenuePayload(event, true);
                break;
            case POLL:
                decodeVenuePayload(event, false);
                break;
            case INTENT:
                event.decoded = DecodedKind.INTENT;
                break;
            case ACK:
                event.decoded = DecodedKind.ORDER_ACK;
                break;
            case CONTROL:
                event.decoded = DecodedKind.CONTROL;
                break;
        }
    }

    @Override
    public String fieldName(final int fieldId) {
        return BingxField.name(fieldId);
    }

    // ------------------------------------------------------------------------------------------------ payload

    /** Returns 0 when the slot now holds the inflated frame, else the inflater's error (raw bytes kept). */
    private int ingestGzip(final ByteBuffer src, final RingEvent event) {
        final int n = inflater.inflate(src, event.payload, 0, event.payload.length);
        if (n >= 0) {
            event.payloadLength = n;
            event.oversizePayload = null;
            event.compressed = false;
            return 0;
        }
        int error = n;
        if (n == GzipInflater.ERR_TOO_LARGE) {
            final byte[] whole = inflater.inflateToNewArray(src, maxInflatedBytes);
            if (whole != null) {
                event.oversizePayload = whole;
                event.payloadLength = 0;
                event.compressed = false;
                return 0;
            }
            error = inflater.lastError();
        }
        keepRaw(src, event);
        event.compressed = true;
        return error;
    }

    private static void keepRaw(final ByteBuffer src, final RingEvent event) {
        final int length = src.remaining();
        if (length <= event.payload.length) {
            src.get(src.position(), event.payload, 0, length);
            event.payloadLength = length;
            event.oversizePayload = null;
        } else {
            final byte[] whole = new byte[length];
            src.get(src.position(), whole, 0, length);
            event.oversizePayload = whole;
            event.payloadLength = 0;
        }
        event.compressed = false;
    }

    private void decodeVenuePayload(final RingEvent event, final boolean stream) {
        if (event.compressed) {
            final int error = reinflate(event);
            if (error != 0) {
                event.rejectAs(error == GzipInflater.ERR_TOO_LARGE
                    ? RejectReason.FRAME_TOO_LARGE : RejectReason.GZIP_CORRUPT, BingxField.NONE);
                return;
            }
        }
        if (event.isOversize()) {
            event.rejectAs(RejectReason.FRAME_TOO_LARGE, BingxField.NONE);
            return;
        }
        cur.reset(event.payload, 0, event.payloadLength);
        if (stream) {
            decodeFrame(event);
        } else {
            decodeRest(event);
        }
    }

    private int reinflate(final RingEvent event) {
        final byte[] raw = event.isOversize() ? event.oversizePayload : event.payload;
        final int length = event.isOversize() ? raw.length : event.payloadLength;
        if (scratch.length < length) {
            scratch = new byte[length];
            scratchBuffer = ByteBuffer.wrap(scratch);
        }
        System.arraycopy(raw, 0, scratch, 0, length);
        scratchBuffer.limit(length).position(0);
        return ingestGzip(scratchBuffer, event);
    }

    private void decodeNonObject(final RingEvent event, final boolean stream) {
        final int first = cur.peek();
        final int start = cur.position();
        final byte[] b = cur.buffer();
        if (first < 0) {
            malformed(event);
            return;
        }
        if (stream && cur.startsWith(PING)) {
            cur.seek(start + PING.length);
            if (cur.atEnd()) {
                event.decoded = DecodedKind.HEARTBEAT;
                return;
            }
            cur.seek(start);
        }
        if (cur.readValue() && cur.atEnd()) {
            event.rejectAs(RejectReason.NOT_AN_OBJECT, BingxField.NONE);
        } else if ((b[start] >= 'A' && b[start] <= 'Z') || (b[start] >= 'a' && b[start] <= 'z')) {
            event.rejectAs(RejectReason.TEXT_UNKNOWN, BingxField.NONE);
        } else {
            malformed(event);
        }
    }

    // ------------------------------------------------------------------------------------------------ stream

    private void decodeFrame(final RingEvent event) {
        if (cur.peek() != '{') {
            decodeNonObject(event, true);
            return;
        }
        int type = TYPE_ABSENT;
        int orderAt = -1;
        int accountAt = -1;
        int configAt = -1;
        boolean parsed = false;
        int r = cur.openObject();
        while (r > 0) {
            switch (cur.keyCode()) {
                case K_e:
                    if (!cur.readValue()) {
                        malformed(event);
                        return;
                    }
                    type = cur.tokenKind == JsonCursor.STRING ? eventType()
                        : cur.tokenKind == JsonCursor.NULL ? TYPE_ABSENT : TYPE_WRONG;
                    break;
                case K_E: {
                    if (!cur.readValue()) {
                        malformed(event);
                        return;
                    }
                    final int st = readLong(event, BingxField.E_TIME);
                    if (st == FAILED) {
                        return;
                    }
                    event.eventTimeMs = st == PRESENT ? number : 0;
                    break;
                }
                case K_o:
                    if (type == TYPE_ORDER) {
                        if (!parseOrder(event)) {
                            return;
                        }
                        parsed = true;
                    } else {
                        orderAt = cur.position();
                        if (!cur.skipValue()) {
                            malformed(event);
                            return;
                        }
                    }
                    break;
                case K_a:
                    if (type == TYPE_ACCOUNT) {
                        if (!parseAccount(event)) {
                            return;
                        }
                        parsed = true;
                    } else {
                        accountAt = cur.position();
                        if (!cur.skipValue()) {
                            malformed(event);
                            return;
                        }
                    }
                    break;
                case K_ac:
                    if (type == TYPE_CONFIG) {
                        if (!parseConfig(event)) {
                            return;
                        }
                        parsed = true;
                    } else {
                        configAt = cur.position();
                        if (!cur.skipValue()) {
                            malformed(event);
                            return;
                        }
                    }
                    break;
                default:
                    if (!cur.skipValue()) {
                        malformed(event);
                        return;
                    }
                    break;
            }
            r = cur.nextKey();
        }
        if (r < 0 || !cur.atEnd()) {
            malformed(event);
            return;
        }
        switch (type) {
            case TYPE_ABSENT:
                event.rejectAs(RejectReason.MISSING_EVENT_TYPE, BingxField.E_TYPE);
                return;
            case TYPE_WRONG:
                event.rejectAs(RejectReason.WRONG_TYPE, BingxField.E_TYPE);
                return;
            case TYPE_ORDER:
                if (parsed || parseLater(event, orderAt, BingxField.O) && parseOrder(event)) {
                    event.decoded = DecodedKind.ORDER_UPDATE;
                }
                return;
            case TYPE_ACCOUNT:
                if (parsed || parseLater(event, accountAt, BingxField.A) && parseAccount(event)) {
                    event.decoded = DecodedKind.ACCOUNT_UPDATE;
                }
                return;
            case TYPE_CONFIG:
                if (parsed || parseLater(event, configAt, BingxField.AC) && parseConfig(event)) {
                    event.decoded = DecodedKind.ACCOUNT_CONFIG;
                }
                return;
            case TYPE_SNAPSHOT:
                if (configAt >= 0) {
                    cur.seek(configAt);
                    if (parseConfig(event)) {
                        event.decoded = DecodedKind.CONFIG_SNAPSHOT;
                    }
                } else if (parseLater(event, accountAt, BingxField.AC) && parseAccount(event)) {
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

    private boolean parseLater(final RingEvent event, final int at, final int field) {
        if (at < 0) {
            return fail(event, RejectReason.MISSING_FIELD, field);
        }
        cur.seek(at);
        return true;
    }

    private int eventType() {
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (Ascii.equals(b, s, n, EV_ORDER_TRADE_UPDATE)) {
            return TYPE_ORDER;
        }
        if (Ascii.equals(b, s, n, EV_ACCOUNT_UPDATE)) {
            return TYPE_ACCOUNT;
        }
        if (Ascii.equals(b, s, n, EV_SNAPSHOT)) {
            return TYPE_SNAPSHOT;
        }
        if (Ascii.equals(b, s, n, EV_ACCOUNT_CONFIG_UPDATE)) {
            return TYPE_CONFIG;
        }
        if (Ascii.equals(b, s, n, EV_LISTEN_KEY_EXPIRED)) {
            return TYPE_LISTEN_KEY_EXPIRED;
        }
        return TYPE_OTHER;
    }

    private boolean parseOrder(final RingEvent event) {
        final OrderFields o = event.order;
        o.clear();
        int seen = 0;
        int r = openObject(event, BingxField.O);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.O);
        }
        while (r > 0) {
            final int key = cur.keyCode();
            if (!cur.readValue()) {
                return malformed(event);
            }
            int st = ABSENT;
            switch (key) {
                case K_s:
                    st = intern(event, symbols, BingxField.O_SYMBOL);
                    if (st == PRESENT) {
                        o.symbolId = (int) number;
                        seen |= REQ_SYMBOL;
                    }
                    break;
                case K_c:
                    st = clientId(event, o);
                    break;
                case K_i:
                    st = orderId(event, BingxField.O_ORDER_ID);
                    if (st == PRESENT) {
                        o.orderId = number;
                        seen |= REQ_ORDER_ID;
                    }
                    break;
                case K_S: {
                    final Side side = side(event, BingxField.O_SIDE);
                    if (side == null) {
                        return false;
                    }
                    o.side = side;
                    break;
                }
                case K_o: {
                    final OrderType type = orderType(event);
                    if (type == null) {
                        return false;
                    }
                    o.type = type;
                    break;
                }
                case K_q:
                    st = decimal(event, BingxField.O_QTY, false);
                    if (st == PRESENT) {
                        o.quantity = number;
                        seen |= REQ_QTY;
                    }
                    break;
                case K_p:
                    st = decimal(event, BingxField.O_PRICE, true);
                    if (st == PRESENT) {
                        o.price = number;
                        o.hasPrice = true;
                    }
                    break;
                case K_sp:
                    st = decimal(event, BingxField.O_STOP_PRICE, true);
                    if (st == PRESENT) {
                        o.stopPrice = number;
                    }
                    break;
                case K_ap:
                    st = decimal(event, BingxField.O_AVG_PRICE, false);
                    if (st == PRESENT) {
                        o.averagePrice = number;
                    }
                    break;
                case K_x: {
                    final ExecType exec = execType(event);
                    if (exec == null) {
                        return false;
                    }
                    o.execType = exec;
                    break;
                }
                case K_X: {
                    final OrderStatus status = status(event, BingxField.O_STATUS);
                    if (status == null) {
                        return false;
                    }
                    o.status = status;
                    if (status != OrderStatus.NONE) {
                        seen |= REQ_STATUS;
                    }
                    break;
                }
                case K_N:
                    st = intern(event, assets, BingxField.O_FEE_ASSET);
                    if (st == PRESENT) {
                        o.feeAssetId = (int) number;
                    }
                    break;
                case K_n:
                    st = decimal(event, BingxField.O_FEE, false);
                    if (st == PRESENT) {
                        o.fee = number;
                        o.hasFee = true;
                    }
                    break;
                case K_T:
                    st = readLong(event, BingxField.O_TRADE_TIME);
                    if (st == PRESENT) {
                        o.tradeTimeMs = number;
                    }
                    break;
                case K_ps: {
                    final PositionSide ps = positionSide(event, BingxField.O_POSITION_SIDE);
                    if (ps == null) {
                        return false;
                    }
                    o.positionSide = ps;
                    break;
                }
                case K_rp:
                    st = decimal(event, BingxField.O_REALIZED_PNL, false);
                    if (st == PRESENT) {
                        o.realizedPnl = number;
                    }
                    break;
                case K_z:
                    st = decimal(event, BingxField.O_CUM_QTY, false);
                    if (st == PRESENT) {
                        o.cumulativeQty = number;
                        seen |= REQ_CUM_QTY;
                    }
                    break;
                case K_l:
                    st = decimal(event, BingxField.O_LAST_QTY, true);
                    if (st == PRESENT) {
                        o.lastQty = number;
                        o.hasLastQty = true;
                    }
                    break;
                case K_L:
                    st = decimal(event, BingxField.O_LAST_PRICE, true);
                    if (st == PRESENT) {
                        o.lastPrice = number;
                        o.hasLastPrice = true;
                    }
                    break;
                case K_ro:
                    st = bool(event, BingxField.O_REDUCE_ONLY);
                    if (st == PRESENT) {
                        o.reduceOnly = number != 0;
                    }
                    break;
                default:
                    break;
            }
            if (st == FAILED) {
                return false;
            }
            r = cur.nextKey();
        }
        if (r < 0) {
            return failedInside(event);
        }
        return required(event, seen, REQ_SYMBOL, BingxField.O_SYMBOL)
            && required(event, seen, REQ_ORDER_ID, BingxField.O_ORDER_ID)
            && required(event, seen, REQ_STATUS, BingxField.O_STATUS)
            && required(event, seen, REQ_CUM_QTY, BingxField.O_CUM_QTY)
            && required(event, seen, REQ_QTY, BingxField.O_QTY);
    }

    private boolean parseAccount(final RingEvent event) {
        final BalanceFields balance = event.balance;
        balance.clear();
        event.positions.clear();
        int r = openObject(event, BingxField.A);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.A);
        }
        while (r > 0) {
            switch (cur.keyCode()) {
                case K_m:
                    if (!cur.readValue()) {
                        return malformed(event);
                    }
                    if (!reason(event, balance)) {
                        return false;
                    }
                    break;
                case K_B:
                    if (!parseStreamBalances(event, balance)) {
                        return false;
                    }
                    break;
                case K_P:
                    if (!parseStreamPositions(event)) {
                        return false;
                    }
                    break;
                default:
                    if (!cur.skipValue()) {
                        return malformed(event);
                    }
                    break;
            }
            r = cur.nextKey();
        }
        return r == 0 || failedInside(event);
    }

    private boolean reason(final RingEvent event, final BalanceFields balance) {
        final int st = string(event, BingxField.A_REASON);
        if (st != PRESENT) {
            return st == ABSENT;
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (Ascii.equals(b, s, n, R_ORDER)) {
            balance.reason = BalanceReason.ORDER;
        } else if (Ascii.equals(b, s, n, R_FUNDING_FEE)) {
            balance.reason = BalanceReason.FUNDING_FEE;
        } else if (Ascii.equals(b, s, n, R_DEPOSIT)) {
            balance.reason = BalanceReason.DEPOSIT;
        } else if (Ascii.equals(b, s, n, R_WITHDRAW)) {
            balance.reason = BalanceReason.WITHDRAW;
        } else if (Ascii.equals(b, s, n, R_ASSET_TRANSFER)) {
            balance.reason = BalanceReason.ASSET_TRANSFER;
        } else {
            balance.reason = BalanceReason.OTHER_TRANSFER;
        }
        return true;
    }

    /** {@code a.B}: only the USDT row is read; other assets are validated as JSON and otherwise ignored. */
    private boolean parseStreamBalances(final RingEvent event, final BalanceFields balance) {
        int r = openArray(event, BingxField.A_BALANCES);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            clearTokens();
            int k = openObject(event, BingxField.A_BALANCES);
            if (k == NULL_CONTAINER) {
                return fail(event, RejectReason.WRONG_TYPE, BingxField.A_BALANCES);
            }
            while (k > 0) {
                final int key = cur.keyCode();
                if (!cur.readValue()) {
                    return malformed(event);
                }
                switch (key) {
                    case K_a:
                        keepToken(T_ASSET);
                        break;
                    case K_wb:
                        keepToken(T_WALLET);
                        break;
                    case K_cw:
                        keepToken(T_CROSS_WALLET);
                        break;
                    case K_bc:
                        keepToken(T_CHANGE);
                        break;
                    default:
                        break;
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return failedInside(event);
            }
            final int usdt = settlementRow(event, BingxField.A_B_ASSET);
            if (usdt < 0) {
                return false;
            }
            if (usdt > 0) {
                balance.assetId = usdt;
                balance.present = true;
                if (!loadDecimal(event, T_WALLET, BingxField.A_B_WALLET, true)) {
                    return false;
                }
                balance.walletBalance = number;
                int st = loadOptionalDecimal(event, T_CROSS_WALLET, BingxField.A_B_CROSS_WALLET);
                if (st == FAILED) {
                    return false;
                }
                balance.hasCrossWallet = st == PRESENT;
                balance.crossWallet = st == PRESENT ? number : 0;
                st = loadOptionalDecimal(event, T_CHANGE, BingxField.A_B_CHANGE);
                if (st == FAILED) {
                    return false;
                }
                balance.hasBalanceChange = st == PRESENT;
                balance.balanceChange = st == PRESENT ? number : 0;
            }
            r = cur.nextElement();
        }
        return r == 0 || failedInside(event);
    }

    private boolean parseStreamPositions(final RingEvent event) {
        final PositionTable table = event.positions;
        int r = openArray(event, BingxField.A_POSITIONS);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            final int i = table.add();
            if (i < 0) {
                return fail(event, RejectReason.TOO_MANY_ENTRIES, BingxField.A_POSITIONS);
            }
            int seen = 0;
            int k = openObject(event, BingxField.A_POSITIONS);
            if (k == NULL_CONTAINER) {
                return fail(event, RejectReason.WRONG_TYPE, BingxField.A_POSITIONS);
            }
            while (k > 0) {
                final int key = cur.keyCode();
                if (!cur.readValue()) {
                    return malformed(event);
                }
                int st = ABSENT;
                switch (key) {
                    case K_s:
                        st = intern(event, symbols, BingxField.A_P_SYMBOL);
                        if (st == PRESENT) {
                            table.symbolId[i] = (int) number;
                            seen |= REQ_SYMBOL;
                        }
                        break;
                    case K_pa:
                        st = decimal(event, BingxField.A_P_AMOUNT, false);
                        if (st == PRESENT) {
                            table.size[i] = number;
                            seen |= REQ_AMOUNT;
                        }
                        break;
                    case K_ep:
                        st = decimal(event, BingxField.A_P_ENTRY, false);
                        table.entryPrice[i] = st == PRESENT ? number : 0;
                        break;
                    case K_up:
                        st = decimal(event, BingxField.A_P_UNREALIZED, false);
                        table.unrealizedPnl[i] = st == PRESENT ? number : 0;
                        break;
                    case K_iw:
                        st = decimal(event, BingxField.A_P_ISOLATED_WALLET, false);
                        table.isolatedMargin[i] = st == PRESENT ? number : 0;
                        break;
                    case K_cr:
                        st = decimal(event, BingxField.A_P_REALIZED, false);
                        table.realizedPnl[i] = st == PRESENT ? number : 0;
                        break;
                    case K_mt: {
                        final MarginMode mode = marginMode(event, BingxField.A_P_MARGIN_TYPE);
                        if (mode == null) {
                            return false;
                        }
                        table.marginMode[i] = mode;
                        break;
                    }
                    case K_ps: {
                        final PositionSide side = positionSide(event, BingxField.A_P_SIDE);
                        if (side == null) {
                            return false;
                        }
                        table.side[i] = side;
                        break;
                    }
                    default:
                        break;
                }
                if (st == FAILED) {
                    return false;
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return failedInside(event);
            }
            if (!required(event, seen, REQ_SYMBOL, BingxField.A_P_SYMBOL)
                || !required(event, seen, REQ_AMOUNT, BingxField.A_P_AMOUNT)) {
                return false;
            }
            applyPositionSign(table, i);
            r = cur.nextElement();
        }
        return r == 0 || failedInside(event);
    }

    /**
     * BingX sends hedge-mode sizes unsigned with {@code ps} giving the side; Binance signs them. Either way a
     * LONG or SHORT row keeps the magnitude, and a BOTH row (one-way mode, also assumed when {@code ps} is
     * absent) keeps the sign.
     */
    private static void applyPositionSign(final PositionTable table, final int i) {
        if (table.side[i] == PositionSide.NONE) {
            table.side[i] = PositionSide.BOTH;
        }
        if (table.side[i] != PositionSide.BOTH) {
            table.size[i] = Math.abs(table.size[i]);
        }
    }

    private boolean parseConfig(final RingEvent event) {
        final LeverageFields leverage = event.leverage;
        leverage.clear();
        boolean hasSymbol = false;
        int r = openObject(event, BingxField.AC);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.AC);
        }
        while (r > 0) {
            final int key = cur.keyCode();
            if (!cur.readValue()) {
                return malformed(event);
            }
            int st = ABSENT;
            switch (key) {
                case K_s:
                    st = intern(event, symbols, BingxField.AC_SYMBOL);
                    if (st == PRESENT) {
                        leverage.symbolId = (int) number;
                        hasSymbol = true;
                    }
                    break;
                case K_l:
                    st = readInt(event, BingxField.AC_LONG_LEVERAGE);
                    leverage.longLeverage = st == PRESENT ? (int) number : 0;
                    break;
                case K_S:
                    st = readInt(event, BingxField.AC_SHORT_LEVERAGE);
                    leverage.shortLeverage = st == PRESENT ? (int) number : 0;
                    break;
                case K_mt: {
                    final MarginMode mode = marginMode(event, BingxField.AC_MARGIN_TYPE);
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
            return failedInside(event);
        }
        return hasSymbol || fail(event, RejectReason.MISSING_FIELD, BingxField.AC_SYMBOL);
    }

    // ------------------------------------------------------------------------------------------------ REST

    private void decodeRest(final RingEvent event) {
        if (cur.peek() != '{') {
            decodeNonObject(event, false);
            return;
        }
        boolean hasCode = false;
        long code = 0;
        int dataAt = -1;
        int r = cur.openObject();
        while (r > 0) {
            if (cur.keyIs(K_CODE)) {
                if (!cur.readValue()) {
                    malformed(event);
                    return;
                }
                final int st = readSignedInt(event, BingxField.R_CODE);
                if (st == FAILED) {
                    return;
                }
                hasCode = st == PRESENT;
                code = number;
            } else if (cur.keyIs(K_DATA)) {
                dataAt = cur.position();
                if (!cur.skipValue()) {
                    malformed(event);
                    return;
                }
            } else if (!cur.skipValue()) {
                malformed(event);
                return;
            }
            r = cur.nextKey();
        }
        if (r < 0 || !cur.atEnd()) {
            malformed(event);
            return;
        }
        if (!hasCode) {
            event.rejectAs(RejectReason.MISSING_FIELD, BingxField.R_CODE);
            return;
        }
        if (code != 0) {
            event.rejectAs(RejectReason.REST_ERROR, (int) code);
            return;
        }
        switch (event.topic) {
            case BALANCE:
                if (parseLater(event, dataAt, BingxField.R_DATA) && parseRestBalance(event)) {
                    event.decoded = DecodedKind.BALANCE_SNAPSHOT;
                }
                return;
            case POSITIONS:
                if (parseLater(event, dataAt, BingxField.R_DATA) && parseRestPositions(event)) {
                    event.decoded = DecodedKind.POSITIONS_SNAPSHOT;
                }
                return;
            case OPEN_ORDERS:
                if (parseLater(event, dataAt, BingxField.R_DATA) && parseRestOpenOrders(event)) {
                    event.decoded = DecodedKind.OPEN_ORDERS_SNAPSHOT;
                }
                return;
            default:
                event.decoded = DecodedKind.UNKNOWN_EVENT;
        }
    }

    /** v3 balance: {@code data} is an array with one row per margin asset; the USDT row is the account's. */
    private boolean parseRestBalance(final RingEvent event) {
        final BalanceFields balance = event.balance;
        int r = openArray(event, BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            clearTokens();
            int k = openObject(event, BingxField.R_DATA);
            if (k == NULL_CONTAINER) {
                return fail(event, RejectReason.WRONG_TYPE, BingxField.R_DATA);
            }
            while (k > 0) {
                if (!cur.readValue()) {
                    return malformed(event);
                }
                if (cur.keyIs(K_ASSET)) {
                    keepToken(T_ASSET);
                } else if (cur.keyIs(K_BALANCE)) {
                    keepToken(T_WALLET);
                } else if (cur.keyIs(K_EQUITY)) {
                    keepToken(T_EQUITY);
                } else if (cur.keyIs(K_AVAILABLE_MARGIN)) {
                    keepToken(T_AVAILABLE);
                } else if (cur.keyIs(K_USED_MARGIN)) {
                    keepToken(T_USED);
                } else if (cur.keyIs(K_UNREALIZED_PROFIT)) {
                    keepToken(T_UNREALIZED);
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return failedInside(event);
            }
            final int usdt = settlementRow(event, BingxField.R_ASSET);
            if (usdt < 0) {
                return false;
            }
            if (usdt > 0) {
                balance.assetId = usdt;
                balance.present = true;
                if (!loadDecimal(event, T_WALLET, BingxField.R_BALANCE, true)) {
                    return false;
                }
                balance.walletBalance = number;
                int st = loadOptionalDecimal(event, T_EQUITY, BingxField.R_EQUITY);
                if (st == FAILED) {
                    return false;
                }
                balance.hasEquity = st == PRESENT;
                balance.equity = st == PRESENT ? number : 0;
                st = loadOptionalDecimal(event, T_AVAILABLE, BingxField.R_AVAILABLE_MARGIN);
                if (st == FAILED) {
                    return false;
                }
                balance.hasAvailableMargin = st == PRESENT;
                balance.availableMargin = st == PRESENT ? number : 0;
                st = loadOptionalDecimal(event, T_USED, BingxField.R_USED_MARGIN);
                if (st == FAILED) {
                    return false;
                }
                balance.hasUsedMargin = st == PRESENT;
                balance.usedMargin = st == PRESENT ? number : 0;
                st = loadOptionalDecimal(event, T_UNREALIZED, BingxField.R_UNREALIZED);
                if (st == FAILED) {
                    return false;
                }
                balance.hasUnrealizedPnl = st == PRESENT;
                balance.unrealizedPnl = st == PRESENT ? number : 0;
            }
            r = cur.nextElement();
        }
        return r == 0 || failedInside(event);
    }

    private boolean parseRestPositions(final RingEvent event) {
        final PositionTable table = event.positions;
        int r = openArray(event, BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            final int i = table.add();
            if (i < 0) {
                return fail(event, RejectReason.TOO_MANY_ENTRIES, BingxField.R_DATA);
            }
            int seen = 0;
            int k = openObject(event, BingxField.R_DATA);
            if (k == NULL_CONTAINER) {
                return fail(event, RejectReason.WRONG_TYPE, BingxField.R_DATA);
            }
            while (k > 0) {
                if (!cur.readValue()) {
                    return malformed(event);
                }
                int st = ABSENT;
                if (cur.keyIs(K_SYMBOL)) {
                    st = intern(event, symbols, BingxField.R_SYMBOL);
                    if (st == PRESENT) {
                        table.symbolId[i] = (int) number;
                        seen |= REQ_SYMBOL;
                    }
                } else if (cur.keyIs(K_POSITION_SIDE)) {
                    final PositionSide side = positionSide(event, BingxField.R_POSITION_SIDE);
                    if (side == null) {
                        return false;
                    }
                    table.side[i] = side;
                } else if (cur.keyIs(K_POSITION_AMT)) {
                    st = decimal(event, BingxField.R_POSITION_AMT, false);
                    if (st == PRESENT) {
                        table.size[i] = number;
                        seen |= REQ_AMOUNT;
                    }
                } else if (cur.keyIs(K_AVG_PRICE)) {
                    st = decimal(event, BingxField.R_AVG_PRICE, false);
                    table.entryPrice[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_MARK_PRICE)) {
                    st = decimal(event, BingxField.R_MARK_PRICE, false);
                    table.hasMarkPrice[i] = st == PRESENT;
                    table.markPrice[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_UNREALIZED_PROFIT)) {
                    st = decimal(event, BingxField.R_UNREALIZED, false);
                    table.unrealizedPnl[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_REALISED_PROFIT)) {
                    st = decimal(event, BingxField.R_REALISED, false);
                    table.realizedPnl[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_LEVERAGE)) {
                    st = readInt(event, BingxField.R_LEVERAGE);
                    table.leverage[i] = st == PRESENT ? (int) number : 0;
                } else if (cur.keyIs(K_ISOLATED)) {
                    st = bool(event, BingxField.R_ISOLATED);
                    if (st == PRESENT) {
                        table.marginMode[i] = number != 0 ? MarginMode.ISOLATED : MarginMode.CROSS;
                    }
                }
                if (st == FAILED) {
                    return false;
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return failedInside(event);
            }
            if (!required(event, seen, REQ_SYMBOL, BingxField.R_SYMBOL)
                || !required(event, seen, REQ_AMOUNT, BingxField.R_POSITION_AMT)) {
                return false;
            }
            applyPositionSign(table, i);
            r = cur.nextElement();
        }
        return r == 0 || failedInside(event);
    }

    /** v2 open orders: {@code data.orders[]}; {@code PENDING} is NEW, a {@code ""} price is 0. */
    private boolean parseRestOpenOrders(final RingEvent event) {
        int r = openObject(event, BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return fail(event, RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            if (cur.keyIs(K_ORDERS)) {
                if (!parseRestOrderRows(event)) {
                    return false;
                }
            } else if (!cur.skipValue()) {
                return malformed(event);
            }
            r = cur.nextKey();
        }
        return r == 0 || failedInside(event);
    }

    private boolean parseRestOrderRows(final RingEvent event) {
        final OpenOrderTable table = event.openOrders;
        int r = openArray(event, BingxField.R_ORDERS);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            final int i = table.add();
            if (i < 0) {
                return fail(event, RejectReason.TOO_MANY_ENTRIES, BingxField.R_ORDERS);
            }
            int seen = 0;
            int k = openObject(event, BingxField.R_ORDERS);
            if (k == NULL_CONTAINER) {
                return fail(event, RejectReason.WRONG_TYPE, BingxField.R_ORDERS);
            }
            while (k > 0) {
                if (!cur.readValue()) {
                    return malformed(event);
                }
                int st = ABSENT;
                if (cur.keyIs(K_ORDER_ID)) {
                    st = orderId(event, BingxField.R_ORDER_ID);
                    if (st == PRESENT) {
                        table.orderId[i] = number;
                        seen |= REQ_ORDER_ID;
                    }
                } else if (cur.keyIs(K_SYMBOL)) {
                    st = intern(event, symbols, BingxField.R_ORDER_SYMBOL);
                    if (st == PRESENT) {
                        table.symbolId[i] = (int) number;
                        seen |= REQ_SYMBOL;
                    }
                } else if (cur.keyIs(K_SIDE)) {
                    final Side side = side(event, BingxField.R_SIDE);
                    if (side == null) {
                        return false;
                    }
                    table.side[i] = side;
                    if (side != Side.NONE) {
                        seen |= REQ_SIDE;
                    }
                } else if (cur.keyIs(K_POSITION_SIDE)) {
                    final PositionSide side = positionSide(event, BingxField.R_ORDER_POSITION_SIDE);
                    if (side == null) {
                        return false;
                    }
                    table.positionSide[i] = side;
                } else if (cur.keyIs(K_ORIG_QTY)) {
                    st = decimal(event, BingxField.R_ORIG_QTY, false);
                    if (st == PRESENT) {
                        table.quantity[i] = number;
                        seen |= REQ_QTY;
                    }
                } else if (cur.keyIs(K_PRICE)) {
                    st = decimal(event, BingxField.R_PRICE, true);
                    table.price[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_EXECUTED_QTY)) {
                    st = decimal(event, BingxField.R_EXECUTED_QTY, false);
                    table.cumulativeQty[i] = st == PRESENT ? number : 0;
                } else if (cur.keyIs(K_STATUS)) {
                    final OrderStatus status = status(event, BingxField.R_STATUS);
                    if (status == null) {
                        return false;
                    }
                    table.status[i] = status;
                }
                if (st == FAILED) {
                    return false;
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return failedInside(event);
            }
            if (!required(event, seen, REQ_ORDER_ID, BingxField.R_ORDER_ID)
                || !required(event, seen, REQ_SYMBOL, BingxField.R_ORDER_SYMBOL)
                || !required(event, seen, REQ_SIDE, BingxField.R_SIDE)
                || !required(event, seen, REQ_QTY, BingxField.R_ORIG_QTY)) {
                return false;
            }
            r = cur.nextElement();
        }
        return r == 0 || failedInside(event);
    }

    // ------------------------------------------------------------------------------------------------ structure

    /**
     * Opens the object at the cursor: 1 (a key was read), 0 (empty), {@link #NULL_CONTAINER} for {@code null}
     * (consumed), or -1 with the slot rejected (malformed, or another JSON type).
     */
    private int openObject(final RingEvent event, final int field) {
        if (cur.peek() == '{') {
            final int r = cur.openObject();
            if (r < 0) {
                malformed(event);
            }
            return r;
        }
        return notContainer(event, field);
    }

    private int openArray(final RingEvent event, final int field) {
        if (cur.peek() == '[') {
            final int r = cur.openArray();
            if (r < 0) {
                malformed(event);
            }
            return r;
        }
        return notContainer(event, field);
    }

    private int notContainer(final RingEvent event, final int field) {
        if (!cur.readValue()) {
            malformed(event);
            return -1;
        }
        if (cur.tokenKind == JsonCursor.NULL) {
            return NULL_CONTAINER;
        }
        fail(event, RejectReason.WRONG_TYPE, field);
        return -1;
    }

    /**
     * After a loop over an object or array ended with a negative result: the slot is rejected already (a value
     * inside was wrong, or the container had the wrong type), or else the structure itself is malformed.
     */
    private boolean failedInside(final RingEvent event) {
        if (event.decoded == DecodedKind.REJECTED) {
            return false;
        }
        return malformed(event);
    }

    private boolean malformed(final RingEvent event) {
        event.rejectAs(RejectReason.MALFORMED_JSON, BingxField.NONE);
        return false;
    }

    private static boolean fail(final RingEvent event, final RejectReason reason, final int field) {
        event.rejectAs(reason, field);
        return false;
    }

    private static boolean required(final RingEvent event, final int seen, final int bit, final int field) {
        return (seen & bit) != 0 || fail(event, RejectReason.MISSING_FIELD, field);
    }

    private void clearTokens() {
        for (int i = 0; i < TOKEN_SLOTS; i++) {
            tokenKind[i] = 0;
        }
    }

    private void keepToken(final int slot) {
        tokenKind[slot] = cur.tokenKind;
        tokenStart[slot] = cur.tokenStart;
        tokenLength[slot] = cur.tokenLength;
    }

    private boolean loadToken(final int slot) {
        if (tokenKind[slot] == 0) {
            return false;
        }
        cur.loadToken(tokenKind[slot], tokenStart[slot], tokenLength[slot]);
        return true;
    }

    /** Returns the interned USDT id when the row's asset is USDT, 0 for another asset, -1 when rejected. */
    private int settlementRow(final RingEvent event, final int field) {
        if (!loadToken(T_ASSET)) {
            fail(event, RejectReason.MISSING_FIELD, field);
            return -1;
        }
        final int st = string(event, field);
        if (st == FAILED) {
            return -1;
        }
        if (st == ABSENT) {
            fail(event, RejectReason.MISSING_FIELD, field);
            return -1;
        }
        if (!cur.tokenIs(USDT)) {
            return 0;
        }
        final int id = assets.intern(cur.buffer(), cur.tokenStart, cur.tokenLength);
        if (id < 0) {
            fail(event, RejectReason.TOO_MANY_ENTRIES, field);
        }
        return id;
    }

    private boolean loadDecimal(final RingEvent event, final int slot, final int field, final boolean required) {
        final int st = loadOptionalDecimal(event, slot, field);
        if (st == ABSENT && required) {
            return fail(event, RejectReason.MISSING_FIELD, field);
        }
        return st != FAILED;
    }

    private int loadOptionalDecimal(final RingEvent event, final int slot, final int field) {
        return loadToken(slot) ? decimal(event, field, false) : ABSENT;
    }

    // ------------------------------------------------------------------------------------------------ values

    /** The current token as a string: PRESENT, ABSENT for {@code null}, or FAILED (WRONG_TYPE). */
    private int string(final RingEvent event, final int field) {
        if (cur.tokenKind == JsonCursor.STRING) {
            return PRESENT;
        }
        if (cur.tokenKind == JsonCursor.NULL) {
            return ABSENT;
        }
        fail(event, RejectReason.WRONG_TYPE, field);
        return FAILED;
    }

    /** A decimal string or JSON number into 1e-8 units. */
    private int decimal(final RingEvent event, final int field, final boolean emptyIsAbsent) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            fail(event, RejectReason.WRONG_TYPE, field);
            return FAILED;
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (n == 0) {
            if (emptyIsAbsent) {
                return ABSENT;
            }
            fail(event, RejectReason.NUMBER_EMPTY, field);
            return FAILED;
        }
        final long v = FixedPoint.parse(b, s, n);
        if (v == FixedPoint.INVALID) {
            fail(event, numberError(FixedPoint.error(b, s, n)), field);
            return FAILED;
        }
        number = v;
        return PRESENT;
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
    private int readLong(final RingEvent event, final int field) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            fail(event, RejectReason.WRONG_TYPE, field);
            return FAILED;
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (n == 0) {
            fail(event, RejectReason.NUMBER_EMPTY, field);
            return FAILED;
        }
        final long v = FixedPoint.parseUnsignedLong(b, s, n);
        if (v < 0) {
            fail(event, integerError(b, s, n), field);
            return FAILED;
        }
        number = v;
        return PRESENT;
    }

    private int readInt(final RingEvent event, final int field) {
        final int st = readLong(event, field);
        if (st == PRESENT && number > Integer.MAX_VALUE) {
            fail(event, RejectReason.NUMBER_OVERFLOW, field);
            return FAILED;
        }
        return st;
    }

    /** A signed int (the REST {@code code}). */
    private int readSignedInt(final RingEvent event, final int field) {
        if (cur.tokenKind == JsonCursor.NULL) {
            return ABSENT;
        }
        final boolean negative = cur.tokenLength > 1 && cur.buffer()[cur.tokenStart] == '-';
        if (negative) {
            cur.loadToken(cur.tokenKind, cur.tokenStart + 1, cur.tokenLength - 1);
        }
        final int st = readInt(event, field);
        if (negative) {
            number = -number;
        }
        return st;
    }

    private static RejectReason integerError(final byte[] b, final int s, final int n) {
        boolean digits = true;
        for (int i = s; i < s + n; i++) {
            final byte c = b[i];
            if (c == 'e' || c == 'E') {
                return RejectReason.NUMBER_EXPONENT;
            }
            digits &= c >= '0' && c <= '9';
        }
        return digits ? RejectReason.NUMBER_OVERFLOW : RejectReason.NUMBER_NOT_DECIMAL;
    }

    /** An order id, number or string, possibly above 2^53; all digits but beyond int64 is ORDER_ID_OVERFLOW. */
    private int orderId(final RingEvent event, final int field) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            fail(event, RejectReason.WRONG_TYPE, field);
            return FAILED;
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        boolean digits = n > 0;
        for (int i = s; i < s + n && digits; i++) {
            digits = b[i] >= '0' && b[i] <= '9';
        }
        if (!digits) {
            fail(event, RejectReason.ORDER_ID_INVALID, field);
            return FAILED;
        }
        final long v = FixedPoint.parseUnsignedLong(b, s, n);
        if (v < 0) {
            fail(event, RejectReason.ORDER_ID_OVERFLOW, field);
            return FAILED;
        }
        number = v;
        return PRESENT;
    }

    private int bool(final RingEvent event, final int field) {
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
                    number = cur.tokenLength == 4 ? 1 : 0;
                    return PRESENT;
                }
                fail(event, RejectReason.ENUM_UNKNOWN, field);
                return FAILED;
            default:
                fail(event, RejectReason.WRONG_TYPE, field);
                return FAILED;
        }
    }

    /** Interns a symbol or asset name into {@link #number}; {@code ""} counts as absent. */
    private int intern(final RingEvent event, final SymbolTable table, final int field) {
        final int st = string(event, field);
        if (st != PRESENT || cur.tokenLength == 0) {
            return st == FAILED ? FAILED : ABSENT;
        }
        final int id = table.intern(cur.buffer(), cur.tokenStart, cur.tokenLength);
        if (id < 0) {
            fail(event, RejectReason.TOO_MANY_ENTRIES, field);
            return FAILED;
        }
        number = id;
        return PRESENT;
    }

    private int clientId(final RingEvent event, final OrderFields o) {
        final int st = string(event, BingxField.O_CLIENT_ID);
        if (st != PRESENT) {
            return st;
        }
        final int n = cur.tokenLength;
        if (n > OrderFields.CLIENT_ID_CAPACITY) {
            fail(event, RejectReason.STRING_TOO_LONG, BingxField.O_CLIENT_ID);
            return FAILED;
        }
        System.arraycopy(cur.buffer(), cur.tokenStart, o.clientOrderId, 0, n);
        o.clientOrderIdLength = n;
        return PRESENT;
    }

    /** Enum readers return the constant, NONE for {@code null}, or null when the slot was rejected. */
    private Side side(final RingEvent event, final int field) {
        final int st = string(event, field);
        if (st != PRESENT) {
            return st == ABSENT ? Side.NONE : null;
        }
        if (is(BUY)) {
            return Side.BUY;
        }
        if (is(SELL)) {
            return Side.SELL;
        }
        fail(event, RejectReason.ENUM_UNKNOWN, field);
        return null;
    }

    private PositionSide positionSide(final RingEvent event, final int field) {
        final int st = string(event, field);
        if (st != PRESENT) {
            return st == ABSENT ? PositionSide.NONE : null;
        }
        if (is(LONG)) {
            return PositionSide.LONG;
        }
        if (is(SHORT)) {
            return PositionSide.SHORT;
        }
        if (is(BOTH)) {
            return PositionSide.BOTH;
        }
        fail(event, RejectReason.ENUM_UNKNOWN, field);
        return null;
    }

    private MarginMode marginMode(final RingEvent event, final int field) {
        final int st = string(event, field);
        if (st != PRESENT) {
            return st == ABSENT ? MarginMode.NONE : null;
        }
        if (is(ISOLATED)) {
            return MarginMode.ISOLATED;
        }
        if (is(CROSS) || is(CROSSED)) {
            return MarginMode.CROSS;
        }
        fail(event, RejectReason.ENUM_UNKNOWN, field);
        return null;
    }

    private OrderStatus status(final RingEvent event, final int field) {
        final int st = string(event, field);
        if (st != PRESENT) {
            return st == ABSENT ? OrderStatus.NONE : null;
        }
        if (is(FILLED)) {
            return OrderStatus.FILLED;
        }
        if (is(NEW) || is(PENDING)) {
            return OrderStatus.NEW;
        }
        if (is(PARTIALLY_FILLED)) {
            return OrderStatus.PARTIALLY_FILLED;
        }
        if (is(CANCELED) || is(CANCELLED)) {
            return OrderStatus.CANCELED;
        }
        if (is(EXPIRED)) {
            return OrderStatus.EXPIRED;
        }
        if (is(REJECTED)) {
            return OrderStatus.REJECTED;
        }
        return OrderStatus.OTHER;
    }

    private ExecType execType(final RingEvent event) {
        final int st = string(event, BingxField.O_EXEC_TYPE);
        if (st != PRESENT) {
            return st == ABSENT ? ExecType.NONE : null;
        }
        if (is(TRADE)) {
            return ExecType.TRADE;
        }
        if (is(NEW)) {
            return ExecType.NEW;
        }
        if (is(CANCELED) || is(CANCELLED)) {
            return ExecType.CANCELED;
        }
        if (is(EXPIRED)) {
            return ExecType.EXPIRED;
        }
        if (is(CALCULATED)) {
            return ExecType.CALCULATED;
        }
        return ExecType.OTHER;
    }

    private OrderType orderType(final RingEvent event) {
        final int st = string(event, BingxField.O_TYPE);
        if (st != PRESENT) {
            return st == ABSENT ? OrderType.NONE : null;
        }
        if (is(MARKET)) {
            return OrderType.MARKET;
        }
        if (is(LIMIT)) {
            return OrderType.LIMIT;
        }
        if (is(TRIGGER_MARKET)) {
            return OrderType.TRIGGER_MARKET;
        }
        if (is(TRIGGER_LIMIT)) {
            return OrderType.TRIGGER_LIMIT;
        }
        if (is(STOP_MARKET)) {
            return OrderType.STOP_MARKET;
        }
        if (is(TAKE_PROFIT_MARKET)) {
            return OrderType.TAKE_PROFIT_MARKET;
        }
        if (is(STOP)) {
            return OrderType.STOP;
        }
        if (is(TAKE_PROFIT)) {
            return OrderType.TAKE_PROFIT;
        }
        if (is(TRAILING_STOP_MARKET)) {
            return OrderType.TRAILING_STOP_MARKET;
        }
        if (is(TRAILING_TP_SL)) {
            return OrderType.TRAILING_TP_SL;
        }
        if (is(LIQUIDATION)) {
            return OrderType.LIQUIDATION;
        }
        return OrderType.OTHER;
    }

    /** The current string token equals an upper-case venue word, ignoring case (inverse REST sends "Long"). */
    private boolean is(final byte[] upperWord) {
        return Ascii.equalsIgnoreCase(cur.buffer(), cur.tokenStart, cur.tokenLength, upperWord);
    }
}
