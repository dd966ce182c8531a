package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.ListenKey;
import io.reckon.adapters.bingx.rest.RestError;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.adapters.bingx.rest.Sleeper;
import io.reckon.adapters.bingx.stream.RecordingIngress.Kind;
import io.reckon.adapters.bingx.stream.RecordingIngress.Rec;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.engine.ring.RestTopic;
import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user stream against the embedded BingX simulator over loopback: real REST, real WebSocket, real faults. */
class UserStreamTest {
    private static final long WAIT = 10_000;
    private static final StreamTimings FAST = new StreamTimings(60_000, 50, 400, 600_000, 0, 3_000, 0);
    private static final RetryPolicy RETRY = new RetryPolicy(3, 20, 100, 5_000, 10_000);

    private final RecordingIngress ingress = new RecordingIngress();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "user-stream-test");
        t.setDaemon(true);
        return t;
    });
    private BingxSimulator sim;
    private BingxRestClient rest;
    private UserStream stream;

    private UserStream start(final StreamTimings timings) {
        return start(timings, Duration.ofMillis(100));
    }

    private UserStream start(final StreamTimings timings, final Duration ping) {
        sim = BingxSimulator.start(SimConfig.builder().pingInterval(ping).maxMissedPongs(4)
            .housekeepingInterval(Duration.ofMillis(100)).build());
        final ReckonConfig config = ConfigLoader.fromMap(Map.of("rest.base_url", sim.restBaseUrl(),
            "ws.base_url", sim.wsBaseUrl(), "credentials.api_key_env", "SIM_KEY", "credentials.secret_env",
            "SIM_SECRET", "rest.timeout_ms", "2000"), Map.of());
        final BingxRestClient fromConfig = BingxRestClient.fromConfig(config,
            Map.of("SIM_KEY", sim.apiKey(), "SIM_SECRET", sim.secret()), HttpClient.newHttpClient(),
            SystemEpochClock.INSTANCE);
        assertTrue(fromConfig.serverTime().ok());
        rest = new BingxRestClient(config.restBaseUrl(),
            io.reckon.adapters.bingx.rest.Credentials.of(sim.apiKey(), sim.secret()), HttpClient.newHttpClient(),
            SystemEpochClock.INSTANCE, 5_000, 2_000, RETRY, Sleeper.THREAD);
        final GapRepair repair = new GapRepair(rest, ingress, SystemEpochClock.INSTANCE, () -> 0L);
        stream = new UserStream(config.wsBaseUrl(), rest, repair, ingress, scheduler, SystemEpochClock.INSTANCE,
            timings);
        ingress.signalTo(stream);
        stream.start();
        return stream;
    }

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
        scheduler.shutdownNow();
        if (sim != null) {
            sim.close();
        }
    }

    private Rec awaitControl(final String event, final long conn) {
        return ingress.await(r -> r.isControl(event) && r.conn() == conn, WAIT, event + " on c" + conn);
    }

    private static long number(final Rec r, final String field) {
        final Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(r.text());
        assertTrue(m.find(), field + " missing in " + r.text());
        return Long.parseLong(m.group(1));
    }

    private List<Long> retryDelays() {
        return ingress.matching(r -> r.isControl("retry_scheduled")).stream().map(r -> number(r, "delay_ms")).toList();
    }

    @Test
    void announcesTheConnectionBeforeAnyFrameAndRepairsTheGapBeforeItIsTrusted() {
        start(FAST);
        final Rec healthy = awaitControl("stream_healthy", 1);
        sim.transfer(new BigDecimal("25"));
        final Rec transfer = ingress.await(r -> r.isWire(1) && r.text().contains("ACCOUNT_UPDATE"), WAIT,
            "the transfer's frame");

        final List<Rec> c1 = ingress.matching(r -> r.conn() == 1);
        assertTrue(c1.get(0).isControl("connected") && c1.get(0).text().contains("\"reason\":\"start\""),
            ingress.describe());
        final List<Rec> lifecycle = c1.stream().filter(r -> r.kind() != Kind.WIRE).toList();
        assertEquals(List.of(RestTopic.BALANCE, RestTopic.POSITIONS, RestTopic.OPEN_ORDERS, RestTopic.ALL_ORDERS,
            RestTopic.INCOME, RestTopic.INCOME), lifecycle.subList(1, 7).stream().map(Rec::topic).toList(),
            "snapshot, then order history, funding and transfer income: " + ingress.describe());
        assertTrue(lifecycle.subList(1, 7).stream().allMatch(r -> r.text().contains("\"code\":0")));
        final Rec repaired = lifecycle.get(7);
        assertTrue(repaired.isControl("gap_repaired") && repaired.text().contains("\"failed\":0"), repaired.text());
        assertTrue(repaired.index() < healthy.index(), "healthy only once repaired");
        assertTrue(ingress.matching(r -> r.isWire(1) && r.index() < healthy.index()).size() >= 1,
            "healthy only after a frame");
        assertTrue(repaired.index() < transfer.index());
    }

    @Test
    void answersEveryPingWithPongAndHandsTheHeartbeatOn() {
        start(FAST);
        final List<Rec> pings = ingress.awaitCount(r -> r.isWire(1) && r.text().equals("Ping"), 8, WAIT, "pings");
        assertTrue(pings.stream().allMatch(Rec::binary), "the simulator sends gzip-binary pings");
        assertTrue(ingress.matching(r -> r.isControl("disconnected")).isEmpty(),
            "a missed Pong makes the simulator close the socket: " + ingress.describe());
        assertEquals(1, sim.liveSockets());
    }

    @Test
    void reconnectsAfterADisconnectWithABackoffThatResetsOnceHealthy() {
        start(FAST);
        awaitControl("stream_healthy", 1);

        sim.faults().disconnectAll();
        final Rec lost = awaitControl("disconnected", 1);
        assertTrue(lost.text().contains("\"why\":\"lost\""), lost.text());
        assertTrue(awaitControl("recovery_done", 2).text().contains("\"reason\":\"disconnected\""));

        sim.faults().disconnectAll();
        awaitControl("recovery_done", 3);
        assertEquals(List.of(50L, 50L), retryDelays(), "a healthy receive resets the backoff");

        sim.faults().failNextRestCalls(3);
        sim.faults().disconnectAll();
        awaitControl("recovery_done", 6);
        assertEquals(List.of(50L, 50L, 50L, 100L, 200L), retryDelays(), ingress.describe());
        assertEquals(3, ingress.matching(r -> r.isControl("rest_failure") && r.text().contains("HTTP_5XX")).size(),
            "the old key's delete and two creates failed, each reported once");

        sim.faults().disconnectAll();
        awaitControl("recovery_done", 7);
        assertEquals(50L, retryDelays().get(5));
    }

    @Test
    void rotatesWhenTheVenueSaysTheListenKeyExpired() {
        start(FAST);
        awaitControl("stream_healthy", 1);
        final ListenKey first = stream.keysInUse().get(0);

        sim.faults().expireListenKeysNow();
        awaitControl("listen_key_expired", 1);
        final Rec done = awaitControl("recovery_done", 2);
        assertTrue(done.text().contains("\"reason\":\"listen_key_expired\""), done.text());
        assertTrue(awaitControl("disconnected", 1).text().contains("\"why\":\"replaced\""));
        final ListenKey second = stream.keysInUse().get(0);
        assertNotEquals(first, second);
        assertTrue(rest.extendListenKey(second).ok());
        assertEquals(RestError.LISTEN_KEY_GONE, rest.extendListenKey(first).error());
    }

    @Test
    void rotatesWhenAKeepaliveAnswers404() {
        start(new StreamTimings(300, 50, 400, 600_000, 0, 3_000, 0));
        awaitControl("stream_healthy", 1);
        sim.faults().failNextKeepalive();
        final Rec failure = ingress.await(r -> r.isControl("rest_failure") && r.conn() == 1, WAIT, "keepalive 404");
        assertTrue(failure.text().contains("\"endpoint\":\"listen_key_extend\",\"kind\":\"LISTEN_KEY_GONE\""),
            failure.text());
        assertTrue(awaitControl("recovery_done", 2).text().contains("\"reason\":\"listen_key_gone\""));
        assertTrue(awaitControl("disconnected", 1).text().contains("\"why\":\"replaced\""));
    }

    @Test
    void rotatesProactivelyAndClosesTheOldSocketOnlyOnceTheNewOneIsHealthy() {
        ingress.onRecord(r -> {
            if (r.isControl("gap_repaired") && r.conn() == 2) {
                sim.transfer(new BigDecimal("7"));
            }
        });
        start(new StreamTimings(60_000, 50, 400, 1_000, 0, 3_000, 0));
        awaitControl("stream_healthy", 1);
        final ListenKey first = stream.keysInUse().get(0);
        final Rec started = awaitControl("rotation_started", 1);
        final Rec completed = awaitControl("rotation_completed", 2);
        final Rec closedOld = awaitControl("disconnected", 1);
        assertTrue(closedOld.text().contains("\"why\":\"replaced\""), closedOld.text());

        final Rec connected2 = awaitControl("connected", 2);
        final Rec firstOfNew = ingress.await(r -> r.isWire(2), WAIT, "first frame of c2");
        assertTrue(started.index() < connected2.index());
        assertTrue(firstOfNew.index() < completed.index() && completed.index() < closedOld.index());
        assertTrue(ingress.matching(r -> r.isWire(1) && r.index() > closedOld.index()).isEmpty());
        final List<Rec> transfer = ingress.awaitCount(r -> r.kind() == Kind.WIRE
            && r.text().contains("ACCOUNT_UPDATE"), 2, WAIT, "the transfer on both sockets");
        assertEquals(List.of(1L, 2L), transfer.stream().map(Rec::conn).sorted().toList(),
            "during the overlap both sockets deliver: " + ingress.describe());
        assertEquals(RestError.LISTEN_KEY_GONE, rest.extendListenKey(first).error(), "the old key is deleted");
        assertTrue(rest.extendListenKey(stream.keysInUse().get(0)).ok());
    }

    @Test
    void runsOneRecoveryForABurstOfTriggers() {
        start(FAST);
        awaitControl("stream_healthy", 1);
        for (int i = 0; i < 5; i++) {
            stream.listenKeyExpired(1);
        }
        final Rec done = awaitControl("recovery_done", 2);
        assertEquals(5, number(done, "triggers"));
        assertEquals(1, number(done, "attempts"));
        ingress.awaitCount(r -> r.isWire(2) && r.text().equals("Ping"), 3, WAIT, "c2 settled");
        assertEquals(1, ingress.matching(r -> r.isControl("recovery_started")).size());
        assertEquals(1, ingress.matching(r -> r.isControl("listen_key_expired")).size());
        assertEquals(2, ingress.matching(r -> r.isControl("connected")).size());
        awaitControl("disconnected", 1);
        assertEquals(1, stream.keysInUse().size(), "the replaced socket's key is let go after the overlap grace");
    }

    @Test
    void deletesItsListenKeyOnClose() {
        start(FAST);
        awaitControl("stream_healthy", 1);
        final ListenKey key = stream.keysInUse().get(0);
        assertTrue(rest.extendListenKey(key).ok());
        stream.close();
        assertEquals(RestError.LISTEN_KEY_GONE, rest.extendListenKey(key).error());
        assertTrue(stream.keysInUse().isEmpty());
        final int afterClose = ingress.all().size();
        ingress.await(r -> r.isControl("stream_closed"), WAIT, "stream_closed");
        assertFalse(ingress.matching(r -> r.kind() == Kind.WIRE && r.index() >= afterClose).iterator().hasNext());
    }

    @Test
    void reportsA5xxAfterItsRetriesAndARateLimitOnceEach() {
        start(new StreamTimings(60_000, 50, 400, 600_000, 150, 3_000, 0));
        awaitControl("stream_healthy", 1);
        sim.faults().failNextRestCalls(3, 503);
        final Rec fiveXx = ingress.await(r -> r.isControl("rest_failure"), WAIT, "a 5xx failure");
        assertTrue(fiveXx.text().contains("\"kind\":\"HTTP_5XX\",\"http\":503,\"code\":109500,\"attempts\":3"),
            fiveXx.text());

        sim.faults().rateLimitNextRestCalls(1);
        final Rec limited = ingress.await(r -> r.isControl("rest_failure") && r.text().contains("RATE_LIMITED"),
            WAIT, "a rate-limit failure");
        assertTrue(limited.text().contains("\"code\":109429,\"attempts\":1"), limited.text());
        final int seen = ingress.matching(r -> r.topic() == RestTopic.OPEN_ORDERS).size();
        ingress.awaitCount(r -> r.topic() == RestTopic.OPEN_ORDERS, seen + 4, WAIT, "four more guard polls");
        assertEquals(1, ingress.matching(r -> r.isControl("rest_failure") && r.text().contains("HTTP_5XX")).size());
        assertEquals(1, ingress.matching(r -> r.isControl("rest_failure") && r.text().contains("RATE_LIMITED"))
            .size(), "the cool-down answers locally and is not reported again: " + ingress.describe());
    }

    @Test
    void dropsANewConnectionThatNeverSpeaksAndTriesAgain() {
        start(new StreamTimings(60_000, 50, 400, 600_000, 0, 300, 0), Duration.ofMinutes(1));
        final Rec dropped = awaitControl("disconnected", 1);
        assertTrue(dropped.text().contains("\"why\":\"health_timeout\""), dropped.text());
        awaitControl("connected", 2);
        assertTrue(ingress.matching(r -> r.isControl("stream_healthy")).isEmpty());
        assertTrue(ingress.matching(r -> r.isControl("retry_scheduled")).size() >= 1);
    }

    @Test
    void treatsASilentConnectionAsLostAndReconnects() {
        ingress.onRecord(r -> {
            if (r.isControl("gap_repaired")) {
                sim.transfer(BigDecimal.ONE);
            }
        });
        start(new StreamTimings(60_000, 50, 400, 600_000, 0, 3_000, 400), Duration.ofMinutes(1));
        awaitControl("stream_healthy", 1);
        final Rec lost = awaitControl("disconnected", 1);
        assertTrue(lost.text().contains("\"why\":\"lost\"") && lost.text().contains("silent for"), lost.text());
        assertTrue(awaitControl("recovery_done", 2).text().contains("\"reason\":\"disconnected\""));
    }
}
