package io.reckon.adapters.bingx.codec;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass number reads ({@link FieldReader#readDecimal}, {@link FieldReader#readLong},
 * {@link FieldReader#readOrderId}) against the general path they shortcut (read the token, then parse it): same
 * outcome, value, reject reason and cursor position for every value, whether or not the shortcut takes it.
 */
class OnePassNumberTest {
    private static final int FIELD = 7;

    /** JSON values, each followed in the payload by {@code ,} or {@code }} or nothing (the payload end). */
    private static final String[] VALUES = {
        "\"0.10000000\"", "\"64.35010000\"", "\"-0.00321800\"", "\"0.00000000\"", "\"5277.59264687\"",
        "\"43495.00000000\"", "\"-3.11400000\"", "\"0\"", "\"-0\"", "\"-0.0\"", "\"1\"", "\"1.5\"", "\"1.\"",
        "\".5\"", "\"-.5\"", "\".\"", "\"-\"", "\"+\"", "\"+1.5\"", "\"--1\"", "\"-+1\"", "\"\"", "\"007.50\"",
        "\"0000000001\"", "\"00000000001\"", "\"9999999999.99999999\"", "\"10000000000\"", "\"10000000000.5\"",
        "\"92233720368.54775807\"", "\"92233720368.54775808\"", "\"92233720369\"", "\"99999999999999999999\"",
        "\"1.123456785\"", "\"1.123456795\"", "\"1.1234567850001\"", "\"1.123456784999\"", "\"-1.123456785\"",
        "\"86.59497382000000050000\"", "\"1.000000000\"", "\"1e5\"", "\"1E-5\"", "\"1.5e+3\"", "\"e5\"",
        "\"12a\"", "\" 1\"", "\"1 \"", "\"1.2.3\"", "\"\\u0031\"", "\"1\\\"\"", "\"\t1\"", "\"1",
        "\"1711312357852147712\"", "\"9223372036854775807\"", "\"9223372036854775808\"", "\"9223372036854775799\"",
        "\"18446744073709551615\"", "\"123456789012345678\"", "\"12345678\"", "\"1234567\"", "\"123456789\"",
        "\"0000000000000000000001\"", "\"00012\"", "\"12.0\"", "\"-5\"", "\"+5\"",
        "0", "7", "1696843635475", "1696843635475.0", "1696843635475e3", "1696843635475E3", "1.5", "-2", "-0",
        "1e3", "0.10000000", "-", "9223372036854775807", "9223372036854775808", "123456789012345678901",
        "12345678", "1234567812345678", "00", "null", "true", "false", "{\"a\":1}", "[1]", "[", "\"\\x\"", "x",
        "nul",
    };

    private static final String[] AFTER = {"}", ",\"b\":1}", "", " }"};

    /** What the array holds after the payload: nothing, digits, quotes. */
    private static final String[] BEYOND = {"", "9".repeat(32), "\"".repeat(32), "12345678\"".repeat(4)};

    private final RingEvent fast = new RingEvent(64);
    private final RingEvent slow = new RingEvent(64);
    private final FieldReader fastIn = new FieldReader();
    private final FieldReader slowIn = new FieldReader();

    private interface Read {
        int apply(FieldReader in);
    }

    private void agree(final String json, final Read oneRead, final Read tokenRead) {
        for (final String beyond : BEYOND) {
            agree(json, beyond, oneRead, tokenRead);
        }
    }

    /** The payload alone in its array, and followed there by bytes that are not part of it. */
    private void agree(final String json, final String beyond, final Read oneRead, final Read tokenRead) {
        final int n = json.getBytes(StandardCharsets.UTF_8).length;
        final byte[] b = (json + beyond).getBytes(StandardCharsets.UTF_8);
        fast.clearDecoded();
        slow.clearDecoded();
        fastIn.begin(fast, b, 0, n);
        slowIn.begin(slow, b, 0, n);
        final int a = oneRead.apply(fastIn);
        final int e = slowIn.value() ? tokenRead.apply(slowIn) : FieldReader.FAILED;
        assertEquals(e, a, json);
        assertEquals(slow.reject, fast.reject, json);
        assertEquals(slow.rejectField, fast.rejectField, json);
        if (e == FieldReader.PRESENT) {
            assertEquals(slowIn.number, fastIn.number, json);
            assertEquals(slowIn.cur.position(), fastIn.cur.position(), json);
        }
    }

    private void everyValue(final Read oneRead, final Read tokenRead) {
        for (final String v : VALUES) {
            for (final String after : AFTER) {
                agree(v + after, oneRead, tokenRead);
                agree(" " + v + after, oneRead, tokenRead);
            }
        }
    }

    @Test
    void decimalsAgreeWithTheTokenPath() {
        everyValue(in -> in.readDecimal(FIELD, false), in -> in.decimal(FIELD, false));
        everyValue(in -> in.readDecimal(FIELD, true), in -> in.decimal(FIELD, true));
    }

    /**
     * Every count of integer and fraction digits around the two-word read (up to seven and exactly eight), signed
     * or not, ending at the payload end or before more bytes: the one-pass read still agrees with the token path.
     */
    @Test
    void decimalsOfEveryDigitCountAgreeWithTheTokenPath() {
        for (int intDigits = 0; intDigits <= 11; intDigits++) {
            for (int fracDigits = -1; fracDigits <= 10; fracDigits++) {
                final String integer = "9876543210987".substring(0, intDigits);
                final String fraction = fracDigits < 0 ? "" : "." + "12345678905".substring(0, fracDigits);
                for (final String sign : new String[] {"", "-"}) {
                    final String v = "\"" + sign + integer + fraction + "\"";
                    for (final String after : AFTER) {
                        agree(v + after, in -> in.readDecimal(FIELD, false), in -> in.decimal(FIELD, false));
                    }
                }
            }
        }
    }

    @Test
    void twoWordDecimalsStopAtTheirClosingQuote() {
        assertDecimal("\"1234567.12345678\"", 123_456_712_345_678L);
        assertDecimal("\"-7.00000001\"", -700_000_001L);
        assertFalse(cursor("\"1.12345678\u0000\"").plainDecimal());
        assertFalse(cursor("\"1.1234567x\"").plainDecimal());
        assertFalse(cursor("\"1,12345678\"").plainDecimal());
        assertFalse(cursor("\"1.12345678").plainDecimal());
    }

    @Test
    void longsAgreeWithTheTokenPath() {
        everyValue(in -> in.readLong(FIELD), in -> in.longValue(FIELD));
    }

    @Test
    void orderIdsAgreeWithTheTokenPath() {
        everyValue(in -> in.readOrderId(FIELD), in -> in.orderId(FIELD));
    }

    @Test
    void onePassDecimalsAreFixedPointParse() {
        for (final String v : VALUES) {
            if (!v.startsWith("\"")) {
                continue;
            }
            final JsonCursor cur = cursor(v + "}");
            final int next = cur.decimalEnd(0);
            if (next >= 0) {
                final byte[] b = cur.buffer();
                assertEquals(v.length(), next, v);
                assertEquals(FixedPoint.parse(b, 1, next - 2), cur.tokenValue, v);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0.10000000\"", "\"-0.00321800\"", "\"64.3501\"", "\"9999999999.99999999\"", "\"1.\"",
        "\".5\"", "\"-0\"", "\"007\""})
    void plainDecimalsTakeTheOnePassRead(final String value) {
        final JsonCursor cur = cursor(value + "}");
        assertTrue(cur.plainDecimal(), value);
        assertEquals('}', cur.peek());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+1\"", "\"1.123456785\"", "\"10000000000\"", "\"1e5\"", "\"\"", "\".\"", "\"-\"",
        "\"\\u0031\"", "1.5", "null", "\"1"})
    void otherDecimalsAreLeftToTheTokenPath(final String value) {
        final JsonCursor cur = cursor(value + "}");
        assertFalse(cur.plainDecimal(), value);
    }

    @Test
    void onePassValuesAreExact() {
        assertDecimal("\"0.10000000\"", 10_000_000L);
        assertDecimal("\"-0.00321800\"", -321_800L);
        assertDecimal("\"9999999999.99999999\"", 999_999_999_999_999_999L);
        assertDecimal("\"1.5\"", 150_000_000L);
        assertDecimal("\".5\"", 50_000_000L);
        assertDigits("\"1711312357852147712\"", 1_711_312_357_852_147_712L);
        assertDigits("\"9223372036854775807\"", Long.MAX_VALUE);
        assertDigits("1696843635475,", 1_696_843_635_475L);
        assertDigits("0}", 0L);
        assertFalse(cursor("\"9223372036854775808\"").plainDigits());
        assertFalse(cursor("1696843635475").plainDigits(), "a number at the payload end is the token path's");
    }

    @Test
    void rejectReasonsAreTheTokenPaths() {
        final RingEvent event = new RingEvent(64);
        final FieldReader in = new FieldReader();
        final byte[] b = "\"92233720368.54775808\"".getBytes(StandardCharsets.US_ASCII);
        in.begin(event, b, 0, b.length);
        assertEquals(FieldReader.FAILED, in.readDecimal(FIELD, false));
        assertEquals(RejectReason.NUMBER_OVERFLOW, event.reject);
    }

    private static JsonCursor cursor(final String json) {
        final byte[] b = json.getBytes(StandardCharsets.UTF_8);
        final JsonCursor cur = new JsonCursor();
        cur.reset(b, 0, b.length);
        return cur;
    }

    private static void assertDecimal(final String json, final long expected) {
        final JsonCursor cur = cursor(json);
        assertTrue(cur.plainDecimal(), json);
        assertEquals(expected, cur.tokenValue, json);
    }

    private static void assertDigits(final String json, final long expected) {
        final JsonCursor cur = cursor(json);
        assertTrue(cur.plainDigits(), json);
        assertEquals(expected, cur.tokenValue, json);
    }
}
