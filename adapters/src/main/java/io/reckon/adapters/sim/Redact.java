package io.reckon.adapters.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns a secret-bearing string (a listen key) into a short, stable tag that is safe to log. */
final class Redact {
    private Redact() {
    }

    /** First 8 hex digits of the SHA-256 of the value, prefixed {@code #}. */
    static String tag(final String secretValue) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256").digest(secretValue.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(d, 0, 4);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
