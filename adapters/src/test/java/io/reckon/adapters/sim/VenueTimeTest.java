package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The venue times the kernel books late fills by: a stream frame's {@code E} and an order-history row's
 * {@code updateTime}. With a clock that moves only when the test moves it, every time is known exactly.
 */
class VenueTimeTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long T0 = 1_780_000_000_000L;
    private MutableClock clock;
    private BingxSimulator sim;
    private SimRestClient rest;
    private SimWsClient ws;

    @BeforeEach
    void start() throws InterruptedException {
        clock = new MutableClock(T0);
        sim = BingxSimulator.start(SimConfig.builder().clock(clock).build());
        rest = new SimRestClient(sim, clock::millis);
        ws = SimWsClient.connect(sim, rest.createListenKey(), true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        ws.closeBlocking();
        sim.close();
    }

    /** A resting ETH quote half a dollar under the market: it fills as maker on later ticks, in one or more parts. */
    private long restingQuote() {
        final BigDecimal price = sim.price("ETH-USDT").subtract(new BigDecimal("0.50"));
        final Map<String, Object> placed = rest.signedJson("POST", RestApi.ORDER, "symbol", "ETH-USDT", "side",
                "BUY", "positionSide", "LONG", "type", "LIMIT", "quantity", "0.40", "price", price.toPlainString(),
                "timeInForce", "GTC");
        assertEquals(0L, placed.get("code"));
        return ((Number) TestJson.obj(TestJson.obj(placed.get("data")).get("order")).get("orderId")).longValue();
    }

    /** Each tick one second after the last, so every fill has its own time. */
    private void tickUntil(final java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            clock.advance(Duration.ofSeconds(1));
            sim.tick();
        }
        assertTrue(done.getAsBoolean(), "the seeded path reached the quote");
    }

    private Map<String, Object> historyRow(final long orderId) {
        for (final Object o : TestJson.list(TestJson.obj(rest.signedJson("GET", RestApi.ALL_ORDERS, "symbol",
                "ETH-USDT").get("data")).get("orders"))) {
            final Map<String, Object> row = TestJson.obj(o);
            if (((Number) row.get("orderId")).longValue() == orderId) {
                return row;
            }
        }
        throw new AssertionError("order " + orderId + " not in the order history");
    }

    private List<FillView> fillsOf(final long orderId) {
        return sim.account().fills().stream().filter(f -> f.orderId() == orderId).toList();
    }

    @Test
    void aFilledOrdersHistoryRowCarriesItsLastFillsTimeAndEachFrameItsFillsTime() throws InterruptedException {
        final long orderId = restingQuote();
        tickUntil(() -> sim.account().openOrders().isEmpty());
        final List<FillView> fills = fillsOf(orderId);
        assertTrue(fills.size() > 1, "with this seed the quote fills in parts");
        final long lastFill = fills.get(fills.size() - 1).timeMs();
        assertTrue(lastFill > fills.get(0).timeMs());

        final Map<String, Object> row = historyRow(orderId);
        assertEquals("FILLED", row.get("status"));
        assertEquals(T0, row.get("time"), "placed at");
        assertEquals(lastFill, row.get("updateTime"), "the last fill's time, not a later one");

        final List<Map<String, Object>> frames = ws.until(f -> "ORDER_TRADE_UPDATE".equals(f.get("e"))
                && "FILLED".equals(TestJson.obj(f.get("o")).get("X")), WAIT);
        frames.add(ws.next(WAIT));
        assertEquals(T0, frames.get(0).get("E"), "NEW at the placing time");
        int trade = 0;
        Object lastTradeTime = null;
        for (final Map<String, Object> f : frames.subList(1, frames.size())) {
            if (SimWsClient.isAccountUpdate(f)) {
                assertEquals(lastTradeTime, f.get("E"), "a fill's account update at the fill's time");
                continue;
            }
            assertEquals(fills.get(trade).timeMs(), f.get("E"), "trade " + trade + " at its fill's time");
            assertEquals(0L, TestJson.obj(f.get("o")).get("T"), "BingX sends no trade time");
            lastTradeTime = f.get("E");
            trade++;
        }
        assertEquals(fills.size(), trade);
        assertTrue(SimWsClient.isAccountUpdate(frames.get(frames.size() - 1)));
    }

    /**
     * What a cancelled order's row says: {@code updateTime} is the cancel, later than its fills. A late fill booked at
     * its row's {@code updateTime} would land after events that followed the fill.
     */
    @Test
    void aPartlyFilledOrderCancelledLaterCarriesItsCancelTimeNotItsLastFillsTime() {
        final long orderId = restingQuote();
        tickUntil(() -> !fillsOf(orderId).isEmpty());
        assertFalse(sim.account().openOrders().isEmpty(), "with this seed the first fill is partial");
        final long lastFill = fillsOf(orderId).get(fillsOf(orderId).size() - 1).timeMs();
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0L, rest.signedJson("DELETE", RestApi.ORDER, "symbol", "ETH-USDT", "orderId",
                Long.toString(orderId)).get("code"));

        final Map<String, Object> row = historyRow(orderId);
        assertEquals("CANCELLED", row.get("status"));
        assertEquals(lastFill + 5_000, row.get("updateTime"));
    }
}
