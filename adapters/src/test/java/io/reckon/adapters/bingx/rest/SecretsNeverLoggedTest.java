package io.reckon.adapters.bingx.rest;

import io.reckon.adapters.bingx.rest.HttpPeer.Reply;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the client through success and every failure path with a peer that echoes the request query (listen
 * key and signature included) back in its error messages, captures everything slf4j prints and every message
 * the client hands out, and checks that no secret appears.
 */
class SecretsNeverLoggedTest {
    private static final String KEY_PATH = "/openApi/user/auth/userDataStream";

    @Test
    void noKeySecretSignatureOrListenKeyReachesLogsOrMessages() throws Exception {
        final String apiKey = "k-" + UUID.randomUUID();
        final String secret = "s-" + UUID.randomUUID();
        final String listenKey = "lk" + UUID.randomUUID().toString().replace("-", "");
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(1_710_303_600_000L);
        final List<String> surfaced = new ArrayList<>();
        final ByteArrayOutputStream logs = new ByteArrayOutputStream();
        final PrintStream originalErr = System.err;
        final int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (HttpPeer peer = new HttpPeer()) {
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            final RetryPolicy policy = new RetryPolicy(2, 1, 1, 0, 0);
            final BingxRestClient client = new BingxRestClient(peer.baseUrl(), Credentials.of(apiKey, secret),
                HttpClient.newHttpClient(), clock, 5_000, 300, policy, ms -> { });
            final BingxRestClient dead = new BingxRestClient("http://127.0.0.1:" + deadPort,
                Credentials.of(apiKey, secret), HttpClient.newHttpClient(), clock, 5_000, 300, policy, ms -> { });
            final ListenKey key = new ListenKey(listenKey);
            final String echo = "{\"code\":100001,\"msg\":\"signature mismatch for {query} key " + apiKey + "\"}";

            peer.then(KEY_PATH, Reply.json(200, "{\"listenKey\":\"" + listenKey + "\"}"),
                Reply.json(200, echo), Reply.json(500, echo), Reply.json(500, echo), Reply.json(404, echo),
                Reply.json(200, "{\"code\":109429,\"msg\":\"rate limited {query}\"}"),
                Reply.json(200, "{}").delayed(1_000));
            final List<RestResponse> responses = List.of(
                client.createListenKey(), client.extendListenKey(key), client.extendListenKey(key),
                client.deleteListenKey(key), client.extendListenKey(key), client.createListenKey(),
                dead.extendListenKey(key), dead.deleteListenKey(key));
            for (RestResponse r : responses) {
                surfaced.add(r.toString());
                surfaced.add(r.message());
            }
            surfaced.add(key.toString());
            surfaced.add(client.toString());
            System.err.flush();
            final String captured = logs.toString(StandardCharsets.UTF_8) + String.join("\n", surfaced);

            assertTrue(captured.contains("listen_key_extend"), "the failures must have been logged: " + captured);
            assertTrue(captured.contains("signature=<redacted>"), captured);
            final List<String> forbidden = new ArrayList<>(List.of(apiKey, secret, listenKey));
            for (HttpPeer.Request r : peer.requests()) {
                final String q = r.query();
                forbidden.add(q.substring(q.indexOf("signature=") + "signature=".length()));
            }
            for (String f : forbidden) {
                assertFalse(captured.contains(f), "leaked a secret into: " + captured);
            }
        } finally {
            System.setErr(originalErr);
        }
    }
}
