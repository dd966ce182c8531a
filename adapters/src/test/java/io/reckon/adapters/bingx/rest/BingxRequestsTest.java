package io.reckon.adapters.bingx.rest;

import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BingxRequestsTest {
    private static final String KEY = "test-api-key";
    private static final String SECRET = "test-secret";
    private static final long NOW = 1_710_303_600_000L;

    private final CachedEpochClock clock = new CachedEpochClock();

    private BingxRequests requests(final String baseUrl) {
        clock.update(NOW);
        return new BingxRequests(baseUrl, Credentials.of(KEY, SECRET), clock, 5_000, 3_000);
    }

    private static String hmac(final String payload) throws Exception {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        final StringBuilder sb = new StringBuilder();
        for (byte b : mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    @Test
    void anOrderIsAPostWithTheSignedParametersInTheQueryAndNoBody() throws Exception {
        final Params params = Params.none().add("symbol", "BTC-USDT").add("side", "BUY").add("quantity", "0.0123");
        final HttpRequest r = requests("https://open-api.example.com/").build(Endpoint.ORDER_PLACE, params);

        final String signed = "symbol=BTC-USDT&side=BUY&quantity=0.0123&timestamp=" + NOW + "&recvWindow=5000";
        assertEquals("https://open-api.example.com/openApi/swap/v2/trade/order?" + signed + "&signature="
            + hmac(signed), r.uri().toString());
        assertEquals("POST", r.method());
        assertEquals(Optional.of(KEY), r.headers().firstValue("X-BX-APIKEY"));
        assertEquals(0, r.bodyPublisher().orElseThrow().contentLength());
        assertEquals(Optional.of(Duration.ofMillis(3_000)), r.timeout());
        assertEquals("symbol=BTC-USDT&side=BUY&quantity=0.0123", params.signingString(),
            "the caller's parameters are left as they were");
    }

    @Test
    void eachBuildTakesTheClockAgainSoARetryIsSignedAfresh() {
        final BingxRequests requests = requests("https://open-api.example.com");
        final Params params = Params.none().add("symbol", "BTC-USDT");
        final String first = requests.build(Endpoint.ORDER_PLACE, params).uri().getQuery();
        clock.update(NOW + 1);
        final String second = requests.build(Endpoint.ORDER_PLACE, params).uri().getQuery();
        assertTrue(second.contains("timestamp=" + (NOW + 1) + "&"), second);
        assertNotEquals(first.substring(first.indexOf("signature=")), second.substring(second.indexOf("signature=")));
    }

    @Test
    void aPublicCallCarriesNeitherKeyNorTimestampNorSignature() {
        final HttpRequest r = requests("http://127.0.0.1:8080").build(Endpoint.CONTRACTS, Params.none());
        assertEquals("http://127.0.0.1:8080/openApi/swap/v2/quote/contracts", r.uri().toString());
        assertEquals("GET", r.method());
        assertFalse(r.headers().firstValue("X-BX-APIKEY").isPresent());
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> requests("ftp://open-api.example.com"));
    }
}
