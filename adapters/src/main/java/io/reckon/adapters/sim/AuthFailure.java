package io.reckon.adapters.sim;

/**
 * Why a signed request was refused, with the BingX business code and message it is answered with (HTTP 200, like
 * BingX). Codes: coincise {@code docs/bingx/usdt_futures/general_information/common_error_codes.md} (100001,
 * 100412, 100413, 100421) and the 2025-10-16 renumbering of 80014 "timestamp is invalid" to 109400.
 */
enum AuthFailure {
    NONE(0, ""),
    MISSING_API_KEY(100_413, "Incorrect apiKey"),
    WRONG_API_KEY(100_413, "Incorrect apiKey"),
    MISSING_TIMESTAMP(100_421, "Null timestamp or timestamp mismatch"),
    BAD_TIMESTAMP(109_400, "timestamp is invalid"),
    STALE_TIMESTAMP(109_400, "timestamp is invalid"),
    BAD_RECV_WINDOW(109_400, "recvWindow is invalid"),
    MISSING_SIGNATURE(100_412, "Null signature"),
    BAD_SIGNATURE(100_001, "Signature verification failed");

    private final int code;
    private final String message;

    AuthFailure(final int code, final String message) {
        this.code = code;
        this.message = message;
    }

    int code() {
        return code;
    }

    String message() {
        return message;
    }
}
