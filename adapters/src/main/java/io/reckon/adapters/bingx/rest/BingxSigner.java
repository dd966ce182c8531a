package io.reckon.adapters.bingx.rest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BingX request signature: HMAC-SHA256 over the {@code k=v&k=v...} string exactly as it is sent (the venue checks
 * the parameters in the order they arrive), rendered as lower-case hex.
 *
 * <p>Thread-safe: one {@link Mac} is reused under a lock, since REST calls are made from the stream's scheduler,
 * the socket threads (gap repair) and the execution thread. The secret never leaves this object and
 * {@link #toString()} does not show it.
 */
public final class BingxSigner {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Mac mac;

    public BingxSigner(final String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("empty signing secret");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
        }
    }

    /** Signs {@code payload} (UTF-8). Allocates the digest and the returned string: REST path, not the hot path. */
    public String sign(final String payload) {
        final byte[] digest;
        synchronized (mac) {
            digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        }
        final byte[] hex = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(hex, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "BingxSigner[HmacSHA256]";
    }
}
