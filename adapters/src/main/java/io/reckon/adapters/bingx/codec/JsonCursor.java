package io.reckon.adapters.bingx.codec;

import io.reckon.engine.num.FixedPoint;

/**
 * A forward-only JSON tokenizer over a byte range that creates no objects: every token is reported as a kind and
 * a {@code [tokenStart, tokenStart + tokenLength)} range of the caller's array (string contents without the
 * quotes, numbers as written). Structural errors are return values, never exceptions.
 *
 * <p>Objects are walked with {@link #openObject()} / {@link #nextKey()} (1 = a key was read and the cursor stands
 * on its value, 0 = the object ended, -1 = malformed), arrays with {@link #openArray()} / {@link #nextElement()}.
 * Escapes are validated but not decoded: an escaped string is reported with {@link #tokenEscaped} set, and the
 * codec compares raw bytes (no venue escapes the keys or enum values it reads). Nesting deeper than
 * {@value #MAX_DEPTH} levels inside a skipped value counts as malformed, which bounds the recursion.
 */
final class JsonCursor {
    static final int STRING = 1;
    static final int NUMBER = 2;
    static final int TRUE = 3;
    static final int FALSE = 4;
    static final int NULL = 5;
    static final int OBJECT = 6;
    static final int ARRAY = 7;

    static final int MAX_DEPTH = 32;

    private static final int MAX_PLAIN_INTEGER_DIGITS = 10;
    /** 10^(8 - k): scales k fraction digits to 1e-8 units. */
    private static final long[] FRACTION_SCALE = {
        100_000_000L, 10_000_000L, 1_000_000L, 100_000L, 10_000L, 1_000L, 100L, 10L, 1L};

    /** {@code "k":} and {@code "kk":} in a little-endian word, the key bytes masked out. */
    private static final long ONE_BYTE_KEY_MASK = 0xFF_FF_00_FFL;
    private static final long ONE_BYTE_KEY = ':' << 24 | '"' << 16 | '"';
    private static final long TWO_BYTE_KEY_MASK = 0xFF_FF_00_00_FFL;
    private static final long TWO_BYTE_KEY = (long) ':' << 32 | '"' << 24 | '"';

    private byte[] buf;
    private int pos;
    private int end;

    int keyStart;
    int keyLength;
    boolean keyEscaped;
    private int keyCode;

    int tokenKind;
    int tokenStart;
    int tokenLength;
    boolean tokenEscaped;
    /** The value of the last successful one-pass number read (stale after a miss). */
    long tokenValue;

    void reset(final byte[] bytes, final int offset, final int length) {
        buf = bytes;
        pos = offset;
        end = offset + length;
    }

    byte[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    void seek(final int position) {
        pos = position;
    }

    /** Makes a token captured earlier (a value read before the key that gives it meaning) current again. */
    void loadToken(final int kind, final int start, final int length) {
        tokenKind = kind;
        tokenStart = start;
        tokenLength = length;
        tokenEscaped = false;
    }

    /** Skips whitespace; returns the next byte (unsigned) without consuming it, or -1 at the end. */
    int peek() {
        final int p = pos;
        if (p < end) {
            // compact JSON has no whitespace between tokens: one load decides
            final int c = buf[p] & 0xFF;
            if (c > ' ') {
                return c;
            }
        }
        return skipWhitespace();
    }

    private int skipWhitespace() {
        while (pos < end) {
            final int c = buf[pos] & 0xFF;
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return c;
            }
        }
        return -1;
    }

    /** True when only whitespace remains. */
    boolean atEnd() {
        return peek() < 0;
    }

    int openObject() {
        final int p = pos;
        if (p + 1 < end && buf[p] == '{' && buf[p + 1] == '"') {
            return key(p + 2);
        }
        return openObjectSpaced();
    }

    private int openObjectSpaced() {
        if (peek() != '{') {
            return -1;
        }
        pos++;
        if (peek() == '}') {
            pos++;
            return 0;
        }
        return readKey();
    }

    int nextKey() {
        final int p = pos;
        if (p + 1 < end && buf[p] == ',' && buf[p + 1] == '"') {
            return key(p + 2);
        }
        return nextKeySpaced();
    }

    /** The object's end, or a separator or key that whitespace stands before. */
    private int nextKeySpaced() {
        final int c = peek();
        if (c == ',') {
            pos++;
            return readKey();
        }
        if (c == '}') {
            pos++;
            return 0;
        }
        return -1;
    }

    int openArray() {
        if (peek() != '[') {
            return -1;
        }
        pos++;
        final int c = peek();
        if (c == ']') {
            pos++;
            return 0;
        }
        return c < 0 ? -1 : 1;
    }

    int nextElement() {
        final int c = peek();
        if (c == ',') {
            pos++;
            return 1;
        }
        if (c == ']') {
            pos++;
            return 0;
        }
        return -1;
    }

    /**
     * The key just read packed into an int, one byte per position (keys of one to four unescaped bytes, which is
     * every key of the BingX stream), or -1 for longer or escaped keys. Exact: no two keys share a code.
     */
    int keyCode() {
        return keyCode;
    }

    boolean keyIs(final byte[] literal) {
        return !keyEscaped && Ascii.equals(buf, keyStart, keyLength, literal);
    }

    /** True when the bytes at the cursor begin with {@code literal}. */
    boolean startsWith(final byte[] literal) {
        return end - pos >= literal.length && Ascii.equals(buf, pos, literal.length, literal);
    }

    boolean tokenIs(final byte[] literal) {
        return Ascii.equals(buf, tokenStart, tokenLength, literal);
    }

    /**
     * Reads the value at the cursor: a scalar sets the token fields; an object or array is skipped whole (and
     * validated) and its range reported.
     *
     * @return false when the value is malformed
     */
    boolean readValue() {
        final int p = pos;
        if (p < end && buf[p] == '"') {
            tokenKind = STRING;
            return scanString();
        }
        final int c = peek();
        switch (c) {
            case '"':
                tokenKind = STRING;
                return scanString();
            case '{':
            case '[': {
                final int start = pos;
                final boolean ok = skipValue(0);
                tokenKind = c == '{' ? OBJECT : ARRAY;
                tokenStart = start;
                tokenLength = pos - start;
                return ok;
            }
            case 't':
                return literal(TRUE, Ascii.TRUE);
            case 'f':
                return literal(FALSE, Ascii.FALSE);
            case 'n':
                return literal(NULL, Ascii.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    tokenKind = NUMBER;
                    return scanNumber();
                }
                return false;
        }
    }

    // ---- compact shortcuts: positions in and out, so that a caller walking minified JSON keeps its position in a
    // register rather than in this object (a store and a reload per token, on the walk's critical path)

    /**
     * At {@code p}, an opening quote: a one- or two-byte key and its colon, {@code "k":}, as its key code (the
     * value starts {@link #compactKeySize} bytes on); -1 otherwise.
     */
    int compactKey(final int p) {
        final byte[] b = buf;
        if (p + 4 >= end) {
            return -1;
        }
        if (p + 8 <= b.length) {
            // one load holds the whole key with its quotes and colon: masks instead of five checked byte reads
            final long w = Swar.load(b, p);
            final int c1 = (int) (w >>> 8) & 0xFF;
            if ((w & ONE_BYTE_KEY_MASK) == ONE_BYTE_KEY) {
                return plainKeyByte(c1) ? c1 : -1;
            }
            final int c2 = (int) (w >>> 16) & 0xFF;
            if ((w & TWO_BYTE_KEY_MASK) == TWO_BYTE_KEY && plainKeyByte(c1) && plainKeyByte(c2)) {
                return c1 << 8 | c2;
            }
            return -1;
        }
        if (b[p] != '"') {
            return -1;
        }
        final int c1 = b[p + 1];
        if (!plainKeyByte(c1)) {
            return -1;
        }
        if (b[p + 2] == '"' && b[p + 3] == ':') {
            return c1;
        }
        final int c2 = b[p + 2];
        return plainKeyByte(c2) && b[p + 3] == '"' && b[p + 4] == ':' ? c1 << 8 | c2 : -1;
    }

    /** True when the key at {@code p} is the one {@link #compactKeyWord} and {@link #compactKeyMask} describe. */
    boolean keyWordIs(final int p, final long word, final long mask) {
        return p + 4 < end && p + 8 <= buf.length && (Swar.load(buf, p) & mask) == word;
    }

    /** A one- or two-byte key code as its bytes {@code "k":} or {@code "kk":} in a little-endian word. */
    static long compactKeyWord(final int code) {
        return code > 0xFF
            ? TWO_BYTE_KEY | (long) (code >>> 8) << 8 | (long) (code & 0xFF) << 16
            : ONE_BYTE_KEY | (long) code << 8;
    }

    static long compactKeyMask(final int code) {
        return code > 0xFF ? 0xFF_FF_FF_FF_FFL : 0xFF_FF_FF_FFL;
    }

    static int compactKeySize(final int code) {
        return code > 0xFF ? 5 : 4;
    }

    /** ASCII above the space but the quote and backslash: read alike as a signed byte and as part of a loaded word. */
    private static boolean plainKeyByte(final int c) {
        return c > ' ' && c < 0x80 && c != '"' && c != '\\';
    }

    /** At {@code q}, an opening quote: a string without escapes or control bytes; the position after it, or -1. */
    int plainStringEnd(final int q) {
        final byte[] b = buf;
        final int limit = end;
        if (q >= limit || b[q] != '"') {
            return -1;
        }
        int p = q + 1;
        if (p + 8 <= limit) {
            final long stops = Swar.stringStops(Swar.load(b, p));
            if (stops != 0) {
                p += Long.numberOfTrailingZeros(stops) >>> 3;
                return b[p] == '"' ? p + 1 : -1;
            }
            p += 8;
        }
        while (p < limit) {
            final int c = b[p] & 0xFF;
            if (c == '"') {
                return p + 1;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
            p++;
        }
        return -1;
    }

    /** At {@code p}: {@code true} or {@code false}, its value (1 or 0) in {@link #tokenValue}; the end, or -1. */
    int booleanEnd(final int p) {
        final int c = byteAt(p);
        final byte[] word = c == 't' ? Ascii.TRUE : c == 'f' ? Ascii.FALSE : null;
        if (word == null || end - p < word.length || !Ascii.equals(buf, p, word.length, word)) {
            return -1;
        }
        tokenValue = c == 't' ? 1 : 0;
        return p + word.length;
    }

    /** The byte at {@code p} (unsigned), or -1 past the payload. */
    int byteAt(final int p) {
        return p < end ? buf[p] & 0xFF : -1;
    }

    /**
     * At a value: a string of the plain form {@code -?d{0,10}(.d{0,8})?} with at least one digit is read and its
     * 1e-8 value left in {@link #tokenValue}, finding the closing quote and parsing in one pass. Every other value
     * (unquoted, empty, a sign or digit count {@code FixedPoint.parse} treats otherwise, rounding, an escape) returns
     * false with the cursor on the value, for the general path to read: within this form the two agree exactly, and
     * ten integer digits scaled by 10^8 cannot overflow.
     */
    boolean plainDecimal() {
        int q = pos;
        if (q >= end || buf[q] != '"') {
            if (peek() != '"') {
                return false;
            }
            q = pos;
        }
        return token(STRING, q + 1, decimalEnd(q));
    }

    /** {@link #plainDecimal} from the opening quote at {@code q}: the position after the closing one, or -1. */
    int decimalEnd(final int q) {
        final byte[] b = buf;
        final int limit = end;
        final boolean negative = q + 1 < limit && b[q + 1] == '-';
        final int p = negative ? q + 2 : q + 1;
        // the venues' own shape, up to seven integer digits and eight decimals, in two words; kept small enough to
        // be inlined into the compact walks, the rest of the form is read out of line
        if (p + 11 <= limit) {
            final long w = Swar.load(b, p);
            final int k = Long.numberOfTrailingZeros(Swar.nonDigits(w)) >>> 3;
            final int dot = p + k;
            if (k > 0 && k < 8 && dot + 10 <= limit && b[dot] == '.' && b[dot + 9] == '"') {
                final long f = Swar.load(b, dot + 1);
                if (Swar.isEightDigits(f)) {
                    final long v = Swar.leadingDigits(w, k) * FixedPoint.SCALE + Swar.eightDigits(f);
                    tokenValue = negative ? -v : v;
                    return dot + 10;
                }
            }
        }
        return decimalDigitsEnd(p, negative);
    }

    /** {@link #decimalEnd} from the first digit (or point) at {@code from}, one byte at a time. */
    private int decimalDigitsEnd(final int from, final boolean negative) {
        final byte[] b = buf;
        final int limit = end;
        int p = from;
        long integer = 0;
        int d;
        while (p < limit && (d = b[p] - '0') >= 0 && d <= 9) {
            integer = integer * 10 + d;
            p++;
        }
        final int intDigits = p - from;
        long fraction = 0;
        int fracDigits = 0;
        if (p < limit && b[p] == '.') {
            final int fracStart = ++p;
            while (p < limit && (d = b[p] - '0') >= 0 && d <= 9) {
                fraction = fraction * 10 + d;
                p++;
            }
            fracDigits = p - fracStart;
        }
        if (p >= limit || b[p] != '"' || intDigits > MAX_PLAIN_INTEGER_DIGITS || fracDigits > FixedPoint.DECIMALS
            || intDigits + fracDigits == 0) {
            return -1;
        }
        final long v = integer * FixedPoint.SCALE + fraction * FRACTION_SCALE[fracDigits];
        tokenValue = negative ? -v : v;
        return p + 1;
    }

    /** Makes the value from {@code start} to {@code next} (less its closing quote) the token; false for -1. */
    private boolean token(final int kind, final int start, final int next) {
        if (next < 0) {
            return false;
        }
        tokenKind = kind;
        tokenStart = start;
        tokenLength = next - (kind == STRING ? 1 : 0) - start;
        tokenEscaped = false;
        pos = next;
        return true;
    }

    /**
     * At a value: one to nineteen digits that fit a long, quoted or as a JSON number, read into {@link #tokenValue}
     * in one pass (ids and times, on every frame). Anything else returns false with the cursor on the value; a number
     * must end on a byte that ends it for {@link #readValue} too (not a digit, fraction, exponent or the payload
     * end), so both paths see the same digits.
     */
    boolean plainDigits() {
        int q = pos;
        if (q >= end || buf[q] <= ' ') {
            peek();
            q = pos;
        }
        final boolean quoted = q < end && buf[q] == '"';
        return token(quoted ? STRING : NUMBER, quoted ? q + 1 : q, digitsEnd(q));
    }

    /** {@link #plainDigits} from the value at {@code q}: the position after it, or -1. */
    int digitsEnd(final int q) {
        final byte[] b = buf;
        final int limit = end;
        final boolean quoted = q < limit && b[q] == '"';
        final int start = quoted ? q + 1 : q;
        // eighteen digits cannot overflow; only a nineteenth needs the check
        final int safeEnd = Math.min(limit, start + 18);
        int p = start;
        long v = 0;
        while (p + 8 <= safeEnd) {
            final long w = Swar.load(b, p);
            if (!Swar.isEightDigits(w)) {
                break;
            }
            v = v * 100_000_000L + Swar.eightDigits(w);
            p += 8;
        }
        int d;
        while (p < safeEnd && (d = b[p] - '0') >= 0 && d <= 9) {
            v = v * 10 + d;
            p++;
        }
        if (p == start + 18 && p < limit && (d = b[p] - '0') >= 0 && d <= 9) {
            if (v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
            p++;
        }
        if (p == start || p >= limit) {
            return -1;
        }
        final int t = b[p];
        if (quoted ? t != '"' : (t >= '0' && t <= '9') || t == '.' || t == 'e' || t == 'E') {
            return -1;
        }
        tokenValue = v;
        return quoted ? p + 1 : p;
    }

    /** Skips one value of any kind, validating it. */
    boolean skipValue() {
        return skipValue(0);
    }

    private boolean skipValue(final int depth) {
        final int c = peek();
        if (c == '{') {
            if (depth == MAX_DEPTH) {
                return false;
            }
            int r = openObject();
            while (r > 0) {
                if (!skipValue(depth + 1)) {
                    return false;
                }
                r = nextKey();
            }
            return r == 0;
        }
        if (c == '[') {
            if (depth == MAX_DEPTH) {
                return false;
            }
            int r = openArray();
            while (r > 0) {
                if (!skipValue(depth + 1)) {
                    return false;
                }
                r = nextElement();
            }
            return r == 0;
        }
        return readValue();
    }

    private int readKey() {
        return peek() == '"' ? key(pos + 1) : -1;
    }

    /** Reads a key from just after its opening quote, and its colon, packing the key code in the same pass. */
    private int key(final int start) {
        final byte[] b = buf;
        final int limit = end;
        int code = 0;
        for (int p = start; p < limit; p++) {
            final int c = b[p] & 0xFF;
            if (c == '"') {
                final int n = p - start;
                keyStart = start;
                keyLength = n;
                keyEscaped = false;
                keyCode = n >= 1 && n <= 4 ? code : -1;
                if (p + 1 < limit && b[p + 1] == ':') {
                    pos = p + 2;
                    return 1;
                }
                pos = p + 1;
                return colon();
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            code = code << 8 | c;
        }
        pos = start - 1;
        return escapedKey();
    }

    /** The rare key with an escape (or a broken one): the full scan decides, and no code is given. */
    private int escapedKey() {
        if (!scanString()) {
            return -1;
        }
        keyStart = tokenStart;
        keyLength = tokenLength;
        keyEscaped = tokenEscaped;
        keyCode = -1;
        return colon();
    }

    private int colon() {
        if (peek() != ':') {
            return -1;
        }
        pos++;
        return 1;
    }

    /** At an opening quote: finds the closing one, validating escapes and refusing raw control characters. */
    private boolean scanString() {
        int p = pos + 1;
        final int start = p;
        boolean escaped = false;
        while (p + 8 <= end) {
            final long stops = Swar.stringStops(Swar.load(buf, p));
            if (stops != 0) {
                p += Long.numberOfTrailingZeros(stops) >>> 3;
                break;
            }
            p += 8;
        }
        while (p < end) {
            final int c = buf[p] & 0xFF;
            if (c == '"') {
                tokenStart = start;
                tokenLength = p - start;
                tokenEscaped = escaped;
                pos = p + 1;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                if (++p == end) {
                    return false;
                }
                final int e = buf[p];
                if (e == 'u') {
                    if (end - p <= 4) {
                        return false;
                    }
                    for (int k = 1; k <= 4; k++) {
                        if (!isHex(buf[p + k])) {
                            return false;
                        }
                    }
                    p += 5;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                    || e == 't') {
                    p++;
                } else {
                    return false;
                }
            } else if (c < 0x20) {
                return false;
            } else {
                p++;
            }
        }
        return false;
    }

    /** {@code -?digits(.digits)?([eE][+-]?digits)?}; leading zeros are tolerated. */
    private boolean scanNumber() {
        final int start = pos;
        int p = pos;
        if (buf[p] == '-') {
            p++;
        }
        int q = digits(p);
        if (q == p) {
            return false;
        }
        p = q;
        if (p < end && buf[p] == '.') {
            q = digits(p + 1);
            if (q == p + 1) {
                return false;
            }
            p = q;
        }
        if (p < end && (buf[p] == 'e' || buf[p] == 'E')) {
            p++;
            if (p < end && (buf[p] == '+' || buf[p] == '-')) {
                p++;
            }
            q = digits(p);
            if (q == p) {
                return false;
            }
            p = q;
        }
        tokenStart = start;
        tokenLength = p - start;
        pos = p;
        return true;
    }

    private int digits(final int from) {
        int p = from;
        while (p < end && buf[p] >= '0' && buf[p] <= '9') {
            p++;
        }
        return p;
    }

    private boolean literal(final int kind, final byte[] word) {
        if (end - pos < word.length || !Ascii.equals(buf, pos, word.length, word)) {
            return false;
        }
        tokenKind = kind;
        tokenStart = pos;
        tokenLength = word.length;
        pos += word.length;
        return true;
    }

    private static boolean isHex(final byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
