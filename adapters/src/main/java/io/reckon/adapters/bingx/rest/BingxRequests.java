package io.reckon.adapters.bingx.rest;

import org.agrona.concurrent.EpochClock;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Builds the HTTP request of one BingX REST call, without sending it: the parameters in the order given, then for a
 * private endpoint {@code timestamp} (from the injected clock), {@code recvWindow} and, last, {@code signature}
 * over everything before it; the key goes in the {@code X-BX-APIKEY} header. BingX takes an order's parameters in
 * the query string of the POST, so the body is always empty.
 *
 * <p>{@link BingxRestClient} builds every attempt here, so a retried call carries a fresh timestamp and signature.
 * Kept apart from the client so that what reckon spends on an order before the network can be measured on its
 * own. Thread-safe (the signer locks its {@code Mac}). Cold path: every call allocates.
 */
public final class BingxRequests {
    private final String baseUrl;
    private final String apiKey;
    private final BingxSigner signer;
    private final EpochClock clock;
    private final long recvWindowMs;
    private final Duration timeout;

    /**
     * @param baseUrl {@code http(s)://host[:port]}; a trailing slash is dropped
     * @throws IllegalArgumentException if the base URL is not http(s)
     */
    public BingxRequests(final String baseUrl, final Credentials credentials, final EpochClock clock,
                         final long recvWindowMs, final long timeoutMs) {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("REST base URL must be http(s)://..., got '" + baseUrl + "'");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = credentials.apiKey();
        this.signer = new BingxSigner(credentials.secret());
        this.clock = clock;
        this.recvWindowMs = recvWindowMs;
        this.timeout = Duration.ofMillis(timeoutMs);
    }

    /**
     * The request for {@code endpoint} with {@code params} ({@code params} itself is not changed).
     *
     * @throws IllegalArgumentException if a parameter makes the URI invalid
     */
    public HttpRequest build(final Endpoint endpoint, final Params params) {
        final String query;
        if (endpoint.signed()) {
            final Params signed = params.copy().add("timestamp", clock.time()).add("recvWindow", recvWindowMs);
            query = signed.queryString() + "&signature=" + signer.sign(signed.signingString());
        } else {
            query = params.queryString();
        }
        final HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create(baseUrl + endpoint.path() + (query.isEmpty() ? "" : "?" + query)))
            .timeout(timeout)
            .method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        if (endpoint.signed()) {
            b.header("X-BX-APIKEY", apiKey);
        }
        return b.build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "BingxRequests[" + baseUrl + "]";
    }
}
