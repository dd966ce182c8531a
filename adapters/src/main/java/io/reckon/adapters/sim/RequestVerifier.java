package io.reckon.adapters.sim;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a signed request the way BingX does: the {@code X-BX-APIKEY} header names the
 * key; {@code signature} is the lower-case hex HMAC-SHA256, under the secret, of the other parameters in the order
 * sent; {@code timestamp} (ms) must lie within {@code recvWindow} (default configurable, at most 60 000 ms) before
 * the server's clock and no more than one second after it.
 */
final class RequestVerifier {
    private static final long MAX_RECV_WINDOW_MS = 60_000;
    private static final long FUTURE_TOLERANCE_MS = 1_000;
    private static final String HMAC = "HmacSHA256";

    private final String apiKey;
    private final SecretKeySpec key;
    private final InstantSource clock;
    private final long defaultRecvWindowMs;

    RequestVerifier(final String apiKey, final String secret, final InstantSource clock,
                    final long defaultRecvWindowMs) {
        this.apiKey = apiKey;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
        this.clock = clock;
        this.defaultRecvWindowMs = defaultRecvWindowMs;
    }

    /** Lower-case hex HMAC-SHA256 of the payload under this verifier's secret. */
    String sign(final String payload) {
        try {
            final Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    /** Checks only the API key header; used by endpoints that BingX documents as key-only. */
    AuthFailure verifyKey(final String apiKeyHeader) {
        if (apiKeyHeader == null || apiKeyHeader.isEmpty()) {
            return AuthFailure.MISSING_API_KEY;
        }
        return constantTimeEquals(apiKeyHeader, apiKey) ? AuthFailure.NONE : AuthFailure.WRONG_API_KEY;
    }

    /** Checks key, timestamp window and signature, in that order; {@link AuthFailure#NONE} when all hold. */
    AuthFailure verify(final String apiKeyHeader, final RequestParams params) {
        final AuthFailure keyCheck = verifyKey(apiKeyHeader);
        if (keyCheck != AuthFailure.NONE) {
            return keyCheck;
        }
        final String ts = params.get("timestamp");
        if (ts == null || ts.isEmpty()) {
            return AuthFailure.MISSING_TIMESTAMP;
        }
        final long timestamp;
        final long window;
        try {
            timestamp = Long.parseLong(ts);
        } catch (final NumberFormatException e) {
            return AuthFailure.BAD_TIMESTAMP;
        }
        final String rw = params.get("recvWindow");
        if (rw == null || rw.isEmpty()) {
            window = defaultRecvWindowMs;
        } else {
            try {
                window = Long.parseLong(rw);
            } catch (final NumberFormatException e) {
                return AuthFailure.BAD_RECV_WINDOW;
            }
            if (window < 0 || window > MAX_RECV_WINDOW_MS) {
                return AuthFailure.BAD_RECV_WINDOW;
            }
        }
        final long now = clock.millis();
        if (timestamp > now + FUTURE_TOLERANCE_MS || now - timestamp > window) {
            return AuthFailure.STALE_TIMESTAMP;
        }
        final String signature = params.get(RequestParams.SIGNATURE);
        if (signature == null || signature.isEmpty()) {
            return AuthFailure.MISSING_SIGNATURE;
        }
        return constantTimeEquals(signature, sign(params.signingPayload())) ? AuthFailure.NONE
                : AuthFailure.BAD_SIGNATURE;
    }

    private static boolean constantTimeEquals(final String a, final String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
