package io.reckon.adapters.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BingX's swap REST API on loopback, behind the JDK {@link com.sun.net.httpserver.HttpServer}. Every request
 * first meets the armed REST faults (HTTP 5xx, then the rate-limit business code), then authentication: signed
 * endpoints are checked by {@link RequestVerifier}; the listen-key endpoints need the API key and are checked in
 * full when they carry a signature (the 2023 doc sends only the key, ccxt signs them); the public
 * market endpoints need nothing. Business errors are HTTP 200 with {@code code != 0}, as BingX answers them.
 * Parameters are read from the query string and a form-encoded body; a JSON body is not supported.
 */
final class RestApi implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    static final String LISTEN_KEY = "/openApi/user/auth/userDataStream";
    static final String BALANCE = "/openApi/swap/v3/user/balance";
    static final String POSITIONS = "/openApi/swap/v2/user/positions";
    static final String OPEN_ORDERS = "/openApi/swap/v2/trade/openOrders";
    static final String ALL_ORDERS = "/openApi/swap/v2/trade/allOrders";
    static final String INCOME = "/openApi/swap/v2/user/income";
    static final String SERVER_TIME = "/openApi/swap/v2/server/time";
    static final String CONTRACTS = "/openApi/swap/v2/quote/contracts";
    static final String ORDER = "/openApi/swap/v2/trade/order";
    static final String LEVERAGE = "/openApi/swap/v2/trade/leverage";
    private static final int MAX_BODY = 64 * 1024;

    private final SimVenue venue;
    private final ListenKeyRegistry listenKeys;
    private final UserStreamServer stream;
    private final RequestVerifier verifier;
    private final FaultCounters faults;
    private final InstantSource clock;
    private final SimConfig config;
    private final long listedAtMs;

    RestApi(final SimVenue venue, final ListenKeyRegistry listenKeys, final UserStreamServer stream,
            final RequestVerifier verifier, final FaultCounters faults, final SimConfig config) {
        this.venue = venue;
        this.listenKeys = listenKeys;
        this.stream = stream;
        this.verifier = verifier;
        this.faults = faults;
        this.clock = config.clock();
        this.config = config;
        this.listedAtMs = config.clock().millis();
    }

    /** A response about to be written. */
    private record Response(int status, String body) {
        static Response json(final String body) {
            return new Response(200, body);
        }

        static Response empty(final int status) {
            return new Response(status, null);
        }
    }

    @Override
    public void handle(final HttpExchange ex) throws IOException {
        try (ex) {
            Response r;
            try {
                r = route(ex);
            } catch (final RuntimeException e) {
                LOG.error("rest: {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
                r = new Response(500, RestBodies.error(109_500, "system error"));
            }
            write(ex, r);
        }
    }

    private Response route(final HttpExchange ex) throws IOException {
        final int serverError = faults.takeServerError();
        if (serverError != 0) {
            LOG.info("rest: fault answered {} with HTTP {}", ex.getRequestURI().getPath(), serverError);
            return new Response(serverError, RestBodies.error(109_500, "Internal Server Error"));
        }
        final int rateLimit = faults.takeRateLimit();
        if (rateLimit != 0) {
            LOG.info("rest: fault answered {} with rate-limit code {}", ex.getRequestURI().getPath(), rateLimit);
            ex.getResponseHeaders().add("X-RateLimit-Requests-Remain", "0");
            ex.getResponseHeaders().add("X-RateLimit-Requests-Expire", Long.toString(clock.millis() + 300_000));
            return Response.json(RestBodies.error(rateLimit, "APIRateLimit: too many requests"));
        }
        final String method = ex.getRequestMethod();
        final String path = ex.getRequestURI().getPath();
        final RequestParams params = RequestParams.parse(ex.getRequestURI().getRawQuery(), readBody(ex));
        final String apiKey = ex.getRequestHeaders().getFirst("X-BX-APIKEY");
        switch (path) {
            case SERVER_TIME:
                return get(method) ? Response.json(RestBodies.serverTime(clock.millis())) : Response.empty(405);
            case CONTRACTS:
                return get(method) ? contracts(params) : Response.empty(405);
            case LISTEN_KEY:
                return listenKey(method, apiKey, params);
            default:
                break;
        }
        if (!isSignedEndpoint(method, path)) {
            return Response.empty(isKnownPath(path) ? 405 : 404);
        }
        final AuthFailure auth = verifier.verify(apiKey, params);
        if (auth != AuthFailure.NONE) {
            LOG.info("rest: {} {} refused: {}", method, path, auth);
            return Response.json(RestBodies.error(auth.code(), auth.message()));
        }
        return signed(method, path, params);
    }

    private static boolean get(final String method) {
        return "GET".equals(method);
    }

    private static boolean isKnownPath(final String path) {
        return switch (path) {
            case BALANCE, POSITIONS, OPEN_ORDERS, ALL_ORDERS, INCOME, ORDER, LEVERAGE -> true;
            default -> false;
        };
    }

    private static boolean isSignedEndpoint(final String method, final String path) {
        return switch (path) {
            case BALANCE, POSITIONS, OPEN_ORDERS, ALL_ORDERS, INCOME -> get(method);
            case ORDER -> "POST".equals(method) || "DELETE".equals(method);
            case LEVERAGE -> get(method) || "POST".equals(method);
            default -> false;
        };
    }

    private Response signed(final String method, final String path, final RequestParams p) {
        final VenueReply reply;
        try {
            reply = switch (path) {
                case BALANCE -> VenueReply.ok(null, venue.balanceBody());
                case POSITIONS -> venue.positionsBody(optional(p, "symbol"));
                case OPEN_ORDERS -> venue.openOrdersBody(optional(p, "symbol"));
                case ALL_ORDERS -> venue.allOrdersBody(optional(p, "symbol"), longParam(p, "startTime"),
                        longParam(p, "endTime"), intParam(p, "limit"));
                case INCOME -> venue.incomeBody(optional(p, "symbol"), optional(p, "incomeType"),
                        longParam(p, "startTime"), longParam(p, "endTime"), intParam(p, "limit"));
                case ORDER -> "POST".equals(method) ? placeOrder(p)
                        : venue.cancel(p.get("symbol"), longParam(p, "orderId"), p.get("clientOrderId"));
                case LEVERAGE -> get(method) ? venue.leverageBody(p.get("symbol"))
                        : venue.setLeverage(p.get("symbol"), p.get("side"), requiredInt(p, "leverage"));
                default -> throw new IllegalStateException("unrouted " + path);
            };
        } catch (final BadParameter e) {
            return Response.json(RestBodies.error(109_400, "Invalid parameters, " + e.getMessage()));
        }
        return Response.json(reply.body());
    }

    private VenueReply placeOrder(final RequestParams p) {
        final OrderSide side = enumParam(p, "side", OrderSide.class, null);
        final OrderKind kind = enumParam(p, "type", OrderKind.class, null);
        final String ps = p.get("positionSide");
        if ("BOTH".equals(ps)) {
            return VenueReply.reject(109_400, "In the Hedge mode, the positionSide field can only be set to LONG or "
                    + "SHORT.");
        }
        final HedgeSide positionSide = enumParam(p, "positionSide", HedgeSide.class, HedgeSide.LONG);
        final String tifText = p.get("timeInForce");
        final TimeInForce tif = tifText == null || tifText.isEmpty() ? null : TimeInForce.fromWire(tifText);
        if (tifText != null && !tifText.isEmpty() && tif == null) {
            throw new BadParameter("timeInForce: " + tifText);
        }
        final String clientOrderId = p.get("clientOrderId");
        if (clientOrderId != null && clientOrderId.length() > 40) {
            throw new BadParameter("clientOrderId is longer than 40 characters");
        }
        return venue.place(new OrderRequest(p.get("symbol"), side, positionSide, kind,
                decimalParam(p, "quantity"), decimalParam(p, "price"), tif, clientOrderId));
    }

    private Response contracts(final RequestParams p) {
        final String symbol = p.get("symbol");
        if (symbol == null || symbol.isEmpty()) {
            return Response.json(RestBodies.contracts(config.symbols(), config.takerFeeRate(),
                    config.makerFeeRate(), listedAtMs));
        }
        final SimSymbol s = config.symbol(symbol);
        return Response.json(s == null
                ? RestBodies.error(109_400, symbol + ",symbol not exist, please verify it in api: "
                        + "/openApi/swap/v2/quote/contracts")
                : RestBodies.contracts(List.of(s), config.takerFeeRate(), config.makerFeeRate(),
                        listedAtMs));
    }

    private Response listenKey(final String method, final String apiKey, final RequestParams p) {
        final boolean signedCall = p.get(RequestParams.SIGNATURE) != null;
        final AuthFailure auth = signedCall ? verifier.verify(apiKey, p) : verifier.verifyKey(apiKey);
        if (auth != AuthFailure.NONE) {
            LOG.info("rest: listen key {} refused: {}", method, auth);
            return Response.json(RestBodies.error(auth.code(), auth.message()));
        }
        switch (method) {
            case "POST": {
                final String key = listenKeys.create();
                LOG.info("rest: listen key {} created", Redact.tag(key));
                return Response.json(RestBodies.listenKey(key));
            }
            case "PUT": {
                final String key = p.get("listenKey");
                if (key != null && faults.takeKeepalive404()) {
                    listenKeys.delete(key);
                    LOG.info("rest: fault failed the keepalive of listen key {} with 404", Redact.tag(key));
                    return Response.empty(404);
                }
                return Response.empty(key != null && listenKeys.extend(key) ? 200 : 404);
            }
            case "DELETE": {
                final String key = p.get("listenKey");
                if (key == null || !listenKeys.delete(key)) {
                    return Response.empty(404);
                }
                stream.closeSocketsOf(key);
                LOG.info("rest: listen key {} deleted", Redact.tag(key));
                return Response.empty(200);
            }
            default:
                return Response.empty(405);
        }
    }

    /** A parameter that cannot be parsed; answered with 109400. */
    private static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(final String message) {
            super(message, null, false, false);
        }
    }

    /** A filter parameter; sent empty it filters nothing, as if absent. */
    private static String optional(final RequestParams p, final String name) {
        final String v = p.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private static Long longParam(final RequestParams p, final String name) {
        final String v = p.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (final NumberFormatException e) {
            throw new BadParameter(name + ": " + v);
        }
    }

    private static Integer intParam(final RequestParams p, final String name) {
        final Long v = longParam(p, name);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new BadParameter(name + ": " + v);
        }
        return v.intValue();
    }

    private static int requiredInt(final RequestParams p, final String name) {
        final Integer v = intParam(p, name);
        if (v == null) {
            throw new BadParameter(name + " is required");
        }
        return v;
    }

    private static BigDecimal decimalParam(final RequestParams p, final String name) {
        final String v = p.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (final NumberFormatException e) {
            throw new BadParameter(name + ": " + v);
        }
    }

    private static <E extends Enum<E>> E enumParam(final RequestParams p, final String name, final Class<E> type,
                                                   final E dflt) {
        final String v = p.get(name);
        if (v == null || v.isEmpty()) {
            if (dflt == null) {
                throw new BadParameter(name + " is required");
            }
            return dflt;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (final IllegalArgumentException e) {
            throw new BadParameter(name + ": " + v);
        }
    }

    private static String readBody(final HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            final byte[] body = in.readNBytes(MAX_BODY);
            return body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    private static void write(final HttpExchange ex, final Response r) throws IOException {
        if (r.body() == null) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        final byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(r.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
