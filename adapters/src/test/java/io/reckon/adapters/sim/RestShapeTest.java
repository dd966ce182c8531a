package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's REST bodies have exactly the structure of the canonical fixtures the decoder is written against:
 * the same keys in the same order and the same JSON type for every value, for a state like the fixtures' (a BTC
 * long, an ETH short, resting limit orders on both).
 */
class RestShapeTest {
    private static BingxSimulator sim;
    private static SimRestClient rest;

    @BeforeAll
    static void start() {
        sim = BingxSimulator.start(SimConfig.defaults());
        rest = new SimRestClient(sim, System::currentTimeMillis);
        order("BTC-USDT", "BUY", "LONG", "MARKET", "0.0100", null);
        order("ETH-USDT", "SELL", "SHORT", "MARKET", "0.50", null);
        order("BTC-USDT", "BUY", "LONG", "LIMIT", "0.0100", sim.price("BTC-USDT").subtract(new BigDecimal("1000")));
        order("ETH-USDT", "SELL", "SHORT", "LIMIT", "0.50", sim.price("ETH-USDT").add(new BigDecimal("100")));
    }

    private static void order(final String symbol, final String side, final String ps, final String type,
                              final String qty, final BigDecimal price) {
        final Map<String, Object> r = price == null
                ? rest.signedJson("POST", RestApi.ORDER, "symbol", symbol, "side", side, "positionSide", ps, "type",
                        type, "quantity", qty)
                : rest.signedJson("POST", RestApi.ORDER, "symbol", symbol, "side", side, "positionSide", ps, "type",
                        type, "quantity", qty, "price", price.toPlainString());
        assertEquals(0L, r.get("code"), () -> "setup order refused: " + r);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String fixture(final String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(RestShapeTest.class.getResourceAsStream("/bingx/rest/" + name),
                name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void balanceMatchesTheV3Fixture() throws IOException {
        assertSameShape(fixture("balance_v3.json"), rest.signed("GET", RestApi.BALANCE).body());
    }

    @Test
    void positionsMatchTheV2Fixture() throws IOException {
        final String body = rest.signed("GET", RestApi.POSITIONS).body();
        assertEquals(2, TestJson.list(TestJson.object(body).get("data")).size());
        assertSameShape(fixture("positions_v2.json"), body);
    }

    @Test
    void openOrdersMatchTheV2Fixture() throws IOException {
        final String body = rest.signed("GET", RestApi.OPEN_ORDERS).body();
        assertEquals(2, TestJson.list(TestJson.obj(TestJson.object(body).get("data")).get("orders")).size());
        assertSameShape(fixture("open_orders_v2.json"), body);
    }

    @Test
    void orderHistoryHasTheOpenOrdersShape() throws IOException {
        final String body = rest.signed("GET", RestApi.ALL_ORDERS).body();
        assertEquals(2, TestJson.list(TestJson.obj(TestJson.object(body).get("data")).get("orders")).size());
        assertSameShape(fixture("open_orders_v2.json"), body);
    }

    @Test
    void rateLimitErrorMatchesTheFixture() throws IOException {
        sim.faults().rateLimitNextRestCalls(1);
        final String body = rest.signed("GET", RestApi.BALANCE).body();
        assertEquals(fixture("error_rate_limit.json").strip(), body);
    }

    @Test
    void comparatorNoticesAMissingKeyAChangedTypeAndAnEmptyList() {
        final String good = "{\"a\":[{\"x\":\"1\",\"y\":2}]}";
        assertSameShape(good, "{\"a\":[{\"x\":\"7\",\"y\":9},{\"x\":\"\",\"y\":0}]}");
        assertFalse(sameShape(good, "{\"a\":[{\"x\":\"1\"}]}"));
        assertFalse(sameShape(good, "{\"a\":[{\"x\":1,\"y\":2}]}"));
        assertFalse(sameShape(good, "{\"a\":[{\"y\":2,\"x\":\"1\"}]}"));
        assertFalse(sameShape(good, "{\"a\":[]}"));
    }

    private static void assertSameShape(final String expected, final String actual) {
        final List<String> problems = new ArrayList<>();
        compare(TestJson.object(expected), TestJson.object(actual), "$", problems);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nactual: " + actual);
        }
    }

    private static boolean sameShape(final String expected, final String actual) {
        final List<String> problems = new ArrayList<>();
        compare(TestJson.object(expected), TestJson.object(actual), "$", problems);
        return problems.isEmpty();
    }

    /**
     * Objects: the same keys in the same order, values compared recursively. Arrays: a non-empty expected array
     * needs a non-empty actual one, each of whose elements must match at least one expected element (the fixtures
     * mix types between rows, e.g. a numeric and a string {@code orderId}). Scalars: the same JSON type.
     */
    private static void compare(final Object expected, final Object actual, final String path,
                                final List<String> problems) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            if (!new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))) {
                problems.add(path + ": keys " + a.keySet() + " differ from " + e.keySet());
                return;
            }
            for (final Object k : e.keySet()) {
                compare(e.get(k), a.get(k), path + "." + k, problems);
            }
        } else if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                problems.add(path + ": expected an array, got " + actual);
                return;
            }
            if (!e.isEmpty() && a.isEmpty()) {
                problems.add(path + ": empty array where the fixture has elements");
            }
            for (int i = 0; i < a.size(); i++) {
                boolean matched = false;
                final List<String> firstMiss = new ArrayList<>();
                for (final Object candidate : e) {
                    final List<String> p = new ArrayList<>();
                    compare(candidate, a.get(i), path + "[" + i + "]", p);
                    if (p.isEmpty()) {
                        matched = true;
                        break;
                    }
                    if (firstMiss.isEmpty()) {
                        firstMiss.addAll(p);
                    }
                }
                if (!matched) {
                    problems.addAll(firstMiss);
                }
            }
        } else if (!type(expected).equals(type(actual))) {
            problems.add(path + ": " + type(actual) + " " + actual + " where the fixture has " + type(expected)
                    + " " + expected);
        }
    }

    private static String type(final Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        assertTrue(v instanceof Map || v instanceof List);
        return v instanceof Map ? "object" : "array";
    }
}
