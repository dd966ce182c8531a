package io.reckon.adapters.bingx.exec;

import com.dslplatform.json.BoolConverter;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.NumberConverter;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST body as a tree of {@link Map}s, {@link List}s, {@link String}s, {@link BigDecimal}s (every JSON number,
 * exactly as written, never through {@code double}), {@link Boolean}s and nulls, for the execution thread's cold
 * paths: contracts at connect, leverage at a drift check, an order reply's fill for the fee estimate. Allocates.
 */
final class JsonTree {
    private static final int MAX_DEPTH = 32;

    private final DslJson<Object> json = new DslJson<>();

    /** The parsed body, or null when it is empty or not JSON. */
    Object parse(final byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            final JsonReader<Object> r = json.newReader(body, body.length);
            r.getNextToken();
            return value(r, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Object value(final JsonReader<Object> r, final int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw r.newParseError("nested too deeply");
        }
        switch (r.last()) {
            case '"':
                return r.readString();
            case '{':
                return object(r, depth);
            case '[':
                return array(r, depth);
            case 't':
            case 'f':
                return BoolConverter.deserialize(r);
            case 'n':
                if (!r.wasNull()) {
                    throw r.newParseError("expected null");
                }
                return null;
            default:
                return NumberConverter.deserializeDecimal(r);
        }
    }

    private static Map<String, Object> object(final JsonReader<Object> r, final int depth) throws IOException {
        final Map<String, Object> out = new LinkedHashMap<>();
        byte token = r.getNextToken();
        if (token == '}') {
            return out;
        }
        while (true) {
            if (token != '"') {
                throw r.newParseError("expected a key");
            }
            final String key = r.readKey();
            out.put(key, value(r, depth + 1));
            token = r.getNextToken();
            if (token == '}') {
                return out;
            }
            if (token != ',') {
                throw r.newParseError("expected , or }");
            }
            token = r.getNextToken();
        }
    }

    private static List<Object> array(final JsonReader<Object> r, final int depth) throws IOException {
        final List<Object> out = new ArrayList<>();
        byte token = r.getNextToken();
        if (token == ']') {
            return out;
        }
        while (true) {
            out.add(value(r, depth + 1));
            token = r.getNextToken();
            if (token == ']') {
                return out;
            }
            if (token != ',') {
                throw r.newParseError("expected , or ]");
            }
            r.getNextToken();
        }
    }

    /** The object at {@code path} (keys from the root), or an empty map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objectAt(final Object root, final String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map)) {
                return Collections.emptyMap();
            }
            node = ((Map<String, Object>) node).get(key);
        }
        return node instanceof Map ? (Map<String, Object>) node : Collections.emptyMap();
    }

    /** The array at {@code path}, or an empty list. */
    static List<?> arrayAt(final Object root, final String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> m)) {
                return Collections.emptyList();
            }
            node = m.get(key);
        }
        return node instanceof List<?> l ? l : Collections.emptyList();
    }

    /** A decimal field (a JSON number or a decimal string) in 1e-8 units, or {@code fallback}. */
    static long decimal(final Map<String, Object> object, final String key, final long fallback) {
        final Object v = object.get(key);
        final String text = v instanceof BigDecimal d ? d.toPlainString() : v instanceof String s ? s.trim() : null;
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        final byte[] b = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final long parsed = io.reckon.engine.num.FixedPoint.parse(b, 0, b.length);
        return parsed == io.reckon.engine.num.FixedPoint.INVALID ? fallback : parsed;
    }

    /** An integer field (a JSON number or a digit string), or {@code fallback}. */
    static long integer(final Map<String, Object> object, final String key, final long fallback) {
        final Object v = object.get(key);
        try {
            if (v instanceof BigDecimal d) {
                return d.longValueExact();
            }
            if (v instanceof String s && !s.isBlank()) {
                return Long.parseLong(s.trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return fallback;
        }
        return fallback;
    }

    static String text(final Map<String, Object> object, final String key) {
        final Object v = object.get(key);
        return v instanceof String s ? s : v instanceof BigDecimal d ? d.toPlainString() : null;
    }
}
