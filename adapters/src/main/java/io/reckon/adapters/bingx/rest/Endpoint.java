package io.reckon.adapters.bingx.rest;

/**
 * The BingX REST endpoints reckon calls. {@code retrySafe} marks the calls that may be repeated after a transient
 * failure: reads, and the listen-key PUT (extending twice is harmless). Creating or deleting a listen key and
 * anything that places or cancels an order are never repeated by the client; the caller decides.
 */
public enum Endpoint {
    LISTEN_KEY_CREATE("POST", "/openApi/user/auth/userDataStream", true, false, "listen_key_create"),
    LISTEN_KEY_EXTEND("PUT", "/openApi/user/auth/userDataStream", true, true, "listen_key_extend"),
    LISTEN_KEY_DELETE("DELETE", "/openApi/user/auth/userDataStream", true, false, "listen_key_delete"),
    BALANCE("GET", "/openApi/swap/v3/user/balance", true, true, "balance"),
    POSITIONS("GET", "/openApi/swap/v2/user/positions", true, true, "positions"),
    OPEN_ORDERS("GET", "/openApi/swap/v2/trade/openOrders", true, true, "open_orders"),
    ALL_ORDERS("GET", "/openApi/swap/v2/trade/allOrders", true, true, "all_orders"),
    INCOME("GET", "/openApi/swap/v2/user/income", true, true, "income"),
    SERVER_TIME("GET", "/openApi/swap/v2/server/time", false, true, "server_time"),
    CONTRACTS("GET", "/openApi/swap/v2/quote/contracts", false, true, "contracts"),
    ORDER_PLACE("POST", "/openApi/swap/v2/trade/order", true, false, "order_place"),
    ORDER_CANCEL("DELETE", "/openApi/swap/v2/trade/order", true, false, "order_cancel"),
    LEVERAGE_GET("GET", "/openApi/swap/v2/trade/leverage", true, true, "leverage_get"),
    /** Setting a leverage to a value is idempotent, so repeating it after a transient failure is harmless. */
    LEVERAGE_SET("POST", "/openApi/swap/v2/trade/leverage", true, true, "leverage_set");

    private final String method;
    private final String path;
    private final boolean signed;
    private final boolean retrySafe;
    private final String label;

    Endpoint(final String method, final String path, final boolean signed, final boolean retrySafe,
             final String label) {
        this.method = method;
        this.path = path;
        this.signed = signed;
        this.retrySafe = retrySafe;
        this.label = label;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Private endpoints carry {@code timestamp}, {@code recvWindow}, {@code signature} and the key header. */
    public boolean signed() {
        return signed;
    }

    public boolean retrySafe() {
        return retrySafe;
    }

    /** A short lower-case name for logs and control events. */
    public String label() {
        return label;
    }
}
