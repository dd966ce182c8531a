package io.reckon.engine.num;

/**
 * Exact decimal arithmetic on {@code long}s scaled by 10^8 (one unit = 1e-8), the ledger's only number type.
 *
 * <p>Parsing reads ASCII digits straight from a byte range and never goes through {@code double} or
 * {@code BigDecimal}. Products split their operands so that no intermediate exceeds 64 bits, quotients divide a
 * 128-bit numerator once; both throw {@link ArithmeticException} only when the true result does not fit (or an
 * argument is {@link #INVALID}).
 */
public final class FixedPoint {
    public static final int DECIMALS = 8;
    public static final long SCALE = 100_000_000L;
    /** Returned by {@link #parse} for input it cannot read; never a legal value. */
    public static final long INVALID = Long.MIN_VALUE;

    public static final int OK = 0;
    public static final int ERR_EMPTY = 1;
    public static final int ERR_NOT_A_NUMBER = 2;
    public static final int ERR_EXPONENT = 3;
    public static final int ERR_OVERFLOW = 4;

    /** Largest integer part that still fits once scaled: Long.MAX_VALUE / SCALE. */
    private static final long MAX_INTEGER_PART = Long.MAX_VALUE / SCALE;

    private FixedPoint() {
    }

    /**
     * Parses {@code [-|+]digits[.digits]} into 1e-8 units, rounding half-even beyond the eighth fractional digit
     * (BingX spot pads with binary-float noise such as {@code 86.59497382000000050000}). Either side of the point
     * may be empty ({@code ".5"}, {@code "5."}), not both; no exponent, no spaces; the magnitude is at most
     * {@code Long.MAX_VALUE} units (92233720368.54775807).
     *
     * @return the value, or {@link #INVALID}; {@link #error} then says why
     */
    public static long parse(final byte[] buf, final int offset, final int length) {
        if (length <= 0) {
            return INVALID;
        }
        int i = offset;
        final int end = offset + length;
        boolean negative = false;
        if (buf[i] == '-' || buf[i] == '+') {
            negative = buf[i] == '-';
            i++;
        }
        long integer = 0;
        int intDigits = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9') {
            integer = integer * 10 + (buf[i] - '0');
            if (integer > MAX_INTEGER_PART) {
                return INVALID;
            }
            intDigits++;
            i++;
        }
        long fraction = 0;
        int fracDigits = 0;
        int roundDigit = -1;
        boolean stickyNonZero = false;
        if (i < end && buf[i] == '.') {
            i++;
            while (i < end && buf[i] >= '0' && buf[i] <= '9') {
                final int d = buf[i] - '0';
                if (fracDigits < DECIMALS) {
                    fraction = fraction * 10 + d;
                } else if (roundDigit < 0) {
                    roundDigit = d;
                } else if (d != 0) {
                    stickyNonZero = true;
                }
                fracDigits++;
                i++;
            }
        }
        if (i != end || intDigits + fracDigits == 0) {
            return INVALID;
        }
        for (int k = fracDigits; k < DECIMALS; k++) {
            fraction *= 10;
        }
        long value = integer * SCALE + fraction;
        if (roundDigit > 5 || (roundDigit == 5 && (stickyNonZero || (value & 1) == 1))) {
            value++;
        }
        if (value < 0) {
            return INVALID;
        }
        return negative ? -value : value;
    }

    /** Why {@link #parse} rejected a range; call only after it returned {@link #INVALID} (the cold path). */
    public static int error(final byte[] buf, final int offset, final int length) {
        if (length <= 0) {
            return ERR_EMPTY;
        }
        boolean digitsOnly = true;
        for (int i = offset; i < offset + length; i++) {
            final byte b = buf[i];
            if (b == 'e' || b == 'E') {
                return hasDigitBefore(buf, offset, i) ? ERR_EXPONENT : ERR_NOT_A_NUMBER;
            }
            if (!(b >= '0' && b <= '9') && b != '.' && b != '-' && b != '+') {
                digitsOnly = false;
            }
        }
        return digitsOnly && parse(buf, offset, length) == INVALID && looksNumeric(buf, offset, length)
            ? ERR_OVERFLOW : ERR_NOT_A_NUMBER;
    }

    private static boolean hasDigitBefore(final byte[] buf, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] >= '0' && buf[i] <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean looksNumeric(final byte[] buf, final int offset, final int length) {
        int i = offset;
        final int end = offset + length;
        if (buf[i] == '-' || buf[i] == '+') {
            i++;
        }
        int digits = 0;
        int dots = 0;
        for (; i < end; i++) {
            if (buf[i] == '.') {
                dots++;
            } else if (buf[i] >= '0' && buf[i] <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0 && dots <= 1;
    }

    /**
     * Parses a non-negative decimal integer (an order id, a timestamp) that may exceed 2^53.
     *
     * @return the value, or -1 when the range is empty, not all digits, or overflows 63 bits
     */
    public static long parseUnsignedLong(final byte[] buf, final int offset, final int length) {
        if (length <= 0 || length > 19) {
            return -1;
        }
        long v = 0;
        for (int i = offset; i < offset + length; i++) {
            final int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * {@code a * b} for two fixed-point values, rounded half away from zero to 1e-8.
     *
     * @throws ArithmeticException when the product does not fit, or an argument is {@link #INVALID}
     */
    public static long mul(final long a, final long b) {
        final boolean negative = (a < 0) != (b < 0);
        final long x = Math.absExact(a);
        final long y = Math.absExact(b);
        final long xq = x / SCALE;
        final long xr = x % SCALE;
        final long yq = y / SCALE;
        final long yr = y % SCALE;
        long r = Math.multiplyExact(Math.multiplyExact(xq, yq), SCALE);
        r = Math.addExact(r, Math.multiplyExact(xq, yr));
        r = Math.addExact(r, Math.multiplyExact(xr, yq));
        final long low = xr * yr;
        r = Math.addExact(r, low / SCALE + ((low % SCALE) >= SCALE / 2 ? 1 : 0));
        return negative ? -r : r;
    }

    /**
     * {@code a / b} for two fixed-point values, truncated toward zero to 1e-8: the 128-bit {@code |a|·10^8} divided
     * once, so it throws only when the quotient does not fit.
     *
     * @throws ArithmeticException when {@code b} is zero, the quotient does not fit, or an argument is
     *                             {@link #INVALID}
     */
    public static long div(final long a, final long b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        final boolean negative = (a < 0) != (b < 0);
        final long x = Math.absExact(a);
        final long y = Math.absExact(b);
        final long hi = Math.multiplyHigh(x, SCALE);
        final long lo = x * SCALE;
        final long q;
        if (hi == 0 && lo >= 0) {
            q = lo / y;
        } else if (Long.compareUnsigned(hi, y) >= 0) {
            throw new ArithmeticException("quotient overflows");
        } else {
            q = divideUnsigned128(hi, lo, y);
            if (q < 0) {
                throw new ArithmeticException("quotient overflows");
            }
        }
        return negative ? -q : q;
    }

    /**
     * The quantity-weighted average {@code (a·qa + b·qb) / (qa + qb)} of two non-negative fixed-point values with
     * non-negative weights, rounded half up once, from the exact 128-bit sum of products: what a venue computing an
     * entry price in exact decimals and rounding it to 1e-8 reports, where a product rounded before the division
     * would be off by a unit now and then.
     *
     * @throws ArithmeticException when both weights are zero, an argument is negative or the result overflows
     */
    public static long weightedAverage(final long a, final long qa, final long b, final long qb) {
        if ((a | qa | b | qb) < 0) {
            throw new ArithmeticException("weighted average of a negative value");
        }
        final long weight = Math.addExact(qa, qb);
        if (weight == 0) {
            throw new ArithmeticException("weighted average with no weight");
        }
        final long lo1 = a * qa;
        final long lo2 = b * qb;
        final long lo = lo1 + lo2;
        final long hi = Math.multiplyHigh(a, qa) + Math.multiplyHigh(b, qb)
            + (Long.compareUnsigned(lo, lo1) < 0 ? 1 : 0);
        // (N · 1e-16) / (weight · 1e-8) is N / weight units of 1e-8.
        if (Long.compareUnsigned(hi, weight) >= 0) {
            throw new ArithmeticException("weighted average overflows");
        }
        final long q = divideUnsigned128(hi, lo, weight);
        final long remainder = lo - q * weight;
        final boolean roundUp = Long.compareUnsigned(remainder, weight - remainder) >= 0;
        if (q < 0 || (roundUp && q == Long.MAX_VALUE)) {
            throw new ArithmeticException("weighted average overflows");
        }
        return roundUp ? q + 1 : q;
    }

    /**
     * {@code (hi·2^64 + lo) / d}, all unsigned, for {@code hi < d}: schoolbook division in 32-bit digits after
     * normalising the divisor (Knuth's algorithm D, two quotient digits).
     */
    static long divideUnsigned128(final long hi, final long lo, final long d) {
        final long base = 1L << 32;
        final long mask = base - 1;
        final int s = Long.numberOfLeadingZeros(d);
        final long v = d << s;
        final long vn1 = v >>> 32;
        final long vn0 = v & mask;
        final long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
        final long un10 = lo << s;
        final long un1 = un10 >>> 32;
        final long un0 = un10 & mask;

        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, base) >= 0
            || Long.compareUnsigned(q1 * vn0, (rhat << 32) | un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        final long un21 = (un32 << 32) + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, base) >= 0
            || Long.compareUnsigned(q0 * vn0, (rhat << 32) | un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        return (q1 << 32) | q0;
    }

    /** Parses a decimal string off the hot path (configuration, tests); throws with the text on failure. */
    public static long parse(final CharSequence text) {
        final byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final long v = parse(bytes, 0, bytes.length);
        if (v == INVALID) {
            throw new NumberFormatException("not a plain decimal within +-92233720368.54775807: '" + text + "'");
        }
        return v;
    }

    /** Allocates: a plain decimal string without exponent and without trailing zeros ("-1.5", "0"). */
    public static String toPlainString(final long value) {
        final StringBuilder sb = new StringBuilder(24);
        appendPlain(sb, value);
        return sb.toString();
    }

    /** Appends {@code value} as a plain decimal without exponent and without trailing zeros. */
    public static void appendPlain(final StringBuilder sb, final long value) {
        if (value == INVALID) {
            sb.append("invalid");
            return;
        }
        if (value < 0) {
            sb.append('-');
        }
        final long abs = Math.abs(value);
        sb.append(abs / SCALE);
        long frac = abs % SCALE;
        if (frac != 0) {
            sb.append('.');
            long div = SCALE / 10;
            while (frac != 0) {
                sb.append((char) ('0' + frac / div));
                frac %= div;
                div /= 10;
            }
        }
    }
}
