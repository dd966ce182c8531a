package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * A minimal streaming JSON writer that keeps keys in the order written, which is how the simulator reproduces
 * BingX's bodies key for key. Cold path: it builds a {@link String} per body and allocates freely.
 */
final class JsonOut {
    private static final int MAX_DEPTH = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder sb = new StringBuilder(512);
    private final boolean[] hasMember = new boolean[MAX_DEPTH];
    private int depth;

    JsonOut beginObject() {
        separate();
        sb.append('{');
        push();
        return this;
    }

    JsonOut endObject() {
        depth--;
        sb.append('}');
        return this;
    }

    JsonOut beginArray() {
        separate();
        sb.append('[');
        push();
        return this;
    }

    JsonOut endArray() {
        depth--;
        sb.append(']');
        return this;
    }

    /** Starts a member; the next value call writes its value. */
    JsonOut name(final String name) {
        separate();
        quote(name);
        sb.append(':');
        hasMember[depth] = false;
        return this;
    }

    JsonOut str(final String v) {
        separate();
        quote(v);
        return this;
    }

    JsonOut num(final long v) {
        separate();
        sb.append(v);
        return this;
    }

    /** A JSON number written from its exact decimal text. */
    JsonOut num(final BigDecimal v) {
        separate();
        sb.append(v.toPlainString());
        return this;
    }

    JsonOut bool(final boolean v) {
        separate();
        sb.append(v);
        return this;
    }

    JsonOut field(final String name, final String v) {
        return name(name).str(v);
    }

    JsonOut field(final String name, final long v) {
        return name(name).num(v);
    }

    JsonOut field(final String name, final boolean v) {
        return name(name).bool(v);
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void push() {
        depth++;
        hasMember[depth] = false;
    }

    /**
     * Writes the comma between siblings. After {@link #name} the flag is cleared so the value follows the colon
     * directly, and set again once the value is written.
     */
    private void separate() {
        if (depth > 0) {
            if (hasMember[depth]) {
                sb.append(',');
            }
            hasMember[depth] = true;
        }
    }

    private void quote(final String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
