package io.reckon.adapters.sim;

import com.dslplatform.json.DslJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Parses JSON into ordered maps and lists in tests (DSL-JSON's generic reader keeps key order). */
final class TestJson {
    private static final DslJson<Object> DSL = new DslJson<>();

    private TestJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(final String json) {
        final byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            final Map<String, Object> m = DSL.deserialize(Map.class, b, b.length);
            if (m == null) {
                throw new IllegalArgumentException("not a JSON object: " + json);
            }
            return m;
        } catch (final IOException e) {
            throw new UncheckedIOException("bad JSON: " + json, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(final Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(final Object o) {
        return (List<Object>) o;
    }

    /** A decimal carried as a JSON string, parsed exactly. */
    static BigDecimal dec(final Map<String, Object> m, final String key) {
        return new BigDecimal((String) m.get(key));
    }

    static long num(final Map<String, Object> m, final String key) {
        return ((Number) m.get(key)).longValue();
    }
}
