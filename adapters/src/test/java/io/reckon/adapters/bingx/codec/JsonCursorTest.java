package io.reckon.adapters.bingx.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonCursorTest {
    private final JsonCursor cur = new JsonCursor();

    private void load(final String json) {
        final byte[] b = json.getBytes(StandardCharsets.UTF_8);
        cur.reset(b, 0, b.length);
    }

    private String token() {
        return new String(cur.buffer(), cur.tokenStart, cur.tokenLength, StandardCharsets.UTF_8);
    }

    private String key() {
        return new String(cur.buffer(), cur.keyStart, cur.keyLength, StandardCharsets.UTF_8);
    }

    @Test
    void walksKeysAndReportsTokensAsRanges() {
        load(" {\"s\" : \"BTC-USDT\", \"q\":-1.50e+2 ,\"ok\":true,\"no\":null,\"x\":{\"y\":[1,{\"z\":\"\\\"\"}]},\"w\":7}");

        assertEquals(1, cur.openObject());
        assertEquals('s', cur.keyCode());
        assertTrue(cur.readValue());
        assertEquals(JsonCursor.STRING, cur.tokenKind);
        assertEquals("BTC-USDT", token());

        assertEquals(1, cur.nextKey());
        assertTrue(cur.readValue());
        assertEquals(JsonCursor.NUMBER, cur.tokenKind);
        assertEquals("-1.50e+2", token());

        assertEquals(1, cur.nextKey());
        assertEquals('o' << 8 | 'k', cur.keyCode());
        assertTrue(cur.readValue());
        assertEquals(JsonCursor.TRUE, cur.tokenKind);

        assertEquals(1, cur.nextKey());
        assertTrue(cur.readValue());
        assertEquals(JsonCursor.NULL, cur.tokenKind);

        assertEquals(1, cur.nextKey());
        assertEquals("x", key());
        assertTrue(cur.readValue());
        assertEquals(JsonCursor.OBJECT, cur.tokenKind);
        assertEquals("{\"y\":[1,{\"z\":\"\\\"\"}]}", token());

        assertEquals(1, cur.nextKey());
        assertEquals("w", key());
        assertTrue(cur.readValue());
        assertEquals("7", token());
        assertEquals(0, cur.nextKey());
        assertTrue(cur.atEnd());
    }

    @Test
    void packsShortKeysExactlyAndRefusesLongOrEscapedOnes() {
        load("{\"wb\":1,\"abcd\":2,\"abcde\":3,\"\\u0065\":4}");
        assertEquals(1, cur.openObject());
        assertEquals('w' << 8 | 'b', cur.keyCode());
        cur.skipValue();
        cur.nextKey();
        assertEquals('a' << 24 | 'b' << 16 | 'c' << 8 | 'd', cur.keyCode());
        cur.skipValue();
        cur.nextKey();
        assertEquals(-1, cur.keyCode());
        assertTrue(cur.keyIs(Ascii.bytes("abcde")));
        cur.skipValue();
        cur.nextKey();
        assertEquals(-1, cur.keyCode());
        assertTrue(cur.tokenEscaped);
    }

    @Test
    void walksArrays() {
        load("[ ]");
        assertEquals(0, cur.openArray());
        load("[1, \"a\"]");
        assertEquals(1, cur.openArray());
        assertTrue(cur.readValue());
        assertEquals(1, cur.nextElement());
        assertTrue(cur.readValue());
        assertEquals("a", token());
        assertEquals(0, cur.nextElement());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{\"a\":1", "{\"a\":\"x}", "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"tab\there\"}", "{\"a\":tru}", "{\"a\":nul}",
        "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":{]}",
        "{\"a\":[}", "[", "{", "", "   "})
    void refusesMalformedJson(final String json) {
        load(json);
        assertFalse(cur.skipValue() && cur.atEnd(), json);
    }

    @Test
    void refusesNestingDeeperThanTheLimitAndAcceptsItUpToTheLimit() {
        final String ok = "[".repeat(JsonCursor.MAX_DEPTH) + "]".repeat(JsonCursor.MAX_DEPTH);
        final String deep = "[".repeat(JsonCursor.MAX_DEPTH + 1) + "]".repeat(JsonCursor.MAX_DEPTH + 1);
        load(ok);
        assertTrue(cur.skipValue());
        load(deep);
        assertFalse(cur.skipValue());
    }

    @Test
    void acceptsUtf8AndAllValidEscapes() {
        load("\"h\u00e9 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00E9\"");
        assertTrue(cur.readValue());
        assertTrue(cur.tokenEscaped);
        assertTrue(cur.atEnd());
    }

    /** A compact key read in one word inside the array and byte by byte at its end: the same code, or a miss. */
    @Test
    void compactKeysReadAlikeInOneWordAndAtTheArrayEnd() {
        final String[] keys = {"\"s\":1", "\"ap\":1", "\"abc\":1", "\"s\" :1", "\"\\\":1", "\"\"\":1",
            "\" \":1", "\"a\\\":1", "\"\u00e9\":1", "s\":1", "\"s\":", "\"ap\":", "\"a\"\"\":1",
            "\"a:\":1"};
        for (final String key : keys) {
            final byte[] exact = key.getBytes(StandardCharsets.UTF_8);
            final byte[] padded = (key + "xxxxxxxx").getBytes(StandardCharsets.UTF_8);
            cur.reset(exact, 0, exact.length);
            final int atEnd = cur.compactKey(0);
            cur.reset(padded, 0, exact.length);
            assertEquals(atEnd, cur.compactKey(0), key);
        }
        load("\"s\":1");
        assertEquals('s', cur.compactKey(0));
        load("\"ap\":1");
        assertEquals('a' << 8 | 'p', cur.compactKey(0));
        load("\"\\\":1");
        assertEquals(-1, cur.compactKey(0));
        load("\"abc\":1");
        assertEquals(-1, cur.compactKey(0));
    }

    @Test
    void aKeyWordMatchesItsOwnCompactKeyOnly() {
        final String[] keys = {"s", "ap", "S", "a", "as", "sa"};
        for (final String expected : keys) {
            final int code = expected.length() == 1 ? expected.charAt(0) : expected.charAt(0) << 8 | expected.charAt(1);
            for (final String actual : new String[] {"s", "ap", "S", "a", "as", "sa", "apx", "s ", "\\u0073"}) {
                load("\"" + actual + "\":\"v\",\"xxxxxxxx\":1");
                assertEquals(expected.equals(actual),
                    cur.keyWordIs(0, JsonCursor.compactKeyWord(code), JsonCursor.compactKeyMask(code)),
                    expected + " at " + actual);
            }
        }
        load("\"ap\":");
        final int ap = 'a' << 8 | 'p';
        assertFalse(cur.keyWordIs(0, JsonCursor.compactKeyWord(ap), JsonCursor.compactKeyMask(ap)), "no value byte");
    }
}
