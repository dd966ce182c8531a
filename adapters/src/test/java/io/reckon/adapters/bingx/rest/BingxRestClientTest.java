package io.reckon.adapters.bingx.rest;

import io.reckon.adapters.bingx.rest.HttpPeer.Reply;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BingxRestClientTest {
    private static final String KEY_PATH = "/openApi/user/auth/userDataStream";
    private static final String BALANCE = "/openApi/swap/v3/user/balance";
    private static final String POSITIONS = "/openApi/swap/v2/user/positions";
    private static final long NOW = 1_710_303_600_000L;
    private static final RetryPolicy POLICY = new RetryPolicy(3, 250, 2_000, 10_000, 300_000);

    private final String apiKey = "k-" + UUID.randomUUID();
    private final String secret = "s-" + UUID.randomUUID();
    private final CachedEpochClock clock = new CachedEpochClock();
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpPeer peer;
    private BingxRestClient client;

    @BeforeEach
    void start() throws IOException {
        clock.update(NOW);
        peer = new HttpPeer();
        client = client(peer.baseUrl(), 5_000);
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    private BingxRestClient client(final String baseUrl, final long timeoutMs) {
        return new BingxRestClient(baseUrl, Credentials.of(apiKey, secret), http, clock, 5_000, timeoutMs, POLICY,
            sleeps::add);
    }

    private String hmac(final String payload) throws Exception {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        final StringBuilder sb = new StringBuilder();
        for (byte b : mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    @Test
    void signsPrivateCallsWithClockTimestampAndRecvWindowAndSignatureLast() throws Exception {
        peer.always("/openApi/swap/v2/trade/allOrders", Reply.json(200, "{\"code\":0,\"data\":{\"orders\":[]}}"));
        final RestResponse r = client.allOrders(1_710_000_000_000L, 1000);
        assertTrue(r.ok(), r.toString());
        assertEquals(0, r.dataCount());
        final HttpPeer.Request req = peer.requests().get(0);
        assertEquals("GET", req.method());
        assertEquals(apiKey, req.apiKeyHeader());
        final String signed = "startTime=1710000000000&limit=1000&timestamp=" + NOW + "&recvWindow=5000";
        assertEquals(signed + "&signature=" + hmac(signed), req.query());
    }

    @Test
    void sendsPublicCallsWithoutKeyOrSignature() {
        peer.always("/openApi/swap/v2/server/time",
            Reply.json(200, "{\"code\":0,\"msg\":\"\",\"data\":{\"serverTime\":1710303599000}}"));
        assertTrue(client.serverTime().ok());
        final HttpPeer.Request req = peer.requests().get(0);
        assertNull(req.query());
        assertNull(req.apiKeyHeader());
    }

    @Test
    void returnsTheBodyBytesVerbatim() throws IOException {
        final byte[] body = EnvelopeTest.fixture("balance_v3.json");
        peer.always(BALANCE, Reply.bytes(body));
        final RestResponse r = client.balance();
        assertTrue(r.ok());
        assertArrayEquals(body, r.body());
        assertEquals(2, r.dataCount());
    }

    @Test
    void retriesAReadAfter5xxWithDoublingPauses() throws IOException {
        peer.then(POSITIONS, Reply.json(503, "busy"), Reply.json(502, ""),
            Reply.bytes(EnvelopeTest.fixture("positions_v2.json")));
        final RestResponse r = client.positions();
        assertTrue(r.ok(), r.toString());
        assertEquals(3, r.attempts());
        assertEquals(3, peer.count(POSITIONS));
        assertEquals(List.of(250L, 500L), sleeps);
    }

    @Test
    void givesUpOnAReadAfterTheLastAttemptAndReportsIt() {
        peer.always(POSITIONS, Reply.json(500, "<html>oops</html>"));
        final RestResponse r = client.positions();
        assertEquals(RestError.HTTP_5XX, r.error());
        assertEquals(500, r.httpStatus());
        assertEquals(3, r.attempts());
        assertTrue(r.reportable());
        assertEquals(3, peer.count(POSITIONS));
    }

    @Test
    void retriesOnTheBusinessSystemCodeToo() {
        peer.then(BALANCE, Reply.json(200, "{\"code\":109500,\"msg\":\"system error\"}"),
            Reply.json(200, "{\"code\":0,\"data\":[]}"));
        assertTrue(client.balance().ok());
        assertEquals(2, peer.count(BALANCE));
    }

    @Test
    void neverRepeatsAListenKeyCreate() {
        peer.always(KEY_PATH, Reply.json(503, ""));
        final RestResponse r = client.createListenKey();
        assertEquals(RestError.HTTP_5XX, r.error());
        assertEquals(1, peer.count(KEY_PATH));
        assertTrue(sleeps.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"listenKey\":\"%s\"}", "{\"code\":0,\"msg\":\"\",\"data\":{\"listenKey\":\"%s\"}}"})
    void acceptsBothListenKeyResponseShapes(final String shape) {
        final String key = "lk" + UUID.randomUUID().toString().replace("-", "");
        peer.always(KEY_PATH, Reply.json(200, String.format(shape, key)));
        final RestResponse r = client.createListenKey();
        assertTrue(r.ok(), r.toString());
        assertEquals(key, r.listenKey().value());
        assertEquals("POST", peer.requests().get(0).method());
        assertFalse(r.toString().contains(key));
    }

    @Test
    void refusesACreateAnswerWithoutAKey() {
        peer.always(KEY_PATH, Reply.json(200, "{\"code\":0,\"data\":{}}"));
        final RestResponse r = client.createListenKey();
        assertEquals(RestError.OTHER, r.error());
        assertNull(r.listenKey());
    }

    @Test
    void acceptsAnEmptyKeepaliveAnswerAndRetriesItAfter5xx() {
        peer.then(KEY_PATH, Reply.json(500, ""), Reply.json(200, ""));
        final RestResponse r = client.extendListenKey(new ListenKey("abc"));
        assertTrue(r.ok(), r.toString());
        assertEquals(2, peer.count(KEY_PATH));
        assertEquals("PUT", peer.requests().get(1).method());
        assertTrue(peer.requests().get(1).query().startsWith("listenKey=abc&timestamp="));
    }

    @Test
    void classifiesAKeepalive404AsListenKeyGoneWithoutRetry() {
        peer.always(KEY_PATH, Reply.json(404, ""));
        final RestResponse r = client.extendListenKey(new ListenKey("abc"));
        assertEquals(RestError.LISTEN_KEY_GONE, r.error());
        assertEquals(1, peer.count(KEY_PATH));
    }

    @Test
    void reportsARateLimitOnceAndCoolsDownWithoutSending() throws IOException {
        peer.always(BALANCE, Reply.bytes(EnvelopeTest.fixture("error_rate_limit.json")));
        final RestResponse first = client.balance();
        assertEquals(RestError.RATE_LIMITED, first.error());
        assertEquals(109429, first.code());
        assertTrue(first.reportable());
        assertEquals(1, first.attempts());

        final RestResponse second = client.balance();
        assertEquals(RestError.RATE_LIMITED, second.error());
        assertFalse(second.reportable());
        assertEquals(1, peer.count(BALANCE), "the cool-down must not touch the venue");

        peer.always(POSITIONS, Reply.json(200, "{\"code\":0,\"data\":[]}"));
        assertTrue(client.positions().ok(), "each endpoint has its own limit");

        clock.advance(10_001);
        final RestResponse third = client.balance();
        assertEquals(2, peer.count(BALANCE));
        assertFalse(third.reportable(), "still the same episode");

        clock.advance(10_001);
        client.balance();
        assertEquals(2, peer.count(BALANCE), "the second cool-down is twice as long");
        clock.advance(10_000);
        peer.always(BALANCE, Reply.json(200, "{\"code\":0,\"data\":[]}"));
        assertTrue(client.balance().ok());

        peer.always(BALANCE, Reply.json(200, "{\"code\":100410,\"msg\":\"rate limited\"}"));
        assertTrue(client.balance().reportable(), "a new episode is reported again");
        assertTrue(sleeps.isEmpty(), "rate limits are never retried");
    }

    @Test
    void honoursTheUnblockTimeTheVenueNames() {
        peer.always(BALANCE, Reply.json(200, "{\"code\":100410,\"msg\":\"code:100410:The endpoint trigger "
            + "frequency limit rule is currently in the disabled period and will be unblocked after "
            + (NOW + 60_000) + "\"}"));
        client.balance();
        clock.advance(59_000);
        client.balance();
        assertEquals(1, peer.count(BALANCE));
        clock.advance(1_000);
        client.balance();
        assertEquals(2, peer.count(BALANCE));
    }

    @Test
    void classifiesHttp429AsRateLimited() {
        peer.always(BALANCE, Reply.json(429, ""));
        assertEquals(RestError.RATE_LIMITED, client.balance().error());
        assertEquals(1, peer.count(BALANCE));
    }

    @Test
    void classifiesABusinessErrorInsideHttp200() {
        peer.always(BALANCE, Reply.json(200, "{\"code\":80016,\"msg\":\"order not exist\",\"data\":{}}"));
        final RestResponse r = client.balance();
        assertEquals(RestError.ORDER_NOT_EXIST, r.error());
        assertEquals(80016, r.code());
        assertEquals("order not exist", r.message());
        assertEquals(1, peer.count(BALANCE));
    }

    @Test
    void classifiesANonEnvelopeSuccessAsOther() {
        peer.always(BALANCE, Reply.json(200, "<html>maintenance</html>"));
        assertEquals(RestError.OTHER, client.balance().error());
    }

    @Test
    void classifiesASlowAnswerAsTimeout() {
        final BingxRestClient quick = client(peer.baseUrl(), 200);
        peer.always(KEY_PATH, Reply.json(200, "{\"listenKey\":\"x\"}").delayed(1_500));
        final RestResponse r = quick.createListenKey();
        assertEquals(RestError.TIMEOUT, r.error());
        assertEquals(0, r.httpStatus());
    }

    @Test
    void classifiesARefusedConnectionAsNetworkAndRetriesReads() throws IOException {
        final int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        final RestResponse r = client("http://127.0.0.1:" + port, 1_000).balance();
        assertEquals(RestError.NETWORK, r.error());
        assertEquals(3, r.attempts());
    }
}
