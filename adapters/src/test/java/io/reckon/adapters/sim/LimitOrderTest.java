package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LimitOrderTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private BingxSimulator sim;
    private SimRestClient rest;
    private SimWsClient ws;

    @BeforeEach
    void start() throws InterruptedException {
        sim = BingxSimulator.start(SimConfig.defaults());
        rest = new SimRestClient(sim, System::currentTimeMillis);
        ws = SimWsClient.connect(sim, rest.createListenKey(), true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        ws.closeBlocking();
        sim.close();
    }

    private Map<String, Object> limit(final String side, final String positionSide, final String qty,
                                      final BigDecimal price, final String tif) {
        return rest.signedJson("POST", RestApi.ORDER, "symbol", "ETH-USDT", "side", side, "positionSide",
                positionSide, "type", "LIMIT", "quantity", qty, "price", price.toPlainString(), "timeInForce", tif,
                "clientOrderId", "Maker-1");
    }

    @Test
    void rejectsAPostOnlyOrderThatWouldCrossWithoutAStreamEvent() throws InterruptedException {
        final BigDecimal above = sim.price("ETH-USDT").add(new BigDecimal("1.00"));
        final Map<String, Object> body = limit("BUY", "LONG", "0.10", above, "PostOnly");
        assertEquals(101_215L, body.get("code"));
        assertTrue(ws.drain(Duration.ofMillis(200)).isEmpty(), "a rejected order produces no stream event");
        assertTrue(sim.account().openOrders().isEmpty());
    }

    @Test
    void restsUntilThePriceReachesItThenFillsAsMaker() throws InterruptedException {
        final BigDecimal price = sim.price("ETH-USDT").subtract(new BigDecimal("0.50"));
        final Map<String, Object> placed = limit("BUY", "LONG", "0.40", price, "PostOnly");
        assertEquals(0L, placed.get("code"));
        final Map<String, Object> order = TestJson.obj(TestJson.obj(placed.get("data")).get("order"));
        assertEquals("NEW", order.get("status"));
        final Map<String, Object> newFrame = TestJson.obj(ws.next(WAIT).get("o"));
        assertEquals("maker-1", newFrame.get("c"), "client ids are lower-cased");
        assertEquals("LIMIT", newFrame.get("o"));

        final Map<String, Object> open = rest.signedJson("GET", RestApi.OPEN_ORDERS, "symbol", "ETH-USDT");
        final List<Object> orders = TestJson.list(TestJson.obj(open.get("data")).get("orders"));
        assertEquals(1, orders.size());
        assertEquals("PENDING", TestJson.obj(orders.get(0)).get("status"));

        for (int i = 0; i < 500 && !sim.account().openOrders().isEmpty(); i++) {
            sim.tick();
        }
        assertTrue(sim.account().openOrders().isEmpty(), "the seeded path reached the limit");
        final List<FillView> fills = sim.account().fills();
        BigDecimal filled = BigDecimal.ZERO;
        for (final FillView f : fills) {
            assertTrue(f.maker());
            assertEquals(0, f.price().compareTo(price), "a maker fills at its own price");
            assertEquals(0, f.fee().compareTo(Decimals.money(f.qty().multiply(price)
                    .multiply(new BigDecimal("0.0002")))), "maker fee = qty x price x 0.0002");
            filled = filled.add(f.qty());
        }
        assertEquals(0, filled.compareTo(new BigDecimal("0.40")));
        Map<String, Object> lastTrade = null;
        for (int i = 0; i < fills.size(); i++) {
            lastTrade = TestJson.obj(ws.next(WAIT).get("o"));
            assertEquals("TRADE", lastTrade.get("x"));
            assertEquals(0, TestJson.dec(lastTrade, "n").compareTo(fills.get(i).fee().negate()));
            assertTrue(SimWsClient.isAccountUpdate(ws.next(WAIT)), "each maker fill is followed by its update");
        }
        assertEquals("FILLED", lastTrade.get("X"));
        assertEquals("0.40000000", lastTrade.get("z"));
    }

    @Test
    void cancelsARestingOrderAndReportsItCancelled() throws InterruptedException {
        final BigDecimal price = sim.price("ETH-USDT").subtract(new BigDecimal("100.00"));
        final Map<String, Object> placed = limit("BUY", "LONG", "0.20", price, "GTC");
        final long orderId = TestJson.num(TestJson.obj(TestJson.obj(placed.get("data")).get("order")), "orderId");
        ws.next(WAIT);
        final Map<String, Object> cancelled = rest.signedJson("DELETE", RestApi.ORDER, "symbol", "ETH-USDT",
                "orderId", Long.toString(orderId));
        final Map<String, Object> o = TestJson.obj(TestJson.obj(cancelled.get("data")).get("order"));
        assertEquals(Long.toString(orderId), o.get("orderId"), "cancel responses carry the id as a string");
        assertEquals("CANCELLED", o.get("status"));
        final Map<String, Object> frame = TestJson.obj(ws.next(WAIT).get("o"));
        assertEquals("CANCELED", frame.get("x"));
        assertEquals("CANCELED", frame.get("X"));
        assertEquals(109_421L, rest.signedJson("DELETE", RestApi.ORDER, "symbol", "ETH-USDT", "orderId",
                Long.toString(orderId)).get("code"));
        final Map<String, Object> history = rest.signedJson("GET", RestApi.ALL_ORDERS, "symbol", "ETH-USDT");
        final List<Object> rows = TestJson.list(TestJson.obj(history.get("data")).get("orders"));
        assertEquals(1, rows.size());
        assertEquals("CANCELLED", TestJson.obj(rows.get(0)).get("status"));
    }

    @Test
    void fillsACrossingGtcLimitAtOnceAsTaker() throws InterruptedException {
        final BigDecimal mark = sim.price("ETH-USDT");
        final Map<String, Object> placed = limit("BUY", "LONG", "0.10", mark.add(new BigDecimal("5.00")), "GTC");
        assertEquals("FILLED", TestJson.obj(TestJson.obj(placed.get("data")).get("order")).get("status"));
        final FillView f = sim.account().fills().get(0);
        assertEquals(0, f.price().compareTo(mark), "fills at the path price, better than its limit");
        assertTrue(!f.maker());
    }

    @Test
    void expiresAnIocLimitThatDoesNotCross() throws InterruptedException {
        final BigDecimal below = sim.price("ETH-USDT").subtract(new BigDecimal("10.00"));
        final Map<String, Object> placed = limit("BUY", "LONG", "0.10", below, "IOC");
        assertEquals("EXPIRED", TestJson.obj(TestJson.obj(placed.get("data")).get("order")).get("status"));
        ws.next(WAIT);
        assertEquals("EXPIRED", TestJson.obj(ws.next(WAIT).get("o")).get("X"));
    }

    @Test
    void refusesToCloseMoreThanThePosition() {
        final Map<String, Object> body = rest.signedJson("POST", RestApi.ORDER, "symbol", "BTC-USDT", "side",
                "SELL", "positionSide", "LONG", "type", "MARKET", "quantity", "0.0010");
        assertEquals(101_400L, body.get("code"));
        assertEquals("No position to close", body.get("msg"));
    }

    @Test
    void refusesOffGridQuantitiesAndOneWayMode() {
        assertEquals(109_400L, rest.signedJson("POST", RestApi.ORDER, "symbol", "BTC-USDT", "side", "BUY",
                "positionSide", "LONG", "type", "MARKET", "quantity", "0.00001").get("code"));
        assertEquals(109_400L, rest.signedJson("POST", RestApi.ORDER, "symbol", "BTC-USDT", "side", "BUY",
                "positionSide", "BOTH", "type", "MARKET", "quantity", "0.0010").get("code"));
        assertEquals(109_400L, rest.signedJson("POST", RestApi.ORDER, "symbol", "NOPE-USDT", "side", "BUY",
                "positionSide", "LONG", "type", "MARKET", "quantity", "1").get("code"));
        assertEquals(101_204L, rest.signedJson("POST", RestApi.ORDER, "symbol", "BTC-USDT", "side", "BUY",
                "positionSide", "LONG", "type", "MARKET", "quantity", "50").get("code"), "insufficient margin");
    }
}
