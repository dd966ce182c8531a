package io.reckon.adapters.capture;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits one JSON object into its top-level members, keeping each value as the exact byte span it occupies, so
 * an imported frame reaches the journal byte for byte as captured. Cold path (import tooling): allocates freely.
 */
final class JsonSpans {
    /** A member value: {@code bytes[start, end)} of the parsed line. */
    record Span(byte[] bytes, int start, int end) {
        String text() {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }

        boolean isString() {
            return bytes[start] == '"';
        }

        /** The string's content without quotes (escapes are not expected in the keys and values we read). */
        String unquoted() {
            return isString() ? new String(bytes, start + 1, end - start - 2, StandardCharsets.UTF_8) : text();
        }
    }

    private final byte[] b;
    private int i;

    private JsonSpans(final byte[] bytes) {
        this.b = bytes;
    }

    /** Parses a whole JSON object; throws {@link IllegalArgumentException} naming the byte offset on bad input. */
    static Map<String, Span> members(final byte[] bytes) {
        final JsonSpans p = new JsonSpans(bytes);
        p.ws();
        p.expect('{');
        final Map<String, Span> out = new LinkedHashMap<>();
        p.ws();
        if (p.peek() == '}') {
            p.i++;
        } else {
            while (true) {
                p.ws();
                final int ks = p.i;
                p.string();
                final String key = new String(bytes, ks + 1, p.i - ks - 2, StandardCharsets.UTF_8);
                p.ws();
                p.expect(':');
                p.ws();
                final int vs = p.i;
                p.value();
                out.put(key, new Span(bytes, vs, p.i));
                p.ws();
                if (p.peek() == ',') {
                    p.i++;
                    continue;
                }
                p.expect('}');
                break;
            }
        }
        p.ws();
        if (p.i != bytes.length) {
            throw p.error("trailing characters after the object");
        }
        return out;
    }

    private void value() {
        switch (peek()) {
            case '{' -> container('{', '}');
            case '[' -> container('[', ']');
            case '"' -> string();
            default -> scalar();
        }
    }

    private void container(final char open, final char close) {
        expect(open);
        int depth = 1;
        while (depth > 0) {
            final byte c = next();
            if (c == '"') {
                i--;
                string();
            } else if (c == open || c == '{' || c == '[') {
                depth++;
            } else if (c == close || c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private void string() {
        expect('"');
        while (true) {
            final byte c = next();
            if (c == '\\') {
                next();
            } else if (c == '"') {
                return;
            }
        }
    }

    private void scalar() {
        final int start = i;
        while (i < b.length && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] > ' ') {
            i++;
        }
        if (i == start) {
            throw error("expected a value");
        }
    }

    private void ws() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
    }

    private byte peek() {
        if (i >= b.length) {
            throw error("unexpected end of input");
        }
        return b[i];
    }

    private byte next() {
        final byte c = peek();
        i++;
        return c;
    }

    private void expect(final char c) {
        if (next() != c) {
            i--;
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(final String what) {
        return new IllegalArgumentException(what + " at byte " + i);
    }
}
