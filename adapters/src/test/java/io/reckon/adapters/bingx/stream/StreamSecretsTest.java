package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.ListenKey;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.adapters.bingx.rest.Sleeper;
import io.reckon.adapters.bingx.stream.RecordingIngress.Kind;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.SimConfig;
import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole stream session against the simulator (start, keepalives, a 404 keepalive, a rotation, a disconnect, a
 * REST failure, close) with every log line captured: neither the logs nor anything the stream publishes to the
 * ingress (the journal's input) holds the API key, the secret, a signature or any listen key.
 */
class StreamSecretsTest {
    private static final Pattern SIGNATURE = Pattern.compile("signature=[0-9a-f]{64}");

    @Test
    void noSecretReachesTheLogsOrTheRing() {
        final PrintStream originalErr = System.err;
        final ByteArrayOutputStream logs = new ByteArrayOutputStream();
        final RecordingIngress ingress = new RecordingIngress();
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        final Set<ListenKey> keys = new LinkedHashSet<>();
        String apiKey = null;
        String secret = null;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try (BingxSimulator sim = BingxSimulator.start(SimConfig.builder().pingInterval(Duration.ofMillis(100))
            .maxMissedPongs(4).build())) {
            apiKey = sim.apiKey();
            secret = sim.secret();
            final BingxRestClient rest = new BingxRestClient(sim.restBaseUrl(), Credentials.of(apiKey, secret),
                HttpClient.newHttpClient(), SystemEpochClock.INSTANCE, 5_000, 2_000,
                new RetryPolicy(2, 10, 10, 1_000, 1_000), Sleeper.THREAD);
            final UserStream stream = new UserStream(sim.wsBaseUrl(), rest,
                new GapRepair(rest, ingress, SystemEpochClock.INSTANCE, () -> 0L), ingress, scheduler,
                SystemEpochClock.INSTANCE, new StreamTimings(200, 50, 400, 1_500, 300, 3_000, 0));
            stream.start();
            ingress.await(r -> r.isControl("stream_healthy"), 10_000, "healthy");
            keys.addAll(stream.keysInUse());
            sim.faults().failNextKeepalive();
            ingress.await(r -> r.isControl("recovery_done"), 10_000, "recovery after the 404");
            keys.addAll(stream.keysInUse());
            ingress.await(r -> r.isControl("rotation_completed"), 10_000, "rotation");
            keys.addAll(stream.keysInUse());
            sim.faults().failNextRestCalls(2);
            sim.faults().disconnectAll();
            ingress.awaitCount(r -> r.isControl("recovery_done"), 2, 10_000, "recovery after the disconnect");
            keys.addAll(stream.keysInUse());
            stream.close();
        } finally {
            scheduler.shutdownNow();
            System.setErr(originalErr);
        }
        final StringBuilder published = new StringBuilder();
        ingress.all().stream().filter(r -> r.kind() != Kind.WIRE)
            .forEach(r -> published.append(r.text()).append('\n'));
        final String captured = logs.toString(StandardCharsets.UTF_8) + published;

        assertTrue(keys.size() >= 3, "the session should have used several listen keys: " + keys);
        assertTrue(captured.contains("rest_failure") && captured.contains("listen_key_gone"), captured);
        assertFalse(captured.contains(apiKey), "API key leaked");
        assertFalse(captured.contains(secret), "secret leaked");
        assertFalse(SIGNATURE.matcher(captured).find(), "signature leaked");
        for (ListenKey k : keys) {
            assertFalse(captured.contains(k.value()), "listen key leaked: " + k);
        }
    }
}
