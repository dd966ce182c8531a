package io.reckon.adapters.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A BingX REST client for tests, written independently of the simulator's verifier: it signs with its own HMAC
 * code so that a bug shared by both sides cannot hide. Parameters are sent in the query string in the order given,
 * with {@code timestamp} appended, then {@code signature}.
 */
final class SimRestClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String apiKey;
    private final String secret;
    private final LongSupplier clockMs;

    SimRestClient(final BingxSimulator sim, final LongSupplier clockMs) {
        this(sim.restBaseUrl(), sim.apiKey(), sim.secret(), clockMs);
    }

    SimRestClient(final String base, final String apiKey, final String secret, final LongSupplier clockMs) {
        this.base = base;
        this.apiKey = apiKey;
        this.secret = secret;
        this.clockMs = clockMs;
    }

    static String hmacHex(final String secret, final String payload) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed call; {@code kv} are alternating names and values. */
    HttpResponse<String> signed(final String method, final String path, final String... kv) {
        final StringBuilder q = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            q.append(q.length() == 0 ? "" : "&").append(kv[i]).append('=').append(kv[i + 1]);
        }
        q.append(q.length() == 0 ? "" : "&").append("timestamp=").append(clockMs.getAsLong());
        final String query = q + "&signature=" + hmacHex(secret, q.toString());
        return send(method, path + "?" + query, apiKey);
    }

    /** The JSON body of a signed call, asserting HTTP 200. */
    Map<String, Object> signedJson(final String method, final String path, final String... kv) {
        final HttpResponse<String> r = signed(method, path, kv);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + " for " + method + " " + path + ": " + r.body());
        }
        return TestJson.object(r.body());
    }

    /** An unsigned call with an explicit API key header (null for none). */
    HttpResponse<String> send(final String method, final String pathAndQuery, final String apiKeyHeader) {
        final HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(5))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (apiKeyHeader != null) {
            b.header("X-BX-APIKEY", apiKeyHeader);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a listen key with a signed POST. */
    String createListenKey() {
        return (String) signedJson("POST", RestApi.LISTEN_KEY).get("listenKey");
    }
}
