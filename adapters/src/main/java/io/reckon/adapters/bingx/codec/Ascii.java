package io.reckon.adapters.bingx.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-range comparisons against ASCII literals, so that venue strings are matched without creating Strings. */
final class Ascii {
    static final byte[] TRUE = bytes("true");
    static final byte[] FALSE = bytes("false");
    static final byte[] NULL = bytes("null");

    private Ascii() {
    }

    static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static boolean equals(final byte[] buf, final int offset, final int length, final byte[] literal) {
        // the JDK's range compare is an intrinsic that compares a word at a time
        return Arrays.equals(buf, offset, offset + length, literal, 0, literal.length);
    }

    /** Compares ignoring ASCII case; {@code upperLiteral} must be upper case. */
    static boolean equalsIgnoreCase(final byte[] buf, final int offset, final int length, final byte[] upperLiteral) {
        if (length != upperLiteral.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int b = buf[offset + i];
            if (b >= 'a' && b <= 'z') {
                b -= 'a' - 'A';
            }
            if (b != upperLiteral[i]) {
                return false;
            }
        }
        return true;
    }
}
