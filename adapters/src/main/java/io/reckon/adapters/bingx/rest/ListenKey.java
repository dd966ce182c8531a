package io.reckon.adapters.bingx.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A user-stream listen key. It grants read access to the account's private stream, so it is treated as a secret:
 * {@link #toString()} shows only {@link #fingerprint()}, a short hash that lets logs correlate keys without
 * revealing one.
 */
public final class ListenKey {
    private final String value;
    private final String fingerprint;

    public ListenKey(final String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty listen key");
        }
        this.value = value;
        this.fingerprint = fingerprintOf(value);
    }

    private static String fingerprintOf(final String value) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            final StringBuilder sb = new StringBuilder(8);
            for (int i = 0; i < 4; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JVM", e);
        }
    }

    /** The key itself, for the request that needs it; never log this. */
    public String value() {
        return value;
    }

    /** Eight hex digits of SHA-256 of the key: safe to log. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ListenKey && ((ListenKey) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ListenKey[" + fingerprint + "]";
    }
}
