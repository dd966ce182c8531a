package io.reckon.adapters.bingx.rest;

import com.dslplatform.json.DslJson;
import io.reckon.config.ConfigException;
import io.reckon.config.ReckonConfig;
import org.agrona.concurrent.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed BingX REST over the JDK {@link HttpClient}. Every private call carries {@code timestamp} (from the
 * injected clock), {@code recvWindow} and, last, {@code signature}; the key goes in the {@code X-BX-APIKEY}
 * header ({@link BingxRequests} builds each attempt's request). Answers are classified into {@link RestError};
 * the raw body is returned verbatim.
 *
 * <p>Retries: only {@linkplain Endpoint#retrySafe() retry-safe} calls, only after a
 * {@linkplain RestError#isTransient() transient} failure, with doubling pauses. A rate-limit answer is never
 * retried: the endpoint enters a cool-down during which calls fail locally without touching the venue, and only
 * the first failure of such an episode is {@linkplain RestResponse#reportable() reportable}.
 *
 * <p>Thread-safe. Never logs or puts into a message the key, the secret, a signature or a listen key. Cold path:
 * every call allocates.
 */
public final class BingxRestClient {
    private static final Logger LOG = LoggerFactory.getLogger(BingxRestClient.class);
    private static final Pattern UNBLOCK_AT = Pattern.compile("after(?: time:)?\\s*(\\d{13})");

    private final Credentials credentials;
    private final BingxRequests requests;
    private final HttpClient http;
    private final EpochClock clock;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final DslJson<Object> json = new DslJson<>();
    private final Map<Endpoint, RateLimitState> rateLimits = new EnumMap<>(Endpoint.class);

    public BingxRestClient(final String baseUrl, final Credentials credentials, final HttpClient http,
                           final EpochClock clock, final long recvWindowMs, final long timeoutMs,
                           final RetryPolicy retry, final Sleeper sleeper) {
        this.credentials = credentials;
        this.requests = new BingxRequests(baseUrl, credentials, clock, recvWindowMs, timeoutMs);
        this.http = http;
        this.clock = clock;
        this.retry = retry;
        this.sleeper = sleeper;
        for (Endpoint e : Endpoint.values()) {
            rateLimits.put(e, new RateLimitState(retry.rateLimitCooldownMs()));
        }
    }

    /**
     * The client the configuration describes: base URL, receive window and timeout from it, credentials from the
     * environment variables it names (resolved here, once).
     *
     * @throws ConfigException if the base URL is empty or a credential variable is unset
     */
    public static BingxRestClient fromConfig(final ReckonConfig config, final Map<String, String> environment,
                                             final HttpClient http, final EpochClock clock) {
        if (config.restBaseUrl().isEmpty()) {
            throw new ConfigException("rest.base_url", "is empty: start the simulator or name the venue's URL");
        }
        final Credentials credentials = Credentials.fromEnvironment(config, environment);
        return new BingxRestClient(config.restBaseUrl(), credentials, http, clock,
            config.stream().recvWindowMs(), config.stream().restTimeoutMs(), RetryPolicy.defaults(),
            Sleeper.THREAD);
    }

    public RestResponse createListenKey() {
        return call(Endpoint.LISTEN_KEY_CREATE, Params.none());
    }

    /** An empty 200 is success; HTTP 404 is {@link RestError#LISTEN_KEY_GONE}. */
    public RestResponse extendListenKey(final ListenKey key) {
        return call(Endpoint.LISTEN_KEY_EXTEND, Params.none().add("listenKey", key.value()));
    }

    public RestResponse deleteListenKey(final ListenKey key) {
        return call(Endpoint.LISTEN_KEY_DELETE, Params.none().add("listenKey", key.value()));
    }

    /** {@code GET /openApi/swap/v3/user/balance}: {@code data} is an array, one row per margin asset. */
    public RestResponse balance() {
        return call(Endpoint.BALANCE, Params.none());
    }

    public RestResponse positions() {
        return call(Endpoint.POSITIONS, Params.none());
    }

    public RestResponse openOrders() {
        return call(Endpoint.OPEN_ORDERS, Params.none());
    }

    /** Orders of all symbols updated since {@code startTimeMs} (the venue allows at most 7 days back). */
    public RestResponse allOrders(final long startTimeMs, final int limit) {
        return call(Endpoint.ALL_ORDERS, Params.none().add("startTime", startTimeMs).add("limit", limit));
    }

    /** Funding-fee income since {@code startTimeMs}; negative rows were paid. */
    public RestResponse fundingIncome(final long startTimeMs, final int limit) {
        return income("FUNDING_FEE", startTimeMs, limit);
    }

    /** Transfers in and out of the perpetual account (deposits, withdrawals, asset transfers). */
    public RestResponse transferIncome(final long startTimeMs, final int limit) {
        return income("TRANSFER", startTimeMs, limit);
    }

    private RestResponse income(final String type, final long startTimeMs, final int limit) {
        return call(Endpoint.INCOME, Params.none().add("incomeType", type)
            .add("startTime", startTimeMs).add("limit", limit));
    }

    public RestResponse serverTime() {
        return call(Endpoint.SERVER_TIME, Params.none());
    }

    public RestResponse contracts() {
        return call(Endpoint.CONTRACTS, Params.none());
    }

    /** One call with the retry and rate-limit rules above. Never throws for a venue or transport failure. */
    public RestResponse call(final Endpoint endpoint, final Params params) {
        final RateLimitState rate = rateLimits.get(endpoint);
        final long remaining = rate.coolingFor(clock.time());
        if (remaining > 0) {
            return RestResponse.local(endpoint, RestError.RATE_LIMITED,
                "not sent: rate-limit cool-down, " + remaining + " ms left", false);
        }
        long backoff = retry.firstBackoffMs();
        for (int attempt = 1; ; attempt++) {
            final Outcome o = attempt(endpoint, params);
            if (o.error == RestError.NONE) {
                rate.clear(retry.rateLimitCooldownMs());
                return o.toResponse(endpoint, attempt, true);
            }
            if (o.error == RestError.RATE_LIMITED) {
                final boolean first = rate.enter(clock.time(), unblockAt(o.message), retry.rateLimitMaxCooldownMs());
                if (first) {
                    LOG.warn("BingX {} rate limited (http={} code={}): backing off, msg={}", endpoint.label(),
                        o.status, o.code, o.message);
                }
                return o.toResponse(endpoint, attempt, first);
            }
            if (!endpoint.retrySafe() || !o.error.isTransient() || attempt >= retry.maxAttempts()) {
                LOG.warn("BingX {} failed: {} http={} code={} attempts={} msg={}", endpoint.label(), o.error,
                    o.status, o.code, attempt, o.message);
                return o.toResponse(endpoint, attempt, true);
            }
            LOG.debug("BingX {} attempt {} failed ({}), retrying in {} ms", endpoint.label(), attempt, o.error,
                backoff);
            try {
                sleeper.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(RestError.NETWORK, 0, 0, "interrupted while backing off", null, null, -1)
                    .toResponse(endpoint, attempt, true);
            }
            backoff = Math.min(backoff * 2, retry.maxBackoffMs());
        }
    }

    private Outcome attempt(final Endpoint endpoint, final Params params) {
        final String listenKey = listenKeyOf(params);
        final HttpRequest request;
        try {
            request = requests.build(endpoint, params);
        } catch (IllegalArgumentException e) {
            return new Outcome(RestError.OTHER, 0, 0, "request URI rejected for " + endpoint.path(), null, null, -1);
        }
        final HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Outcome(RestError.TIMEOUT, 0, 0, "timed out after " + requests.timeout().toMillis() + " ms",
                null, null, -1);
        } catch (IOException e) {
            return new Outcome(RestError.NETWORK, 0, 0,
                e.getClass().getSimpleName() + ": " + scrub(e.getMessage(), listenKey), null, null, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(RestError.NETWORK, 0, 0, "interrupted", null, null, -1);
        }
        return classify(endpoint, response.statusCode(), response.body(), listenKey);
    }

    private Outcome classify(final Endpoint endpoint, final int status, final byte[] body, final String listenKey) {
        final Envelope env = Envelope.parse(json, body, body.length);
        final String msg = scrub(env.msg, listenKey);
        final boolean keyCall = endpoint == Endpoint.LISTEN_KEY_EXTEND || endpoint == Endpoint.LISTEN_KEY_DELETE;
        if (keyCall && status == 404) {
            return new Outcome(RestError.LISTEN_KEY_GONE, status, 0, "listen key not found", body, null, -1);
        }
        final long code = env.readable && env.hasCode() ? env.code : 0;
        final RestError byStatus = RestError.ofHttpStatus(status);
        if (byStatus == RestError.HTTP_5XX || byStatus == RestError.RATE_LIMITED) {
            // The transport's verdict wins: a 5xx body's "system error" code says nothing more, and a 429 is a
            // rate limit whatever the body claims.
            return new Outcome(byStatus, status, code, code != 0 ? msg : "HTTP " + status, body, null, -1);
        }
        if (code != 0) {
            return new Outcome(RestError.ofCode(code), status, code, msg, body, null, env.dataCount);
        }
        if (byStatus != RestError.NONE) {
            return new Outcome(byStatus, status, 0, "HTTP " + status, body, null, -1);
        }
        if (!env.readable && !keyCall) {
            return new Outcome(RestError.OTHER, status, 0, "response body is not a JSON envelope", body, null, -1);
        }
        if (endpoint == Endpoint.LISTEN_KEY_CREATE) {
            if (env.listenKey == null || env.listenKey.isEmpty()) {
                return new Outcome(RestError.OTHER, status, 0, "no listenKey in response", body, null, -1);
            }
            return new Outcome(RestError.NONE, status, 0, "", body, new ListenKey(env.listenKey), -1);
        }
        return new Outcome(RestError.NONE, status, 0, msg, body, null, env.dataCount);
    }

    private String scrub(final String text, final String listenKey) {
        return Redactor.scrub(text, credentials.apiKey(), credentials.secret(), listenKey);
    }

    private static String listenKeyOf(final Params params) {
        return params.valueOf("listenKey");
    }

    private static long unblockAt(final String message) {
        final Matcher m = UNBLOCK_AT.matcher(message);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Override
    public String toString() {
        return "BingxRestClient[" + requests.baseUrl() + "]";
    }

    /** One attempt's classified result, before it becomes a {@link RestResponse}. */
    private static final class Outcome {
        final RestError error;
        final int status;
        final long code;
        final String message;
        final byte[] body;
        final ListenKey listenKey;
        final int dataCount;

        Outcome(final RestError error, final int status, final long code, final String message, final byte[] body,
                final ListenKey listenKey, final int dataCount) {
            this.error = error;
            this.status = status;
            this.code = code;
            this.message = message;
            this.body = body;
            this.listenKey = listenKey;
            this.dataCount = dataCount;
        }

        RestResponse toResponse(final Endpoint endpoint, final int attempts, final boolean reportable) {
            return new RestResponse(endpoint, error, status, code, message, body, attempts, reportable, listenKey,
                dataCount);
        }
    }

    /**
     * Per-endpoint rate-limit episode: BingX limits each endpoint separately, so a throttled read must not hold
     * back an order placement.
     */
    private static final class RateLimitState {
        private long cooldownUntilMs;
        private long nextCooldownMs;
        private boolean reported;

        RateLimitState(final long initialCooldownMs) {
            this.nextCooldownMs = initialCooldownMs;
        }

        synchronized long coolingFor(final long nowMs) {
            return Math.max(0, cooldownUntilMs - nowMs);
        }

        /** Starts or extends a cool-down; true if this is the first rate-limit answer of the episode. */
        synchronized boolean enter(final long nowMs, final long venueUnblockAtMs, final long maxCooldownMs) {
            final long until = venueUnblockAtMs > nowMs ? venueUnblockAtMs : nowMs + nextCooldownMs;
            cooldownUntilMs = Math.min(until, nowMs + maxCooldownMs);
            nextCooldownMs = Math.min(nextCooldownMs * 2, maxCooldownMs);
            final boolean first = !reported;
            reported = true;
            return first;
        }

        synchronized void clear(final long initialCooldownMs) {
            reported = false;
            nextCooldownMs = initialCooldownMs;
            cooldownUntilMs = 0;
        }
    }
}
