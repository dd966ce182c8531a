package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.java_websocket.framing.CloseFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private BingxSimulator sim;
    private SimRestClient rest;

    @BeforeEach
    void start() {
        sim = BingxSimulator.start(SimConfig.builder().pingInterval(Duration.ofMillis(150)).maxMissedPongs(2)
                .build());
        rest = new SimRestClient(sim, System::currentTimeMillis);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void sendsEveryFrameAsGzipBinaryIncludingThePing() throws Exception {
        final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), true);
        sim.transfer(new BigDecimal("25"));
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals("ACCOUNT_UPDATE", f.get("e"));
        waitForPings(ws, 1);
        assertEquals(0, ws.textFrames.get(), "no text frames from the server");
        assertTrue(ws.undecodable.isEmpty());
        ws.closeBlocking();
    }

    @Test
    void keepsASocketThatAnswersPong() throws Exception {
        final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), true);
        waitForPings(ws, 6);
        assertTrue(ws.isOpen());
        assertEquals(1, sim.liveSockets());
        ws.closeBlocking();
    }

    @Test
    void closesASocketThatMissesPongs() throws Exception {
        final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), false);
        assertTrue(ws.closed.await(5, TimeUnit.SECONDS), "socket closed for missing pongs");
        assertEquals(CloseFrame.GOING_AWAY, ws.closeCode);
        assertEquals(2, ws.pings.get());
    }

    @Test
    void closesASocketWithAnUnknownListenKey() throws Exception {
        final SimWsClient ws = SimWsClient.connectRaw(sim, "0".repeat(64), true);
        assertTrue(ws.closed.await(5, TimeUnit.SECONDS));
        assertEquals(CloseFrame.POLICY_VALIDATION, ws.closeCode);
    }

    @Test
    void answersAnUnexpectedClientTextWithInvalidParams() throws Exception {
        final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), true);
        ws.send("{}");
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals(109_400L, f.get("code"));
        ws.closeBlocking();
    }

    @Test
    void deliversToEverySocketOfTheAccount() throws Exception {
        final SimWsClient a = SimWsClient.connect(sim, rest.createListenKey(), true);
        final SimWsClient b = SimWsClient.connect(sim, rest.createListenKey(), true);
        sim.transfer(new BigDecimal("-5"));
        assertEquals("WITHDRAW", TestJson.obj(a.next(WAIT).get("a")).get("m"));
        assertEquals("WITHDRAW", TestJson.obj(b.next(WAIT).get("a")).get("m"));
        a.closeBlocking();
        b.closeBlocking();
        assertFalse(a.isOpen());
    }

    private static void waitForPings(final SimWsClient ws, final int n) throws InterruptedException {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (ws.pings.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(ws.pings.get() >= n, "expected " + n + " pings, got " + ws.pings.get());
    }
}
