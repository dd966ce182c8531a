package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.java_websocket.framing.CloseFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(250);
    private BingxSimulator sim;
    private SimRestClient rest;
    private String listenKey;
    private SimWsClient ws;

    @BeforeEach
    void start() throws InterruptedException {
        sim = BingxSimulator.start(SimConfig.defaults());
        rest = new SimRestClient(sim, System::currentTimeMillis);
        listenKey = rest.createListenKey();
        ws = SimWsClient.connect(sim, listenKey, true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        ws.closeBlocking();
        sim.close();
    }

    private Map<String, Object> buyBtc(final String qty) {
        return rest.signedJson("POST", RestApi.ORDER, "symbol", "BTC-USDT", "side", "BUY", "positionSide", "LONG",
                "type", "MARKET", "quantity", qty);
    }

    @Test
    void disconnectAllDropsEverySocket() throws InterruptedException {
        sim.faults().disconnectAll();
        assertTrue(ws.closed.await(5, TimeUnit.SECONDS));
        assertEquals(CloseFrame.ABNORMAL_CLOSE, ws.closeCode);
        assertEquals(0, sim.liveSockets());
    }

    @Test
    void expireListenKeysNowTellsTheSocketAndKillsTheKey() throws InterruptedException {
        sim.faults().expireListenKeysNow();
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals("listenKeyExpired", f.get("e"));
        assertEquals(listenKey, f.get("listenKey"));
        assertEquals(404, rest.signed("PUT", RestApi.LISTEN_KEY, "listenKey", listenKey).statusCode());
        sim.transfer(BigDecimal.TEN);
        assertTrue(ws.drain(QUIET).isEmpty());
    }

    @Test
    void failNextKeepaliveAnswers404Once() {
        final String other = rest.createListenKey();
        sim.faults().failNextKeepalive();
        assertEquals(404, rest.signed("PUT", RestApi.LISTEN_KEY, "listenKey", listenKey).statusCode());
        assertEquals(200, rest.signed("PUT", RestApi.LISTEN_KEY, "listenKey", other).statusCode());
    }

    @Test
    void failNextRestCallsAnswersServerErrorsThenRecovers() {
        sim.faults().failNextRestCalls(2, 503);
        assertEquals(503, rest.signed("GET", RestApi.BALANCE).statusCode());
        assertEquals(503, rest.send("GET", RestApi.SERVER_TIME, null).statusCode());
        assertEquals(200, rest.signed("GET", RestApi.BALANCE).statusCode());
    }

    @Test
    void rateLimitAnswersTheNewCodeByDefaultAndTheOldOneOnRequest() {
        sim.faults().rateLimitNextRestCalls(1);
        final HttpResponse<String> r = rest.signed("GET", RestApi.POSITIONS);
        assertEquals(200, r.statusCode());
        assertEquals(109_429L, TestJson.object(r.body()).get("code"));
        assertEquals("0", r.headers().firstValue("X-RateLimit-Requests-Remain").orElseThrow());
        sim.faults().rateLimitNextRestCalls(1, 100_410);
        assertEquals(100_410L, TestJson.object(rest.signed("GET", RestApi.POSITIONS).body()).get("code"));
        assertEquals(0L, TestJson.object(rest.signed("GET", RestApi.POSITIONS).body()).get("code"));
    }

    @Test
    void droppedFramesLeaveTheChangeVisibleOverRestOnly() throws InterruptedException {
        sim.faults().dropNextFrames(100);
        assertEquals(0L, buyBtc("0.0100").get("code"));
        assertTrue(ws.drain(QUIET).isEmpty(), "every frame of the fill was dropped");
        final Map<String, Object> positions = rest.signedJson("GET", RestApi.POSITIONS);
        final Map<String, Object> row = TestJson.obj(TestJson.list(positions.get("data")).get(0));
        assertEquals("0.0100", row.get("positionAmt"));
        sim.faults().dropNextFrames(1);
        sim.transfer(BigDecimal.ONE);
        sim.transfer(BigDecimal.TEN);
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals("10.00000000", TestJson.obj(TestJson.list(TestJson.obj(f.get("a")).get("B")).get(0)).get("bc"),
                "only the first frame was dropped");
    }

    @Test
    void dropFramesOfNextOrderLosesThatWholeOrderOnlyAndRestStillShowsIt() throws InterruptedException {
        sim.faults().dropFramesOfNextOrder();
        final Map<String, Object> hidden = buyBtc("0.0100");
        assertEquals(0L, hidden.get("code"));
        sim.transfer(BigDecimal.ONE);
        final Map<String, Object> first = ws.next(WAIT);
        assertEquals("1.00000000", TestJson.obj(TestJson.list(TestJson.obj(first.get("a")).get("B")).get(0))
                .get("bc"), "neither the order's NEW, its trades nor its account update came first");
        final Map<String, Object> row = TestJson.obj(TestJson.list(rest.signedJson("GET", RestApi.POSITIONS)
                .get("data")).get(0));
        assertEquals("0.0100", row.get("positionAmt"), "the account changed all the same");
        final List<Object> history = TestJson.list(TestJson.obj(rest.signedJson("GET", RestApi.ALL_ORDERS,
                "symbol", "BTC-USDT").get("data")).get("orders"));
        assertEquals(1, history.size());
        assertEquals("FILLED", TestJson.obj(history.get(0)).get("status"));

        buyBtc("0.0100");
        final List<Map<String, Object>> next = ws.until(SimWsClient::isAccountUpdate, WAIT);
        assertEquals("NEW", TestJson.obj(next.get(0).get("o")).get("x"), "the fault fired for one order");
    }

    @Test
    void aRestingQuoteWhoseFramesAreDroppedStaysSilentThroughItsLaterFillsAndCancel() throws InterruptedException {
        sim.faults().dropFramesOfNextOrder();
        final BigDecimal price = sim.price("ETH-USDT").subtract(new BigDecimal("0.50"));
        assertEquals(0L, rest.signedJson("POST", RestApi.ORDER, "symbol", "ETH-USDT", "side", "BUY", "positionSide",
                "LONG", "type", "LIMIT", "quantity", "0.40", "price", price.toPlainString(), "timeInForce",
                "GTC").get("code"));
        for (int i = 0; i < 500 && sim.account().fills().isEmpty(); i++) {
            sim.tick();
        }
        assertFalse(sim.account().fills().isEmpty(), "the seeded path reached the quote");
        assertEquals(1, sim.account().openOrders().size(), "with this seed the first fill is partial");
        final OrderView resting = sim.account().openOrders().get(0);
        assertEquals(0L, rest.signedJson("DELETE", RestApi.ORDER, "symbol", "ETH-USDT", "orderId",
                Long.toString(resting.orderId())).get("code"));
        assertTrue(ws.drain(QUIET).isEmpty(), "not one frame of the quote, early or late");
    }

    @Test
    void framesFaultsArmedMeanwhileAreLeftForTheFramesThatAreSent() throws InterruptedException {
        sim.faults().dropFramesOfNextOrder();
        sim.faults().dropNextFrames(1);
        buyBtc("0.0100");
        sim.transfer(BigDecimal.ONE);
        sim.transfer(BigDecimal.TEN);
        final List<String> frames = ws.drain(QUIET);
        assertEquals(1, frames.size(), String.valueOf(frames));
        assertTrue(frames.get(0).contains("\"bc\":\"10.00000000\""), "the count drop took the first transfer");
    }

    @Test
    void duplicatedFramesArriveTwice() throws InterruptedException {
        sim.faults().duplicateNextFrames(1);
        sim.transfer(BigDecimal.ONE);
        final List<String> frames = ws.drain(QUIET);
        assertEquals(2, frames.size());
        assertEquals(frames.get(0), frames.get(1));
    }

    @Test
    void reorderSendsTheAccountUpdateBeforeItsTrades() throws InterruptedException {
        sim.faults().reorderNextFill();
        buyBtc("0.0100");
        assertEquals("NEW", TestJson.obj(ws.next(WAIT).get("o")).get("x"));
        assertTrue(SimWsClient.isAccountUpdate(ws.next(WAIT)), "ACCOUNT_UPDATE first");
        final List<Map<String, Object>> trades = ws.until(f -> "FILLED".equals(TestJson.obj(f.get("o")).get("X")),
                WAIT);
        assertTrue(trades.stream().allMatch(f -> "ORDER_TRADE_UPDATE".equals(f.get("e"))), "then its trades");
        buyBtc("0.0100");
        final List<Map<String, Object>> second = ws.until(SimWsClient::isAccountUpdate, WAIT);
        assertTrue(second.size() >= 3, "NEW, trade(s), then the update: the fault fired once");
        assertEquals("NEW", TestJson.obj(second.get(0).get("o")).get("x"));
        assertEquals("TRADE", TestJson.obj(second.get(1).get("o")).get("x"));
    }

    @Test
    void truncatedJsonInflatesButDoesNotParse() throws InterruptedException {
        sim.faults().sendMalformedFrame(MalformedFrame.TRUNCATED_JSON);
        final String text = ws.frames.poll(5, TimeUnit.SECONDS);
        assertTrue(text != null && text.startsWith("{\"e\":\"ACCOUNT_UPDATE\""));
        assertThrows(RuntimeException.class, () -> TestJson.object(text));
    }

    @Test
    void corruptGzipDoesNotInflate() throws InterruptedException {
        sim.faults().sendMalformedFrame(MalformedFrame.CORRUPT_GZIP);
        final byte[] raw = ws.undecodable.poll(5, TimeUnit.SECONDS);
        assertTrue(raw != null && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B, "a gzip header");
        assertThrows(IOException.class, () -> SimWsClient.gunzip(raw));
    }

    @Test
    void refusesNonsenseFaultArguments() {
        assertThrows(IllegalArgumentException.class, () -> sim.faults().dropNextFrames(0));
        assertThrows(IllegalArgumentException.class, () -> sim.faults().failNextRestCalls(1, 404));
    }
}
