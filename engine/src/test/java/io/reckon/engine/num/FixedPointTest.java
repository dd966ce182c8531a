package io.reckon.engine.num;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static io.reckon.engine.num.FixedPoint.INVALID;
import static io.reckon.engine.num.FixedPoint.SCALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link FixedPoint}: products, quotients, parsing and printing ({@code weightedAverage} has its own test). */
class FixedPointTest {
    /** The largest magnitude that parses: {@code Long.MAX_VALUE} units. */
    private static final String MAX_TEXT = "92233720368.54775807";

    private static long fp(final String text) {
        return FixedPoint.parse(text);
    }

    private static long parseBytes(final String text) {
        final byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return FixedPoint.parse(b, 0, b.length);
    }

    private static int error(final String text) {
        final byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return FixedPoint.error(b, 0, b.length);
    }

    private static BigDecimal big(final long units) {
        return BigDecimal.valueOf(units, FixedPoint.DECIMALS);
    }

    // ---- mul ----

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"1.5, 2, 3", "-1.5, 2, -3", "1.5, -2, -3", "-1.5, -2, 3", "0, -7, 0", "-0.5, 0, 0",
        "60000.5, 0.0192, 1152.0096", "0.00321800, -3000.25, -9.6548045"})
    void multipliesWithTheSignOfTheProduct(final String a, final String b, final String product) {
        assertEquals(fp(product), FixedPoint.mul(fp(a), fp(b)));
        assertEquals(fp(product), FixedPoint.mul(fp(b), fp(a)), "commutes");
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"0.00000001, 0.5, 0.00000001", "-0.00000001, 0.5, -0.00000001", "0.00000001, -0.5, -0.00000001",
        "0.00000001, 0.49999999, 0", "-0.00000001, 0.49999999, 0", "0.00000003, 0.5, 0.00000002",
        "0.00000003, -0.5, -0.00000002", "0.12345678, 0.1, 0.01234568", "-0.12345678, 0.1, -0.01234568"})
    void productsRoundHalfAwayFromZeroToTheUnit(final String a, final String b, final String product) {
        assertEquals(fp(product), FixedPoint.mul(fp(a), fp(b)));
    }

    @Test
    void randomProductsAgreeWithBigDecimalRoundedHalfUp() {
        final SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < 200_000; i++) {
            final long a = random.nextLong(-200_000L * SCALE, 200_000L * SCALE);
            final long b = random.nextLong(-5_000L * SCALE, 5_000L * SCALE);
            final long expected = big(a).multiply(big(b)).setScale(FixedPoint.DECIMALS, RoundingMode.HALF_UP)
                .unscaledValue().longValueExact();
            assertEquals(expected, FixedPoint.mul(a, b), () -> a + " x " + b);
        }
    }

    @Test
    void aProductAtTheLimitFitsAndOneBeyondItThrows() {
        assertEquals(Long.MAX_VALUE, FixedPoint.mul(Long.MAX_VALUE, SCALE));
        assertEquals(-Long.MAX_VALUE, FixedPoint.mul(Long.MAX_VALUE, -SCALE));
        assertEquals(-Long.MAX_VALUE, FixedPoint.mul(-Long.MAX_VALUE, SCALE));
        assertEquals(fp("92233720368"), FixedPoint.mul(fp("46116860184"), fp("2")));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(Long.MAX_VALUE, SCALE + 1));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(Long.MAX_VALUE, 2 * SCALE));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(-Long.MAX_VALUE, -2 * SCALE));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(fp("92233720368"), fp("1.00000001")));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(fp("9999999999"), fp("9999999999")));
    }

    @Test
    void invalidIsNotAFactor() {
        // Long.MIN_VALUE used to come back as its own negation: a wrong sign, not an overflow.
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(INVALID, -SCALE));
        assertThrows(ArithmeticException.class, () -> FixedPoint.mul(SCALE, INVALID));
    }

    // ---- div ----

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"3, 2, 1.5", "-3, 2, -1.5", "3, -2, -1.5", "-3, -2, 1.5", "0, -7, 0", "1152.0096, 0.0192, 60000.5",
        "1, 3, 0.33333333", "-1, 3, -0.33333333", "2, 3, 0.66666666", "-2, 3, -0.66666666", "2, -3, -0.66666666",
        "0.00000001, 2, 0", "-0.00000001, 2, 0", "0.00000009, 10, 0", "10, 0.00000001, 1000000000"})
    void dividesTruncatingTowardZero(final String a, final String b, final String quotient) {
        assertEquals(fp(quotient), FixedPoint.div(fp(a), fp(b)));
    }

    @Test
    void randomQuotientsAgreeWithBigDecimalTruncated() {
        final SplittableRandom random = new SplittableRandom(12L);
        for (int i = 0; i < 200_000; i++) {
            final long a;
            final long b;
            if (i % 2 == 0) {
                a = random.nextLong(-200_000L * SCALE, 200_000L * SCALE);
                b = random.nextLong(1, 5_000L * SCALE) * (random.nextBoolean() ? 1 : -1);
            } else {
                // magnitudes up to the limit: the quotient fits whenever |b| >= |a| / the limit
                a = random.nextLong(-Long.MAX_VALUE, Long.MAX_VALUE);
                b = random.nextLong(SCALE, Long.MAX_VALUE) * (random.nextBoolean() ? 1 : -1);
            }
            final long expected = big(a).divide(big(b), FixedPoint.DECIMALS, RoundingMode.DOWN)
                .unscaledValue().longValueExact();
            assertEquals(expected, FixedPoint.div(a, b), () -> a + " / " + b);
        }
    }

    @Test
    void largeOperandsDivideWithoutASpuriousOverflow() {
        // Both near 10^10, a price or size a venue can send: the remainder times ten no longer fits a long.
        assertEquals(fp("0.98958333"), FixedPoint.div(fp("9500000000"), fp("9600000000")));
        assertEquals(fp("-0.98958333"), FixedPoint.div(fp("-9500000000"), fp("9600000000")));
        assertEquals(SCALE - 1, FixedPoint.div(Long.MAX_VALUE - 1, Long.MAX_VALUE));
        assertEquals(SCALE, FixedPoint.div(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, FixedPoint.div(Long.MAX_VALUE, SCALE));
        assertEquals(-Long.MAX_VALUE, FixedPoint.div(Long.MAX_VALUE, -SCALE));
    }

    @Test
    void aQuotientBeyondTheLimitOrByZeroThrows() {
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(Long.MAX_VALUE, SCALE - 1));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(Long.MAX_VALUE, fp("0.5")));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(-Long.MAX_VALUE, 1));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(fp("92233720368"), fp("0.99999999")));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(SCALE, 0));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(0, 0));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(INVALID, SCALE));
        assertThrows(ArithmeticException.class, () -> FixedPoint.div(SCALE, INVALID));
    }

    // ---- parse ----

    @ParameterizedTest(name = "''{0}'' = {1} units")
    @CsvSource({"0, 0", "-0, 0", "+0, 0", "0.00000000, 0", "-0.00321800, -321800", "+1.5, 150000000",
        "1.5, 150000000", "-1.5, -150000000", "60000, 6000000000000", "0.00000001, 1", "007.50, 750000000",
        "86.59497382000000050000, 8659497382", "'.5', 50000000", "'-.5', -50000000", "'5.', 500000000",
        "'-5.', -500000000", "9999999999.99999999, 999999999999999999", "12345678901, 1234567890100000000",
        "92233720368.54775807, 9223372036854775807", "-92233720368.54775807, -9223372036854775807"})
    void parsesEveryFormTheVenuesSend(final String text, final long units) {
        assertEquals(units, parseBytes(text));
        assertEquals(units, fp(text));
    }

    @ParameterizedTest(name = "''{0}'' = {1} units")
    @CsvSource({"0.000000005, 0", "0.000000015, 2", "0.000000025, 2", "0.000000035, 4",
        "0.0000000050000001, 1", "0.000000004999999, 0", "0.000000006, 1", "1.123456785, 112345678",
        "1.123456775, 112345678", "1.12345677500000000001, 112345678", "1.1234567750000001, 112345678",
        "1.1234567850000001, 112345679", "-0.000000015, -2", "-0.000000025, -2", "-0.0000000251, -3",
        "-1.123456785, -112345678", "0.99999999999, 100000000", "92233720368.547758065, 9223372036854775806",
        "92233720368.547758074999, 9223372036854775807"})
    void roundsHalfEvenBeyondTheEighthDecimal(final String text, final long units) {
        assertEquals(units, parseBytes(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"92233720368.54775808", "-92233720368.54775808", "92233720368.547758075",
        "92233720369", "99999999999", "-99999999999", "100000000000", "99999999999999999999999"})
    void aValueBeyondTheLimitIsInvalidAndSaysOverflow(final String text) {
        assertEquals(INVALID, parseBytes(text));
        assertEquals(FixedPoint.ERR_OVERFLOW, error(text));
        final NumberFormatException e = assertThrows(NumberFormatException.class, () -> fp(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1e5", "1E5", "-1.5e-3", "2.5E+2", "0e0"})
    void anExponentIsRefusedAndNamed(final String text) {
        assertEquals(INVALID, parseBytes(text));
        assertEquals(FixedPoint.ERR_EXPONENT, error(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {" 1", "1 ", "1 000", " ", "-", "+", ".", "-.", "+-1", "--1", "1-", "1.2.3", "1,5",
        "abc", "e5", "0x10", "NaN", "Infinity", "\"1\"", "null"})
    void anythingElseIsNotANumber(final String text) {
        assertEquals(INVALID, parseBytes(text));
        assertEquals(FixedPoint.ERR_NOT_A_NUMBER, error(text));
    }

    @Test
    void anEmptyRangeIsInvalidAndSaysEmpty() {
        final byte[] buf = "12".getBytes(StandardCharsets.US_ASCII);
        assertEquals(INVALID, FixedPoint.parse(buf, 1, 0));
        assertEquals(FixedPoint.ERR_EMPTY, FixedPoint.error(buf, 1, 0));
        assertThrows(NumberFormatException.class, () -> fp(""));
    }

    @Test
    void parsesOnlyTheGivenRangeOfALargerBuffer() {
        final byte[] frame = "{\"p\":\"-0.00321800\",\"q\":\"12\"}".getBytes(StandardCharsets.US_ASCII);
        assertEquals(-321800, FixedPoint.parse(frame, 6, 11));
        assertEquals(12 * SCALE, FixedPoint.parse(frame, 24, 2));
        assertEquals(INVALID, FixedPoint.parse(frame, 5, 13), "the quote is part of the range");
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"0, 0", "1767225600000, 1767225600000", "9223372036854775807, 9223372036854775807",
        "9223372036854775808, -1", "10000000000000000000, -1", "'', -1", "-1, -1", "+1, -1", "1.0, -1", "' 1', -1"})
    void parsesUnsignedIdsAndTimestampsUpToSixtyThreeBits(final String text, final long expected) {
        final byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected, FixedPoint.parseUnsignedLong(b, 0, b.length));
    }

    // ---- printing ----

    @ParameterizedTest(name = "{0} units = ''{1}''")
    @CsvSource({"0, 0", "1, 0.00000001", "-1, -0.00000001", "150000000, 1.5", "-321800, -0.003218",
        "600000000000, 6000", "9223372036854775807, " + MAX_TEXT, "-9223372036854775807, -" + MAX_TEXT,
        "-9223372036854775808, invalid"})
    void printsPlainDecimalsWithoutTrailingZeros(final long units, final String text) {
        assertEquals(text, FixedPoint.toPlainString(units));
    }

    @Test
    void printedValuesParseBackToThemselves() {
        final SplittableRandom random = new SplittableRandom(13L);
        for (int i = 0; i < 100_000; i++) {
            final long v = i % 2 == 0 ? random.nextLong(-Long.MAX_VALUE, Long.MAX_VALUE)
                : random.nextLong(-1_000_000_000L, 1_000_000_000L);
            assertEquals(v, fp(FixedPoint.toPlainString(v)));
        }
    }
}
