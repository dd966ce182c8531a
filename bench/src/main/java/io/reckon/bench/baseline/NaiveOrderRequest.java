package io.reckon.bench.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Baseline for the order path, written as a user would without reckon: the intent in {@link BigDecimal}, the side
 * from the position side, quantity and quote price rounded down with {@code setScale} to the contract's precisions,
 * the client order id by concatenation, the parameters in a {@link TreeMap} (BingX accepts any order as long as the
 * signature covers the string as sent), a {@code Mac} obtained and keyed per request, the digest rendered with
 * {@code String.format("%02x")}, and the same {@link HttpRequest} the JDK client would send. Allocates throughout.
 */
public final class NaiveOrderRequest {
    private static final String PATH = "/openApi/swap/v2/trade/order";

    private final String baseUrl;
    private final String apiKey;
    private final String secret;
    private final long recvWindowMs;
    private final Duration timeout;
    private final int quantityPrecision;
    private final int pricePrecision;
    private final BigDecimal tick;

    /**
     * @param tick the distance a maker quote rests from the reference price (one tick of the contract)
     */
    public NaiveOrderRequest(final String baseUrl, final String apiKey, final String secret, final long recvWindowMs,
                             final long timeoutMs, final int quantityPrecision, final int pricePrecision,
                             final BigDecimal tick) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.secret = secret;
        this.recvWindowMs = recvWindowMs;
        this.timeout = Duration.ofMillis(timeoutMs);
        this.quantityPrecision = quantityPrecision;
        this.pricePrecision = pricePrecision;
        this.tick = tick;
    }

    /**
     * The signed placement of an entry.
     *
     * @param positionSide {@code LONG} or {@code SHORT}
     * @param postOnly     a post-only LIMIT one tick behind the reference price, else a MARKET
     */
    public HttpRequest entry(final String runId, final long commandId, final String symbol, final String positionSide,
                             final BigDecimal size, final BigDecimal referencePrice, final boolean postOnly)
        throws GeneralSecurityException {
        final boolean buy = positionSide.equals("LONG");
        final Map<String, String> params = new TreeMap<>();
        params.put("symbol", symbol);
        params.put("side", buy ? "BUY" : "SELL");
        params.put("positionSide", positionSide);
        params.put("type", postOnly ? "LIMIT" : "MARKET");
        params.put("quantity", size.setScale(quantityPrecision, RoundingMode.DOWN).stripTrailingZeros()
            .toPlainString());
        if (postOnly) {
            final BigDecimal price = buy ? referencePrice.subtract(tick) : referencePrice.add(tick);
            params.put("price", price.setScale(pricePrecision, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString());
            params.put("timeInForce", "PostOnly");
        }
        params.put("clientOrderId", "rk" + runId + "-e" + commandId);
        params.put("timestamp", String.valueOf(System.currentTimeMillis()));
        params.put("recvWindow", String.valueOf(recvWindowMs));
        final StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(p.getKey()).append('=').append(p.getValue());
        }
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        final StringBuilder signature = new StringBuilder();
        for (byte b : mac.doFinal(query.toString().getBytes(StandardCharsets.UTF_8))) {
            signature.append(String.format("%02x", b));
        }
        return HttpRequest.newBuilder(URI.create(baseUrl + PATH + "?" + query + "&signature=" + signature))
            .timeout(timeout)
            .header("X-BX-APIKEY", apiKey)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }
}
