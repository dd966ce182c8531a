package io.reckon.adapters.bingx.rest;

/**
 * What went wrong with a BingX REST call, classified from the business {@code code} of the {@code {code,msg,data}}
 * envelope (both the pre- and post-2025-10-16 numbering) or from the transport.
 */
public enum RestError {
    /** Not an error: HTTP 2xx and {@code code == 0} (or an empty body where one is allowed). */
    NONE,
    /** 100410, 100409 (pre-2025-10), 109429, or HTTP 429/418. Never retried: reported once, then backed off. */
    RATE_LIMITED,
    /** 80014, 80001, 109414, 109400, 100400. */
    PARAMETER,
    /** 80016, 109421. */
    ORDER_NOT_EXIST,
    /** 80017, 109422. */
    POSITION_NOT_EXIST,
    /** 80012, 109500, 100500: the venue's own failure; retried where the call is safe to repeat. */
    SYSTEM,
    /** 80019, 109423: "order is being processed, use allOrders later". */
    PROCESSING,
    /** 80020, 40029, 109403. */
    RISK_FORBIDDEN,
    /** Signature, key, permission, IP whitelist or timestamp refused (1000xx/1004xx codes), or HTTP 401/403. */
    AUTH,
    /** HTTP 404 on the listen-key PUT or DELETE: the key no longer exists on the venue. */
    LISTEN_KEY_GONE,
    /** HTTP 5xx without a readable business code. */
    HTTP_5XX,
    /** The request timed out. */
    TIMEOUT,
    /** Connection refused, reset, DNS, TLS, or the calling thread was interrupted. */
    NETWORK,
    /** Anything else: an unknown code, an unexpected HTTP status, or a body that is not an envelope. */
    OTHER;

    /** Classifies a non-zero business code of the envelope. */
    public static RestError ofCode(final long code) {
        if (code == 0) {
            return NONE;
        }
        return switch ((int) code == code ? (int) code : -1) {
            case 100410, 100409, 109429 -> RATE_LIMITED;
            case 80014, 80001, 109414, 109400, 100400 -> PARAMETER;
            case 80016, 109421 -> ORDER_NOT_EXIST;
            case 80017, 109422 -> POSITION_NOT_EXIST;
            case 80012, 109500, 100500 -> SYSTEM;
            case 80019, 109423 -> PROCESSING;
            case 80020, 40029, 109403 -> RISK_FORBIDDEN;
            case 100001, 100004, 100412, 100413, 100419, 100421 -> AUTH;
            default -> OTHER;
        };
    }

    /** Classifies an HTTP status whose body carried no business code. */
    public static RestError ofHttpStatus(final int status) {
        if (status >= 200 && status < 300) {
            return NONE;
        }
        if (status == 429 || status == 418) {
            return RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return AUTH;
        }
        if (status >= 500 && status < 600) {
            return HTTP_5XX;
        }
        return OTHER;
    }

    /** A failure that may clear by itself: worth repeating a request that is safe to repeat. */
    public boolean isTransient() {
        return this == HTTP_5XX || this == TIMEOUT || this == NETWORK || this == SYSTEM;
    }
}
