package io.reckon.bench.jmh;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The order-path baseline builds the same order as reckon's path, or the comparison would mean nothing: for the
 * same intents, the same parameters (apart from the clock's timestamp), each signed correctly, the same endpoint,
 * method and key header.
 */
class OrderPathBenchTest {
    private static final int INTENTS = 16;

    private static OrderPathBench bench(final String order) {
        final OrderPathBench b = new OrderPathBench();
        b.order = order;
        b.setUp();
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKET", "POST_ONLY"})
    void theBaselineSendsTheOrderReckonSends(final String order) throws Exception {
        final OrderPathBench ours = bench(order);
        final OrderPathBench naive = bench(order);
        for (int i = 0; i < INTENTS; i++) {
            final HttpRequest a = ours.reckon();
            final HttpRequest b = naive.naive();
            final Map<String, String> pa = signedParams(a.uri());
            final Map<String, String> pb = signedParams(b.uri());
            assertNotNull(pa.remove("timestamp"));
            assertNotNull(pb.remove("timestamp"));
            assertEquals(pa, pb, "intent " + i);
            assertEquals(a.method(), b.method());
            assertEquals(a.uri().getPath(), b.uri().getPath());
            assertEquals(a.headers().map(), b.headers().map());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKET", "POST_ONLY"})
    void theIntentIsRoundedDownToTheContractsStepAndTick(final String order) throws Exception {
        final Map<String, String> p = signedParams(bench(order).reckon().uri());
        assertEquals("0.0123", p.get("quantity"), "0.01234567 down to the step 0.0001");
        assertEquals("BUY", p.get("side"));
        if (order.equals("POST_ONLY")) {
            assertEquals("60012.2", p.get("price"), "one tick below 60012.34567, down to the tick 0.1");
            assertEquals("PostOnly", p.get("timeInForce"));
        } else {
            assertEquals("MARKET", p.get("type"));
        }
    }

    /** The query's parameters, after checking that the signature is the HMAC of everything before it. */
    private static Map<String, String> signedParams(final URI uri) throws Exception {
        final String query = uri.getRawQuery();
        final int s = query.lastIndexOf("&signature=");
        final String signed = query.substring(0, s);
        assertEquals(hmac(signed), query.substring(s + "&signature=".length()), query);
        final Map<String, String> params = new TreeMap<>();
        for (String kv : signed.split("&")) {
            final int eq = kv.indexOf('=');
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return params;
    }

    private static String hmac(final String payload) throws Exception {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OrderPathBench.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        final StringBuilder sb = new StringBuilder();
        for (byte b : mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
