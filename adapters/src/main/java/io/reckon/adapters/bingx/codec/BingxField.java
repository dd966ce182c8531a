package io.reckon.adapters.bingx.codec;

/**
 * Ids of the BingX fields a rejection can name ({@link io.reckon.engine.ring.RingEvent#rejectField}), and their
 * venue spelling as dotted paths. Ids are journaled with rejected records: append new ones, never renumber.
 */
public final class BingxField {
    public static final int NONE = 0;
    public static final int E_TYPE = 1;
    public static final int E_TIME = 2;
    public static final int O = 3;
    public static final int O_SYMBOL = 4;
    public static final int O_CLIENT_ID = 5;
    public static final int O_ORDER_ID = 6;
    public static final int O_SIDE = 7;
    public static final int O_TYPE = 8;
    public static final int O_QTY = 9;
    public static final int O_PRICE = 10;
    public static final int O_STOP_PRICE = 11;
    public static final int O_AVG_PRICE = 12;
    public static final int O_EXEC_TYPE = 13;
    public static final int O_STATUS = 14;
    public static final int O_FEE_ASSET = 15;
    public static final int O_FEE = 16;
    public static final int O_TRADE_TIME = 17;
    public static final int O_POSITION_SIDE = 18;
    public static final int O_REALIZED_PNL = 19;
    public static final int O_CUM_QTY = 20;
    public static final int O_LAST_QTY = 21;
    public static final int O_LAST_PRICE = 22;
    public static final int O_REDUCE_ONLY = 23;
    public static final int A = 24;
    public static final int A_REASON = 25;
    public static final int A_BALANCES = 26;
    public static final int A_B_ASSET = 27;
    public static final int A_B_WALLET = 28;
    public static final int A_B_CROSS_WALLET = 29;
    public static final int A_B_CHANGE = 30;
    public static final int A_POSITIONS = 31;
    public static final int A_P_SYMBOL = 32;
    public static final int A_P_AMOUNT = 33;
    public static final int A_P_ENTRY = 34;
    public static final int A_P_UNREALIZED = 35;
    public static final int A_P_MARGIN_TYPE = 36;
    public static final int A_P_ISOLATED_WALLET = 37;
    public static final int A_P_SIDE = 38;
    public static final int A_P_REALIZED = 39;
    public static final int AC = 40;
    public static final int AC_SYMBOL = 41;
    public static final int AC_LONG_LEVERAGE = 42;
    public static final int AC_SHORT_LEVERAGE = 43;
    public static final int AC_MARGIN_TYPE = 44;
    public static final int R_CODE = 45;
    public static final int R_DATA = 46;
    public static final int R_ASSET = 47;
    public static final int R_BALANCE = 48;
    public static final int R_EQUITY = 49;
    public static final int R_AVAILABLE_MARGIN = 50;
    public static final int R_USED_MARGIN = 51;
    public static final int R_UNREALIZED = 52;
    public static final int R_SYMBOL = 53;
    public static final int R_POSITION_SIDE = 54;
    public static final int R_POSITION_AMT = 55;
    public static final int R_AVG_PRICE = 56;
    public static final int R_MARK_PRICE = 57;
    public static final int R_REALISED = 58;
    public static final int R_LEVERAGE = 59;
    public static final int R_ISOLATED = 60;
    public static final int R_ORDERS = 61;
    public static final int R_ORDER_ID = 62;
    public static final int R_SIDE = 63;
    public static final int R_ORIG_QTY = 64;
    public static final int R_PRICE = 65;
    public static final int R_EXECUTED_QTY = 66;
    public static final int R_STATUS = 67;
    public static final int R_ORDER_SYMBOL = 68;
    public static final int R_ORDER_POSITION_SIDE = 69;

    private BingxField() {
    }

    /** The venue key path of a field id ("o.z", "a.P.pa", "data.orders.orderId"); "" for none or unknown ids. */
    public static String name(final int id) {
        switch (id) {
            case E_TYPE: return "e";
            case E_TIME: return "E";
            case O: return "o";
            case O_SYMBOL: return "o.s";
            case O_CLIENT_ID: return "o.c";
            case O_ORDER_ID: return "o.i";
            case O_SIDE: return "o.S";
            case O_TYPE: return "o.o";
            case O_QTY: return "o.q";
            case O_PRICE: return "o.p";
            case O_STOP_PRICE: return "o.sp";
            case O_AVG_PRICE: return "o.ap";
            case O_EXEC_TYPE: return "o.x";
            case O_STATUS: return "o.X";
            case O_FEE_ASSET: return "o.N";
            case O_FEE: return "o.n";
            case O_TRADE_TIME: return "o.T";
            case O_POSITION_SIDE: return "o.ps";
            case O_REALIZED_PNL: return "o.rp";
            case O_CUM_QTY: return "o.z";
            case O_LAST_QTY: return "o.l";
            case O_LAST_PRICE: return "o.L";
            case O_REDUCE_ONLY: return "o.ro";
            case A: return "a";
            case A_REASON: return "a.m";
            case A_BALANCES: return "a.B";
            case A_B_ASSET: return "a.B.a";
            case A_B_WALLET: return "a.B.wb";
            case A_B_CROSS_WALLET: return "a.B.cw";
            case A_B_CHANGE: return "a.B.bc";
            case A_POSITIONS: return "a.P";
            case A_P_SYMBOL: return "a.P.s";
            case A_P_AMOUNT: return "a.P.pa";
            case A_P_ENTRY: return "a.P.ep";
            case A_P_UNREALIZED: return "a.P.up";
            case A_P_MARGIN_TYPE: return "a.P.mt";
            case A_P_ISOLATED_WALLET: return "a.P.iw";
            case A_P_SIDE: return "a.P.ps";
            case A_P_REALIZED: return "a.P.cr";
            case AC: return "ac";
            case AC_SYMBOL: return "ac.s";
            case AC_LONG_LEVERAGE: return "ac.l";
            case AC_SHORT_LEVERAGE: return "ac.S";
            case AC_MARGIN_TYPE: return "ac.mt";
            case R_CODE: return "code";
            case R_DATA: return "data";
            case R_ASSET: return "data.asset";
            case R_BALANCE: return "data.balance";
            case R_EQUITY: return "data.equity";
            case R_AVAILABLE_MARGIN: return "data.availableMargin";
            case R_USED_MARGIN: return "data.usedMargin";
            case R_UNREALIZED: return "data.unrealizedProfit";
            case R_SYMBOL: return "data.symbol";
            case R_POSITION_SIDE: return "data.positionSide";
            case R_POSITION_AMT: return "data.positionAmt";
            case R_AVG_PRICE: return "data.avgPrice";
            case R_MARK_PRICE: return "data.markPrice";
            case R_REALISED: return "data.realisedProfit";
            case R_LEVERAGE: return "data.leverage";
            case R_ISOLATED: return "data.isolated";
            case R_ORDERS: return "data.orders";
            case R_ORDER_ID: return "data.orders.orderId";
            case R_SIDE: return "data.orders.side";
            case R_ORIG_QTY: return "data.orders.origQty";
            case R_PRICE: return "data.orders.price";
            case R_EXECUTED_QTY: return "data.orders.executedQty";
            case R_STATUS: return "data.orders.status";
            case R_ORDER_SYMBOL: return "data.orders.symbol";
            case R_ORDER_POSITION_SIDE: return "data.orders.positionSide";
            default: return "";
        }
    }
}
