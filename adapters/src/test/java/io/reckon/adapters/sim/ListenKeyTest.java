package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListenKeyTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private MutableClock clock;
    private BingxSimulator sim;
    private SimRestClient rest;

    @BeforeEach
    void start() {
        clock = new MutableClock(1_780_000_000_000L);
        sim = BingxSimulator.start(SimConfig.builder().clock(clock).housekeepingInterval(Duration.ofMillis(20))
                .build());
        rest = new SimRestClient(sim, clock::millis);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int put(final String key) {
        return rest.signed("PUT", RestApi.LISTEN_KEY, "listenKey", key).statusCode();
    }

    @Test
    void createsA64HexKeyAsABareObject() {
        final HttpResponse<String> r = rest.signed("POST", RestApi.LISTEN_KEY);
        final Map<String, Object> body = TestJson.object(r.body());
        assertEquals(1, body.size(), "bare {\"listenKey\":...}");
        assertTrue(((String) body.get("listenKey")).matches("[0-9a-f]{64}"));
    }

    @Test
    void acceptsAnUnsignedCreateWithTheApiKeyOnly() {
        final HttpResponse<String> r = rest.send("POST", RestApi.LISTEN_KEY, sim.apiKey());
        assertTrue(TestJson.object(r.body()).containsKey("listenKey"));
        assertEquals(100_413L, TestJson.object(rest.send("POST", RestApi.LISTEN_KEY, "nope").body()).get("code"));
    }

    @Test
    void extendsALiveKeyWithAnEmptyBody() {
        final String key = rest.createListenKey();
        clock.advance(Duration.ofMinutes(59));
        final HttpResponse<String> r = rest.signed("PUT", RestApi.LISTEN_KEY, "listenKey", key);
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, put(key), "the extend moved expiry to 60 min after it");
    }

    @Test
    void answers404ToTheExtendOfAnExpiredOrUnknownKey() {
        final String key = rest.createListenKey();
        clock.advance(Duration.ofMinutes(60));
        assertEquals(404, put(key));
        assertEquals(404, put("f".repeat(64)));
    }

    @Test
    void deletesAKeyOnce() {
        final String key = rest.createListenKey();
        assertEquals(200, rest.signed("DELETE", RestApi.LISTEN_KEY, "listenKey", key).statusCode());
        assertEquals(404, rest.signed("DELETE", RestApi.LISTEN_KEY, "listenKey", key).statusCode());
        assertEquals(404, put(key));
    }

    @Test
    void deletingAKeyClosesItsSockets() throws Exception {
        final String key = rest.createListenKey();
        final String other = rest.createListenKey();
        final SimWsClient ws = SimWsClient.connect(sim, key, true);
        final SimWsClient kept = SimWsClient.connect(sim, other, true);
        assertEquals(200, rest.signed("DELETE", RestApi.LISTEN_KEY, "listenKey", key).statusCode());
        assertTrue(ws.closed.await(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(org.java_websocket.framing.CloseFrame.NORMAL, ws.closeCode);
        assertTrue(kept.isOpen());
        assertEquals(1, sim.liveSockets());
        kept.closeBlocking();
    }

    @Test
    void tellsTheSocketsOfAnExpiredKeyAndStopsTheirData() throws Exception {
        final String key = rest.createListenKey();
        final SimWsClient ws = SimWsClient.connect(sim, key, true);
        clock.advance(Duration.ofMinutes(61));
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals("listenKeyExpired", f.get("e"));
        assertEquals(key, f.get("listenKey"));
        assertEquals(clock.millis(), TestJson.num(f, "E"));
        sim.transfer(new BigDecimal("10"));
        assertTrue(ws.drain(Duration.ofMillis(300)).isEmpty(), "no data after expiry");
        assertEquals(0, sim.liveSockets());
        ws.closeBlocking();
    }

    @Test
    void refusesASocketForAnExpiredKey() throws Exception {
        final String key = rest.createListenKey();
        clock.advance(Duration.ofMinutes(61));
        final SimWsClient ws = SimWsClient.connectRaw(sim, key, true);
        assertTrue(ws.closed.await(5, java.util.concurrent.TimeUnit.SECONDS));
    }
}
