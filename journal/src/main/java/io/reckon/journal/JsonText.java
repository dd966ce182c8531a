package io.reckon.journal;

/**
 * Strict JSON (RFC 8259) recognition and minified re-emission for the export, so that a payload is inlined only
 * when it really is one JSON object or array and the exported line stays a single line. Cold path: allocates.
 */
final class JsonText {
    private static final int MAX_DEPTH = 512;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String text;
    private final StringBuilder out;
    private int pos;
    private int depth;

    private JsonText(final String text, final StringBuilder out) {
        this.text = text;
        this.out = out;
    }

    /**
     * Appends {@code text} without insignificant whitespace when it is exactly one JSON object or array (surrounding
     * whitespace allowed); otherwise appends nothing and returns false.
     */
    static boolean appendMinified(final String text, final StringBuilder out) {
        final int mark = out.length();
        final JsonText scanner = new JsonText(text, out);
        scanner.skipWhitespace();
        final char first = scanner.peek();
        final boolean ok = (first == '{' || first == '[') && scanner.value() && scanner.atEndAfterWhitespace();
        if (!ok) {
            out.setLength(mark);
        }
        return ok;
    }

    /** Appends {@code text} as a JSON string literal. */
    static void appendString(final CharSequence text, final StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/9 are legal in JSON but end a line for some JavaScript readers of JSON Lines.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private boolean value() {
        skipWhitespace();
        final char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> c == '-' || (c >= '0' && c <= '9') ? number() : false;
        };
    }

    private boolean object() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        out.append('{');
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            out.append('}');
            depth--;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"' || !string()) {
                return false;
            }
            skipWhitespace();
            if (peek() != ':') {
                return false;
            }
            pos++;
            out.append(':');
            if (!value()) {
                return false;
            }
            skipWhitespace();
            final char c = peek();
            pos++;
            if (c == '}') {
                out.append('}');
                depth--;
                return true;
            }
            if (c != ',') {
                return false;
            }
            out.append(',');
        }
    }

    private boolean array() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        out.append('[');
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            out.append(']');
            depth--;
            return true;
        }
        while (true) {
            if (!value()) {
                return false;
            }
            skipWhitespace();
            final char c = peek();
            pos++;
            if (c == ']') {
                out.append(']');
                depth--;
                return true;
            }
            if (c != ',') {
                return false;
            }
            out.append(',');
        }
    }

    private boolean string() {
        final int start = pos;
        pos++;
        while (pos < text.length()) {
            final char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                out.append(text, start, pos);
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (!escape()) {
                    return false;
                }
            } else {
                pos++;
            }
        }
        return false;
    }

    private boolean escape() {
        pos++;
        if (pos >= text.length()) {
            return false;
        }
        final char c = text.charAt(pos++);
        if (c == 'u') {
            for (int i = 0; i < 4; i++) {
                if (pos >= text.length() || Character.digit(text.charAt(pos++), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
        return c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't';
    }

    private boolean number() {
        final int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                return false;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                return false;
            }
        }
        out.append(text, start, pos);
        return true;
    }

    private boolean digits() {
        final int start = pos;
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
        return pos > start;
    }

    private boolean literal(final String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        pos += word.length();
        out.append(word);
        return true;
    }

    private boolean atEndAfterWhitespace() {
        skipWhitespace();
        return pos == text.length();
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            final char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The current character, or NUL past the end (NUL is never valid where a token is expected). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }
}
