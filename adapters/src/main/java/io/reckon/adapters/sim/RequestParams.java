package io.reckon.adapters.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parameters of one REST request in the order they were sent: first the query string, then a form-encoded
 * body. The order matters because BingX checks the signature over the parameters as sent.
 * Values are URL-decoded: BingX signs the unencoded string.
 */
final class RequestParams {
    static final String SIGNATURE = "signature";

    private final List<String[]> query;
    private final List<String[]> body;

    private RequestParams(final List<String[]> query, final List<String[]> body) {
        this.query = query;
        this.body = body;
    }

    /** Parses a raw (still encoded) query string and a raw form body; either may be null or empty. */
    static RequestParams parse(final String rawQuery, final String rawBody) {
        return new RequestParams(pairs(rawQuery), pairs(rawBody));
    }

    private static List<String[]> pairs(final String raw) {
        if (raw == null || raw.isEmpty()) {
            return Collections.emptyList();
        }
        final List<String[]> out = new ArrayList<>();
        for (final String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            final int eq = part.indexOf('=');
            final String k = eq < 0 ? part : part.substring(0, eq);
            final String v = eq < 0 ? "" : part.substring(eq + 1);
            out.add(new String[] {decode(k), decode(v)});
        }
        return out;
    }

    private static String decode(final String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (final IllegalArgumentException badEscape) {
            return s;
        }
    }

    /** The first value of a parameter, or {@code null}. */
    String get(final String key) {
        for (final String[] p : query) {
            if (p[0].equals(key)) {
                return p[1];
            }
        }
        for (final String[] p : body) {
            if (p[0].equals(key)) {
                return p[1];
            }
        }
        return null;
    }

    /**
     * The string BingX signs: {@code k=v} pairs of the query joined by {@code &}, then those of the body joined
     * by {@code &}, the two parts concatenated without a separator (the doc's split query+body vector), always
     * leaving out {@code signature}.
     */
    String signingPayload() {
        return join(query) + join(body);
    }

    private static String join(final List<String[]> pairs) {
        final StringBuilder sb = new StringBuilder();
        for (final String[] p : pairs) {
            if (SIGNATURE.equals(p[0])) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }
}
