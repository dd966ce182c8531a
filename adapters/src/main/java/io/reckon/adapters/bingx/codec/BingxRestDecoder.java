package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceFields;
import io.reckon.engine.num.Mix64;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OpenOrderTable;
import io.reckon.engine.ring.OrderHistoryTable;
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
 * Decodes a BingX REST body (the reader stands on its opening brace) by {@link RingEvent#topic}:
 * {@code GET /openApi/swap/v3/user/balance}, {@code GET /openApi/swap/v2/user/positions},
 * {@code GET /openApi/swap/v2/trade/openOrders}, {@code GET /openApi/swap/v2/trade/allOrders} (coincise
 * {@code docs/bingx/usdt_futures/trading/query_order_history.md}) and {@code GET /openApi/swap/v2/user/income}
 * ({@code account/get_account_profit_and_loss_fund_flow.md}); other topics are checked for the envelope and come out
 * as {@link DecodedKind#UNKNOWN_EVENT}.
 *
 * <p>The envelope is {@code {code,msg,data}} in any order: {@code data} is remembered and read only once
 * {@code code} is known to be 0. Keys are long here, so they are matched by bytes (REST is polled, not streamed).
 */
final class BingxRestDecoder {
    private static final int ROWS_OPEN_ORDERS = 0;
    private static final int ROWS_HISTORY = 1;
    private static final int ROWS_INCOME = 2;

    /** The table {@link #rows} fills, set by the caller just before (the slot's own pre-allocated table). */
    private OpenOrderTable openOrderRows;
    private OrderHistoryTable historyRows;
    private IncomeTable incomeRows;

    private static final byte[] CODE = Ascii.bytes("code");
    private static final byte[] DATA = Ascii.bytes("data");
    private static final byte[] ASSET = Ascii.bytes("asset");
    private static final byte[] BALANCE = Ascii.bytes("balance");
    private static final byte[] EQUITY = Ascii.bytes("equity");
    private static final byte[] AVAILABLE_MARGIN = Ascii.bytes("availableMargin");
    private static final byte[] USED_MARGIN = Ascii.bytes("usedMargin");
    private static final byte[] UNREALIZED_PROFIT = Ascii.bytes("unrealizedProfit");
    private static final byte[] SYMBOL = Ascii.bytes("symbol");
    private static final byte[] POSITION_SIDE = Ascii.bytes("positionSide");
    private static final byte[] POSITION_AMT = Ascii.bytes("positionAmt");
    private static final byte[] AVG_PRICE = Ascii.bytes("avgPrice");
    private static final byte[] MARK_PRICE = Ascii.bytes("markPrice");
    private static final byte[] REALISED_PROFIT = Ascii.bytes("realisedProfit");
    private static final byte[] LEVERAGE = Ascii.bytes("leverage");
    private static final byte[] ISOLATED = Ascii.bytes("isolated");
    private static final byte[] ORDERS = Ascii.bytes("orders");
    private static final byte[] ORDER_ID = Ascii.bytes("orderId");
    private static final byte[] SIDE = Ascii.bytes("side");
    private static final byte[] ORIG_QTY = Ascii.bytes("origQty");
    private static final byte[] PRICE = Ascii.bytes("price");
    private static final byte[] EXECUTED_QTY = Ascii.bytes("executedQty");
    private static final byte[] STATUS = Ascii.bytes("status");
    private static final byte[] TYPE = Ascii.bytes("type");
    private static final byte[] COMMISSION = Ascii.bytes("commission");
    private static final byte[] PROFIT = Ascii.bytes("profit");
    private static final byte[] UPDATE_TIME = Ascii.bytes("updateTime");
    private static final byte[] CLIENT_ORDER_ID = Ascii.bytes("clientOrderId");
    private static final byte[] INCOME_TYPE = Ascii.bytes("incomeType");
    private static final byte[] INCOME = Ascii.bytes("income");
    private static final byte[] TIME = Ascii.bytes("time");
    private static final byte[] TRAN_ID = Ascii.bytes("tranId");

    private static final int REQ_SYMBOL = 1;
    private static final int REQ_AMOUNT = 2;
    private static final int REQ_ORDER_ID = 4;
    private static final int REQ_SIDE = 8;
    private static final int REQ_QTY = 16;
    private static final int REQ_EXECUTED = 32;
    private static final int REQ_INCOME_TYPE = 64;
    private static final int REQ_TIME = 128;

    private static final int KEY_OTHER = 0;
    private static final int KEY_SYMBOL = 1;
    private static final int KEY_POSITION_SIDE = 2;
    private static final int KEY_POSITION_AMT = 3;
    private static final int KEY_AVG_PRICE = 4;
    private static final int KEY_MARK_PRICE = 5;
    private static final int KEY_UNREALIZED = 6;
    private static final int KEY_REALISED = 7;
    private static final int KEY_LEVERAGE = 8;
    private static final int KEY_ISOLATED = 9;
    private static final int KEY_ORDER_ID = 10;
    private static final int KEY_SIDE = 11;
    private static final int KEY_ORIG_QTY = 12;
    private static final int KEY_PRICE = 13;
    private static final int KEY_EXECUTED_QTY = 14;
    private static final int KEY_STATUS = 15;
    private static final int KEY_TYPE = 16;
    private static final int KEY_COMMISSION = 17;
    private static final int KEY_PROFIT = 18;
    private static final int KEY_UPDATE_TIME = 19;
    private static final int KEY_CLIENT_ORDER_ID = 20;
    private static final int KEY_INCOME_TYPE = 21;
    private static final int KEY_INCOME = 22;
    private static final int KEY_ASSET = 23;
    private static final int KEY_TIME = 24;
    private static final int KEY_TRAN_ID = 25;

    private static final int T_ASSET = 0;
    private static final int T_BALANCE = 1;
    private static final int T_EQUITY = 2;
    private static final int T_AVAILABLE = 3;
    private static final int T_USED = 4;
    private static final int T_UNREALIZED = 5;

    private final FieldReader in;
    private final JsonCursor cur;
    private final SymbolTable symbols;
    private final SymbolTable assets;

    BingxRestDecoder(final FieldReader in, final SymbolTable symbols, final SymbolTable assets) {
        this.in = in;
        this.cur = in.cur;
        this.symbols = symbols;
        this.assets = assets;
    }

    void decode(final RingEvent event) {
        boolean hasCode = false;
        long code = 0;
        int dataAt = -1;
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
            } else if (!in.skip()) {
                return;
            }
            r = cur.nextKey();
        }
        if (r < 0 || !cur.atEnd()) {
            in.malformed();
            return;
        }
        if (!hasCode) {
            in.fail(RejectReason.MISSING_FIELD, BingxField.R_CODE);
            return;
        }
        if (code != 0) {
            event.rejectAs(RejectReason.REST_ERROR, (int) code);
            return;
        }
        switch (event.topic) {
            case BALANCE:
                if (data(dataAt) && balance(event.balance)) {
                    event.decoded = DecodedKind.BALANCE_SNAPSHOT;
                }
                return;
            case POSITIONS:
                if (data(dataAt) && positions(event.positions)) {
                    event.decoded = DecodedKind.POSITIONS_SNAPSHOT;
                }
                return;
            case OPEN_ORDERS:
                if (data(dataAt) && openOrders(event.openOrders, null)) {
                    event.decoded = DecodedKind.OPEN_ORDERS_SNAPSHOT;
                }
                return;
            case ALL_ORDERS:
                if (data(dataAt) && openOrders(null, event.orderHistory)) {
                    event.decoded = DecodedKind.ORDER_HISTORY;
                }
                return;
            case INCOME:
                if (data(dataAt) && income(event.income)) {
                    event.decoded = DecodedKind.INCOME_HISTORY;
                }
                return;
            default:
                event.decoded = DecodedKind.UNKNOWN_EVENT;
        }
    }

    private boolean data(final int at) {
        if (at < 0) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        cur.seek(at);
        return true;
    }

    /** v3: {@code data} is an array with one row per margin asset; the USDT row is the account's. */
    private boolean balance(final BalanceFields balance) {
        int r = in.openArray(BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            in.clearTokens();
            int k = in.openObject(BingxField.R_DATA);
            if (k == NULL_CONTAINER) {
                return in.fail(RejectReason.WRONG_TYPE, BingxField.R_DATA);
            }
            while (k > 0) {
                final int slot = balanceSlot();
                if (!in.value()) {
                    return false;
                }
                if (slot >= 0) {
                    in.keepToken(slot);
                }
                k = cur.nextKey();
            }
            if (k < 0) {
                return in.failedInside();
            }
            final int assetId = in.keptAssetId(assets, T_ASSET, BingxStreamDecoder.SETTLEMENT_ASSET,
                BingxField.R_ASSET);
            if (assetId < 0 || assetId > 0 && !settlementRow(balance, assetId)) {
                return false;
            }
            r = cur.nextElement();
        }
        return r == 0 || in.failedInside();
    }

    private int balanceSlot() {
        if (cur.keyIs(ASSET)) {
            return T_ASSET;
        }
        if (cur.keyIs(BALANCE)) {
            return T_BALANCE;
        }
        if (cur.keyIs(EQUITY)) {
            return T_EQUITY;
        }
        if (cur.keyIs(AVAILABLE_MARGIN)) {
            return T_AVAILABLE;
        }
        if (cur.keyIs(USED_MARGIN)) {
            return T_USED;
        }
        return cur.keyIs(UNREALIZED_PROFIT) ? T_UNREALIZED : -1;
    }

    private boolean settlementRow(final BalanceFields balance, final int assetId) {
        balance.assetId = assetId;
        balance.present = true;
        int st = in.keptDecimal(T_BALANCE, BingxField.R_BALANCE);
        if (st != PRESENT) {
            return st == ABSENT && in.fail(RejectReason.MISSING_FIELD, BingxField.R_BALANCE);
        }
        balance.walletBalance = in.number;
        if ((st = in.keptDecimal(T_EQUITY, BingxField.R_EQUITY)) == FAILED) {
            return false;
        }
        balance.hasEquity = st == PRESENT;
        balance.equity = st == PRESENT ? in.number : 0;
        if ((st = in.keptDecimal(T_AVAILABLE, BingxField.R_AVAILABLE_MARGIN)) == FAILED) {
            return false;
        }
        balance.hasAvailableMargin = st == PRESENT;
        balance.availableMargin = st == PRESENT ? in.number : 0;
        if ((st = in.keptDecimal(T_USED, BingxField.R_USED_MARGIN)) == FAILED) {
            return false;
        }
        balance.hasUsedMargin = st == PRESENT;
        balance.usedMargin = st == PRESENT ? in.number : 0;
        if ((st = in.keptDecimal(T_UNREALIZED, BingxField.R_UNREALIZED)) == FAILED) {
            return false;
        }
        balance.hasUnrealizedPnl = st == PRESENT;
        balance.unrealizedPnl = st == PRESENT ? in.number : 0;
        return true;
    }

    /** v2: {@code data[]}; {@code liquidationPrice} (a number) and the other keys are skipped. */
    private boolean positions(final PositionTable table) {
        int r = in.openArray(BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            final int i = table.add();
            if (i < 0) {
                return in.fail(RejectReason.TOO_MANY_ENTRIES, BingxField.R_DATA);
            }
            int seen = 0;
            int k = in.openObject(BingxField.R_DATA);
            if (k == NULL_CONTAINER) {
                return in.fail(RejectReason.WRONG_TYPE, BingxField.R_DATA);
            }
            while (k > 0) {
                final int key = positionKey();
                if (!in.value()) {
                    return false;
                }
                final int bit = positionField(table, i, key);
                if (bit < 0) {
                    return false;
                }
                seen |= bit;
                k = cur.nextKey();
            }
            if (k < 0) {
                return in.failedInside();
            }
            if (!in.required(seen, REQ_SYMBOL, BingxField.R_SYMBOL)
                || !in.required(seen, REQ_AMOUNT, BingxField.R_POSITION_AMT)) {
                return false;
            }
            BingxStreamDecoder.applyPositionSign(table, i);
            r = cur.nextElement();
        }
        return r == 0 || in.failedInside();
    }

    /** The current key of a position row, read before its value (skipping a nested value moves the key). */
    private int positionKey() {
        if (cur.keyIs(SYMBOL)) {
            return KEY_SYMBOL;
        }
        if (cur.keyIs(POSITION_AMT)) {
            return KEY_POSITION_AMT;
        }
        if (cur.keyIs(POSITION_SIDE)) {
            return KEY_POSITION_SIDE;
        }
        if (cur.keyIs(AVG_PRICE)) {
            return KEY_AVG_PRICE;
        }
        if (cur.keyIs(MARK_PRICE)) {
            return KEY_MARK_PRICE;
        }
        if (cur.keyIs(UNREALIZED_PROFIT)) {
            return KEY_UNREALIZED;
        }
        if (cur.keyIs(REALISED_PROFIT)) {
            return KEY_REALISED;
        }
        if (cur.keyIs(LEVERAGE)) {
            return KEY_LEVERAGE;
        }
        return cur.keyIs(ISOLATED) ? KEY_ISOLATED : KEY_OTHER;
    }

    /** Reads one value of a position row; returns its required-field bit (0 if none), or -1 when rejected. */
    private int positionField(final PositionTable table, final int i, final int key) {
        final int st;
        switch (key) {
            case KEY_SYMBOL:
                st = in.intern(symbols, BingxField.R_SYMBOL);
                if (st == PRESENT) {
                    table.symbolId[i] = (int) in.number;
                    return REQ_SYMBOL;
                }
                break;
            case KEY_POSITION_AMT:
                st = in.decimal(BingxField.R_POSITION_AMT, false);
                if (st == PRESENT) {
                    table.size[i] = in.number;
                    return REQ_AMOUNT;
                }
                break;
            case KEY_POSITION_SIDE: {
                final PositionSide side = in.positionSide(BingxField.R_POSITION_SIDE);
                if (side == null) {
                    return -1;
                }
                table.side[i] = side;
                return 0;
            }
            case KEY_AVG_PRICE:
                st = in.decimal(BingxField.R_AVG_PRICE, false);
                table.entryPrice[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_MARK_PRICE:
                st = in.decimal(BingxField.R_MARK_PRICE, false);
                table.hasMarkPrice[i] = st == PRESENT;
                table.markPrice[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_UNREALIZED:
                st = in.decimal(BingxField.R_UNREALIZED, false);
                table.unrealizedPnl[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_REALISED:
                st = in.decimal(BingxField.R_REALISED, false);
                table.realizedPnl[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_LEVERAGE:
                st = in.intValue(BingxField.R_LEVERAGE);
                table.leverage[i] = st == PRESENT ? (int) in.number : 0;
                break;
            case KEY_ISOLATED:
                st = in.bool(BingxField.R_ISOLATED);
                if (st == PRESENT) {
                    table.marginMode[i] = in.number != 0 ? MarginMode.ISOLATED : MarginMode.CROSS;
                }
                break;
            default:
                st = ABSENT;
                break;
        }
        return st == FAILED ? -1 : 0;
    }

    /**
     * v2: {@code data.orders[]}, {@code orderId} a number or a string, into the open-order table or, for the order
     * history, the history table (exactly one of them is given).
     */
    private boolean openOrders(final OpenOrderTable table, final OrderHistoryTable history) {
        int r = in.openObject(BingxField.R_DATA);
        if (r == NULL_CONTAINER) {
            return in.fail(RejectReason.MISSING_FIELD, BingxField.R_DATA);
        }
        while (r > 0) {
            if (cur.keyIs(ORDERS)) {
                if (!(history == null ? orderRows(table) : historyRows(history))) {
                    return false;
                }
            } else if (!in.skip()) {
                return false;
            }
            r = cur.nextKey();
        }
        return r == 0 || in.failedInside();
    }

    private boolean orderRows(final OpenOrderTable table) {
        openOrderRows = table;
        return rows(BingxField.R_ORDERS, ROWS_OPEN_ORDERS);
    }

    /** The current key of an open-order row, read before its value. */
    private int orderKey() {
        if (cur.keyIs(ORDER_ID)) {
            return KEY_ORDER_ID;
        }
        if (cur.keyIs(SYMBOL)) {
            return KEY_SYMBOL;
        }
        if (cur.keyIs(SIDE)) {
            return KEY_SIDE;
        }
        if (cur.keyIs(ORIG_QTY)) {
            return KEY_ORIG_QTY;
        }
        if (cur.keyIs(POSITION_SIDE)) {
            return KEY_POSITION_SIDE;
        }
        if (cur.keyIs(PRICE)) {
            return KEY_PRICE;
        }
        if (cur.keyIs(EXECUTED_QTY)) {
            return KEY_EXECUTED_QTY;
        }
        if (cur.keyIs(STATUS)) {
            return KEY_STATUS;
        }
        if (cur.keyIs(AVG_PRICE)) {
            return KEY_AVG_PRICE;
        }
        if (cur.keyIs(COMMISSION)) {
            return KEY_COMMISSION;
        }
        if (cur.keyIs(PROFIT)) {
            return KEY_PROFIT;
        }
        if (cur.keyIs(TYPE)) {
            return KEY_TYPE;
        }
        if (cur.keyIs(UPDATE_TIME)) {
            return KEY_UPDATE_TIME;
        }
        return cur.keyIs(CLIENT_ORDER_ID) ? KEY_CLIENT_ORDER_ID : KEY_OTHER;
    }

    /** Reads one value of an open-order row; returns its required-field bit (0 if none), or -1 when rejected. */
    private int orderField(final OpenOrderTable table, final int i, final int key) {
        final int st;
        switch (key) {
            case KEY_ORDER_ID:
                st = in.orderId(BingxField.R_ORDER_ID);
                if (st == PRESENT) {
                    table.orderId[i] = in.number;
                    return REQ_ORDER_ID;
                }
                break;
            case KEY_SYMBOL:
                st = in.intern(symbols, BingxField.R_ORDER_SYMBOL);
                if (st == PRESENT) {
                    table.symbolId[i] = (int) in.number;
                    return REQ_SYMBOL;
                }
                break;
            case KEY_SIDE: {
                final Side side = in.side(BingxField.R_SIDE);
                if (side == null) {
                    return -1;
                }
                table.side[i] = side;
                return side == Side.NONE ? 0 : REQ_SIDE;
            }
            case KEY_ORIG_QTY:
                st = in.decimal(BingxField.R_ORIG_QTY, false);
                if (st == PRESENT) {
                    table.quantity[i] = in.number;
                    return REQ_QTY;
                }
                break;
            case KEY_POSITION_SIDE: {
                final PositionSide side = in.positionSide(BingxField.R_ORDER_POSITION_SIDE);
                if (side == null) {
                    return -1;
                }
                table.positionSide[i] = side;
                return 0;
            }
            case KEY_PRICE:
                // conditional orders rest with an empty price
                st = in.decimal(BingxField.R_PRICE, true);
                table.price[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_EXECUTED_QTY:
                st = in.decimal(BingxField.R_EXECUTED_QTY, false);
                table.cumulativeQty[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_STATUS: {
                final OrderStatus status = in.status(BingxField.R_STATUS);
                if (status == null) {
                    return -1;
                }
                table.status[i] = status;
                return 0;
            }
            default:
                st = ABSENT;
                break;
        }
        return st == FAILED ? -1 : 0;
    }

    private boolean historyRows(final OrderHistoryTable table) {
        historyRows = table;
        return rows(BingxField.R_ORDERS, ROWS_HISTORY);
    }

    /**
     * Reads one value of an order-history row; returns its required-field bit (0 if none), or -1 when rejected.
     * Prices, commission and profit may be {@code ""} (absent): a row that must book a fill without a price is the
     * engine's to reject, with the batch.
     */
    private int historyField(final OrderHistoryTable table, final int i, final int key) {
        final int st;
        switch (key) {
            case KEY_ORDER_ID:
                st = in.orderId(BingxField.R_ORDER_ID);
                if (st == PRESENT) {
                    table.orderId[i] = in.number;
                    return REQ_ORDER_ID;
                }
                break;
            case KEY_SYMBOL:
                st = in.intern(symbols, BingxField.R_ORDER_SYMBOL);
                if (st == PRESENT) {
                    table.symbolId[i] = (int) in.number;
                    return REQ_SYMBOL;
                }
                break;
            case KEY_SIDE: {
                final Side side = in.side(BingxField.R_SIDE);
                if (side == null) {
                    return -1;
                }
                table.side[i] = side;
                return side == Side.NONE ? 0 : REQ_SIDE;
            }
            case KEY_POSITION_SIDE: {
                final PositionSide side = in.positionSide(BingxField.R_ORDER_POSITION_SIDE);
                if (side == null) {
                    return -1;
                }
                table.positionSide[i] = side;
                return 0;
            }
            case KEY_TYPE: {
                final OrderType type = in.orderType(BingxField.R_ORDER_TYPE);
                if (type == null) {
                    return -1;
                }
                table.type[i] = type;
                return 0;
            }
            case KEY_STATUS: {
                final OrderStatus status = in.status(BingxField.R_STATUS);
                if (status == null) {
                    return -1;
                }
                table.status[i] = status;
                return 0;
            }
            case KEY_ORIG_QTY:
                st = in.decimal(BingxField.R_ORIG_QTY, false);
                table.quantity[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_PRICE:
                st = in.decimal(BingxField.R_PRICE, true);
                table.price[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_EXECUTED_QTY:
                st = in.decimal(BingxField.R_EXECUTED_QTY, false);
                if (st == PRESENT) {
                    table.cumulativeQty[i] = in.number;
                    return REQ_EXECUTED;
                }
                break;
            case KEY_AVG_PRICE:
                st = in.decimal(BingxField.R_ORDER_AVG_PRICE, true);
                table.averagePrice[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_COMMISSION:
                st = in.decimal(BingxField.R_COMMISSION, true);
                table.hasFee[i] = st == PRESENT;
                table.fee[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_PROFIT:
                st = in.decimal(BingxField.R_PROFIT, true);
                table.hasRealizedPnl[i] = st == PRESENT;
                table.realizedPnl[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_UPDATE_TIME:
                st = in.longValue(BingxField.R_UPDATE_TIME);
                table.updateTimeMs[i] = st == PRESENT ? in.number : 0;
                break;
            case KEY_CLIENT_ORDER_ID:
                st = in.string(BingxField.R_CLIENT_ORDER_ID);
                if (st == PRESENT) {
                    table.clientIdOffset[i] = cur.tokenStart;
                    table.clientIdLength[i] = cur.tokenLength;
                }
                break;
            default:
                st = ABSENT;
                break;
        }
        return st == FAILED ? -1 : 0;
    }

    /** v2 income: {@code data[]}, one row per flow; {@code info} and {@code tradeId} are not read. */
    private boolean income(final IncomeTable table) {
        incomeRows = table;
        return rows(BingxField.R_DATA, ROWS_INCOME);
    }

    /**
     * Walks {@code [{row}, ...]} into the table of {@code kind}: one table row per object, each key read by that
     * kind's key and field readers, then the kind's required fields checked. An absent or null array is no rows.
     * The three row kinds share this loop; the kind is an int (not a callback object) so nothing is allocated.
     */
    private boolean rows(final int arrayField, final int kind) {
        int r = in.openArray(arrayField);
        if (r == NULL_CONTAINER) {
            return true;
        }
        while (r > 0) {
            final int i = addRow(kind);
            if (i < 0) {
                return in.fail(RejectReason.TOO_MANY_ENTRIES, arrayField);
            }
            int seen = 0;
            int k = in.openObject(arrayField);
            if (k == NULL_CONTAINER) {
                return in.fail(RejectReason.WRONG_TYPE, arrayField);
            }
            while (k > 0) {
                final int key = kind == ROWS_INCOME ? incomeKey() : orderKey();
                if (!in.value()) {
                    return false;
                }
                final int bit = rowField(kind, i, key);
                if (bit < 0) {
                    return false;
                }
                seen |= bit;
                k = cur.nextKey();
            }
            if (k < 0) {
                return in.failedInside();
            }
            if (!rowComplete(kind, seen)) {
                return false;
            }
            r = cur.nextElement();
        }
        return r == 0 || in.failedInside();
    }

    private int addRow(final int kind) {
        return switch (kind) {
            case ROWS_OPEN_ORDERS -> openOrderRows.add();
            case ROWS_HISTORY -> historyRows.add();
            default -> incomeRows.add();
        };
    }

    private int rowField(final int kind, final int i, final int key) {
        return switch (kind) {
            case ROWS_OPEN_ORDERS -> orderField(openOrderRows, i, key);
            case ROWS_HISTORY -> historyField(historyRows, i, key);
            default -> incomeField(incomeRows, i, key);
        };
    }

    private boolean rowComplete(final int kind, final int seen) {
        return switch (kind) {
            case ROWS_OPEN_ORDERS -> in.required(seen, REQ_ORDER_ID, BingxField.R_ORDER_ID)
                && in.required(seen, REQ_SYMBOL, BingxField.R_ORDER_SYMBOL)
                && in.required(seen, REQ_SIDE, BingxField.R_SIDE)
                && in.required(seen, REQ_QTY, BingxField.R_ORIG_QTY);
            case ROWS_HISTORY -> in.required(seen, REQ_ORDER_ID, BingxField.R_ORDER_ID)
                && in.required(seen, REQ_SYMBOL, BingxField.R_ORDER_SYMBOL)
                && in.required(seen, REQ_SIDE, BingxField.R_SIDE)
                && in.required(seen, REQ_EXECUTED, BingxField.R_EXECUTED_QTY);
            default -> in.required(seen, REQ_INCOME_TYPE, BingxField.R_INCOME_TYPE)
                && in.required(seen, REQ_AMOUNT, BingxField.R_INCOME)
                && in.required(seen, REQ_TIME, BingxField.R_TIME);
        };
    }

    private int incomeKey() {
        if (cur.keyIs(SYMBOL)) {
            return KEY_SYMBOL;
        }
        if (cur.keyIs(INCOME_TYPE)) {
            return KEY_INCOME_TYPE;
        }
        if (cur.keyIs(INCOME)) {
            return KEY_INCOME;
        }
        if (cur.keyIs(ASSET)) {
            return KEY_ASSET;
        }
        if (cur.keyIs(TIME)) {
            return KEY_TIME;
        }
        return cur.keyIs(TRAN_ID) ? KEY_TRAN_ID : KEY_OTHER;
    }

    /** Reads one value of an income row; returns its required-field bit (0 if none), or -1 when rejected. */
    private int incomeField(final IncomeTable table, final int i, final int key) {
        final int st;
        switch (key) {
            case KEY_SYMBOL:
                // transfers carry "": no symbol
                st = in.intern(symbols, BingxField.R_SYMBOL);
                table.symbolId[i] = st == PRESENT ? (int) in.number : 0;
                break;
            case KEY_INCOME_TYPE: {
                final IncomeType type = in.incomeType(BingxField.R_INCOME_TYPE);
                if (type == null) {
                    return -1;
                }
                table.type[i] = type;
                return type == IncomeType.NONE ? 0 : REQ_INCOME_TYPE;
            }
            case KEY_INCOME:
                st = in.decimal(BingxField.R_INCOME, false);
                if (st == PRESENT) {
                    table.amount[i] = in.number;
                    return REQ_AMOUNT;
                }
                break;
            case KEY_ASSET:
                st = in.intern(assets, BingxField.R_ASSET);
                table.assetId[i] = st == PRESENT ? (int) in.number : 0;
                break;
            case KEY_TIME:
                st = in.longValue(BingxField.R_TIME);
                if (st == PRESENT) {
                    table.timeMs[i] = in.number;
                    return REQ_TIME;
                }
                break;
            case KEY_TRAN_ID:
                st = tranKey(table, i);
                break;
            default:
                st = ABSENT;
                break;
        }
        return st == FAILED ? -1 : 0;
    }

    /**
     * The transaction id, a string in the docs (a number is taken too): its value when it is all digits and fits a
     * long, else a 64-bit digest of its bytes; {@code ""} or {@code null} is absent.
     */
    private int tranKey(final IncomeTable table, final int i) {
        final int kind = cur.tokenKind;
        if (kind == JsonCursor.NULL) {
            return ABSENT;
        }
        if (kind != JsonCursor.STRING && kind != JsonCursor.NUMBER) {
            in.fail(RejectReason.WRONG_TYPE, BingxField.R_TRAN_ID);
            return FAILED;
        }
        final byte[] b = cur.buffer();
        final int s = cur.tokenStart;
        final int n = cur.tokenLength;
        if (n == 0) {
            return ABSENT;
        }
        long key = FieldReader.digits(b, s, n);
        if (key < 0) {
            key = Mix64.mix(n);
            for (int j = s; j < s + n; j++) {
                key = Mix64.combine(key, b[j]);
            }
        }
        table.tranKey[i] = key;
        table.hasTranKey[i] = true;
        return PRESENT;
    }
}
