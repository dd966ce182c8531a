package io.reckon.adapters.bingx.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RestErrorTest {
    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource({
        "0, NONE",
        "100410, RATE_LIMITED", "100409, RATE_LIMITED", "109429, RATE_LIMITED",
        "80014, PARAMETER", "80001, PARAMETER", "109414, PARAMETER", "109400, PARAMETER", "100400, PARAMETER",
        "80016, ORDER_NOT_EXIST", "109421, ORDER_NOT_EXIST",
        "80017, POSITION_NOT_EXIST", "109422, POSITION_NOT_EXIST",
        "80012, SYSTEM", "109500, SYSTEM", "100500, SYSTEM",
        "80019, PROCESSING", "109423, PROCESSING",
        "80020, RISK_FORBIDDEN", "40029, RISK_FORBIDDEN", "109403, RISK_FORBIDDEN",
        "100001, AUTH", "100004, AUTH", "100412, AUTH", "100413, AUTH", "100419, AUTH", "100421, AUTH",
        "101204, OTHER", "-1, OTHER", "4294967296, OTHER"
    })
    void classifiesBusinessCodesOfBothNumberings(final long code, final RestError expected) {
        assertEquals(expected, RestError.ofCode(code));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "200, NONE", "204, NONE", "429, RATE_LIMITED", "418, RATE_LIMITED", "401, AUTH", "403, AUTH",
        "500, HTTP_5XX", "502, HTTP_5XX", "503, HTTP_5XX", "504, HTTP_5XX", "404, OTHER", "400, OTHER",
        "302, OTHER"
    })
    void classifiesHttpStatusesWithoutABusinessCode(final int status, final RestError expected) {
        assertEquals(expected, RestError.ofHttpStatus(status));
    }

    @ParameterizedTest(name = "{0} transient={1}")
    @CsvSource({
        "HTTP_5XX, true", "TIMEOUT, true", "NETWORK, true", "SYSTEM, true", "RATE_LIMITED, false",
        "PARAMETER, false", "AUTH, false", "LISTEN_KEY_GONE, false", "PROCESSING, false", "OTHER, false"
    })
    void retriesOnlyFailuresThatMayClearByThemselves(final RestError error, final boolean expected) {
        assertEquals(expected, error.isTransient());
    }
}
