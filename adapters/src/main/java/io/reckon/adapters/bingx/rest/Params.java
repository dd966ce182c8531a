package io.reckon.adapters.bingx.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request parameters in the order they will be sent, which is also the order they are signed in. Cold path:
 * builds strings.
 */
public final class Params {
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    public static Params none() {
        return new Params();
    }

    public Params add(final String key, final String value) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('&') >= 0) {
            throw new IllegalArgumentException("bad parameter name '" + key + "'");
        }
        keys.add(key);
        values.add(value);
        return this;
    }

    public Params add(final String key, final long value) {
        return add(key, Long.toString(value));
    }

    Params copy() {
        final Params p = new Params();
        p.keys.addAll(keys);
        p.values.addAll(values);
        return p;
    }

    /** The value of the first parameter named {@code key}, or null. */
    String valueOf(final String key) {
        final int i = keys.indexOf(key);
        return i < 0 ? null : values.get(i);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** {@code k=v&k=v} with the values as they are: the string that is signed. */
    public String signingString() {
        return join(false);
    }

    /**
     * The query string to send. BingX wants values URL-encoded only when the signing string holds {@code [} or
     * <code>{</code> (batch orders, JSON sub-objects), and the signature is always over the unencoded string.
     */
    public String queryString() {
        final String plain = join(false);
        return plain.indexOf('[') >= 0 || plain.indexOf('{') >= 0 ? join(true) : plain;
    }

    private String join(final boolean encode) {
        final StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(keys.get(i)).append('=');
            sb.append(encode ? URLEncoder.encode(values.get(i), StandardCharsets.UTF_8) : values.get(i));
        }
        return sb.toString();
    }
}
