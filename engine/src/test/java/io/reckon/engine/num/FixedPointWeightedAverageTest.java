package io.reckon.engine.num;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixedPointWeightedAverageTest {

    /** What a venue keeping exact decimals reports: Σ price·qty / Σ qty, rounded half up to 8 places once. */
    private static long exact(final long a, final long qa, final long b, final long qb) {
        final BigDecimal n = BigDecimal.valueOf(a, 8).multiply(BigDecimal.valueOf(qa, 8))
            .add(BigDecimal.valueOf(b, 8).multiply(BigDecimal.valueOf(qb, 8)));
        final BigDecimal d = BigDecimal.valueOf(qa, 8).add(BigDecimal.valueOf(qb, 8));
        return n.divide(d, 8, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    @Test
    void entryOfTwoFillsMatchesExactDecimalsWhereRoundedProductsWouldNot() {
        final long a = FixedPoint.parse("60009.05");
        final long qa = FixedPoint.parse("0.0192");
        final long b = FixedPoint.parse("59980.7");
        final long qb = FixedPoint.parse("0.002");
        assertEquals(exact(a, qa, b, qb), FixedPoint.weightedAverage(a, qa, b, qb));
        assertEquals(FixedPoint.parse("0.33333333"), FixedPoint.weightedAverage(0, 2, FixedPoint.SCALE, 1));
        assertEquals(FixedPoint.parse("0.66666667"), FixedPoint.weightedAverage(0, 1, FixedPoint.SCALE, 2));
    }

    @Test
    void randomPricesAndSizesAgreeWithBigDecimalToTheUnit() {
        final SplittableRandom random = new SplittableRandom(20261207L);
        for (int i = 0; i < 200_000; i++) {
            final long a = random.nextLong(1, 200_000L * FixedPoint.SCALE);
            final long b = random.nextLong(1, 200_000L * FixedPoint.SCALE);
            final long qa = random.nextLong(0, 5_000L * FixedPoint.SCALE);
            final long qb = random.nextLong(1, 5_000L * FixedPoint.SCALE);
            assertEquals(exact(a, qa, b, qb), FixedPoint.weightedAverage(a, qa, b, qb),
                () -> a + "x" + qa + " + " + b + "x" + qb);
        }
    }

    @Test
    void unsignedDivisionOfA128BitNumeratorMatchesBigInteger() {
        final SplittableRandom random = new SplittableRandom(7L);
        final BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        for (int i = 0; i < 200_000; i++) {
            final long d = i % 3 == 0 ? random.nextLong() | Long.MIN_VALUE : random.nextLong(1, Long.MAX_VALUE);
            final long hi = Long.remainderUnsigned(random.nextLong(), d);
            final long lo = random.nextLong();
            final BigInteger n = new BigInteger(Long.toUnsignedString(hi)).multiply(two64)
                .add(new BigInteger(Long.toUnsignedString(lo)));
            final long expected = n.divide(new BigInteger(Long.toUnsignedString(d))).longValue();
            assertEquals(expected, FixedPoint.divideUnsigned128(hi, lo, d));
        }
    }

    @Test
    void refusesWhatHasNoAverage() {
        assertThrows(ArithmeticException.class, () -> FixedPoint.weightedAverage(1, 0, 1, 0));
        assertThrows(ArithmeticException.class, () -> FixedPoint.weightedAverage(-1, 1, 1, 1));
        assertEquals(5, FixedPoint.weightedAverage(5, 3, 5, 7));
    }
}
