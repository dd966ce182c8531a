package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestVerifierTest {
    /** The BingX v2 doc's test vector (verified with openssl). */
    private static final String DOC_SECRET =
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w";
    private static final String DOC_QUERY = "symbol=BTC-USDT&timestamp=1667872120843&side=LONG&leverage=6";
    private static final String DOC_SIGNATURE = "4f581ecdb1fa09b9d6e57886b6f70cffed17f82b93399722939e49a38edec2bf";
    private static final long DOC_TS = 1_667_872_120_843L;
    private static final String KEY = "doc-api-key";

    private static RequestVerifier verifierAt(final long nowMs) {
        return new RequestVerifier(KEY, DOC_SECRET, new MutableClock(nowMs), 5_000);
    }

    @Test
    void signsTheDocumentedVector() {
        assertEquals(DOC_SIGNATURE, verifierAt(DOC_TS).sign(DOC_QUERY));
    }

    @Test
    void acceptsTheDocumentedRequestAtItsTimestamp() {
        final RequestParams p = RequestParams.parse(DOC_QUERY + "&signature=" + DOC_SIGNATURE, null);
        assertEquals(AuthFailure.NONE, verifierAt(DOC_TS + 100).verify(KEY, p));
    }

    @Test
    void signsTheSplitQueryAndBodyVectorWithoutASeparator() {
        final RequestParams p = RequestParams.parse("symbol=BTC-USDT&timestamp=1668159715051",
                "side=LONG&leverage=6&signature=8b756b01e7a30f02e19c58a91ab01b29528694316b08a51ecb8dd072942bd47d");
        assertEquals("symbol=BTC-USDT&timestamp=1668159715051side=LONG&leverage=6", p.signingPayload());
        assertEquals(AuthFailure.NONE, verifierAt(1_668_159_715_051L).verify(KEY, p));
    }

    static Stream<Arguments> refusals() {
        final String signed = DOC_QUERY + "&signature=" + DOC_SIGNATURE;
        return Stream.of(
                Arguments.of("no key header", null, signed, DOC_TS, AuthFailure.MISSING_API_KEY),
                Arguments.of("another key", "other", signed, DOC_TS, AuthFailure.WRONG_API_KEY),
                Arguments.of("no timestamp", KEY, "symbol=BTC-USDT&signature=" + DOC_SIGNATURE, DOC_TS,
                        AuthFailure.MISSING_TIMESTAMP),
                Arguments.of("timestamp not a number", KEY, "symbol=BTC-USDT&timestamp=x&signature=ab", DOC_TS,
                        AuthFailure.BAD_TIMESTAMP),
                Arguments.of("older than the default window", KEY, signed, DOC_TS + 5_001,
                        AuthFailure.STALE_TIMESTAMP),
                Arguments.of("more than a second ahead", KEY, signed, DOC_TS - 1_001, AuthFailure.STALE_TIMESTAMP),
                Arguments.of("recvWindow above 60 s", KEY, DOC_QUERY + "&recvWindow=60001&signature=ab", DOC_TS,
                        AuthFailure.BAD_RECV_WINDOW),
                Arguments.of("no signature", KEY, DOC_QUERY, DOC_TS, AuthFailure.MISSING_SIGNATURE),
                Arguments.of("wrong signature", KEY, DOC_QUERY + "&signature=" + DOC_SIGNATURE.replace('4', '5'),
                        DOC_TS, AuthFailure.BAD_SIGNATURE),
                Arguments.of("upper-case hex", KEY, DOC_QUERY + "&signature=" + DOC_SIGNATURE.toUpperCase(),
                        DOC_TS, AuthFailure.BAD_SIGNATURE),
                Arguments.of("same parameters in another order", KEY,
                        "timestamp=1667872120843&symbol=BTC-USDT&side=LONG&leverage=6&signature=" + DOC_SIGNATURE,
                        DOC_TS, AuthFailure.BAD_SIGNATURE),
                Arguments.of("a parameter changed", KEY, DOC_QUERY.replace("leverage=6", "leverage=7")
                        + "&signature=" + DOC_SIGNATURE, DOC_TS, AuthFailure.BAD_SIGNATURE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithANamedReason(final String name, final String key, final String query, final long nowMs,
                                 final AuthFailure expected) {
        assertEquals(expected, verifierAt(nowMs).verify(key, RequestParams.parse(query, null)));
    }

    @Test
    void honoursALargerRecvWindowSentWithTheRequest() {
        final String payload = "symbol=BTC-USDT&timestamp=" + DOC_TS + "&recvWindow=20000";
        final RequestVerifier v = verifierAt(DOC_TS + 15_000);
        final RequestParams p = RequestParams.parse(payload + "&signature=" + v.sign(payload), null);
        assertEquals(AuthFailure.NONE, v.verify(KEY, p));
    }

    @Test
    void verifiesOverDecodedValues() {
        final String unencoded = "symbol=BTC-USDT&batchOrders=[{\"a\":1}]&timestamp=" + DOC_TS;
        final RequestVerifier v = verifierAt(DOC_TS);
        final String sent = "symbol=BTC-USDT&batchOrders=%5B%7B%22a%22%3A1%7D%5D&timestamp=" + DOC_TS
                + "&signature=" + v.sign(unencoded);
        assertEquals(AuthFailure.NONE, v.verify(KEY, RequestParams.parse(sent, null)));
    }
}
