package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input of every kind: a named reason and the failing venue field, never an exception. */
class BingxRejectsTest {
    /** A slot large enough for 129 positions, so that the table, not the slot, overflows. */
    private final CodecFixture f = new CodecFixture(1 << 16, BingxCodec.DEFAULT_MAX_INFLATED_BYTES);

    static Stream<Arguments> badFrames() {
        final String order = Frames.order(Frames.orderFields());
        final String validAccount = "{\"m\":\"ORDER\",\"B\":[" + Frames.usdtRow("\"1\"") + "]";
        final StringBuilder tooMany = new StringBuilder("{\"m\":\"ORDER\",\"P\":[");
        for (int i = 0; i <= 128; i++) {
            tooMany.append(i == 0 ? "" : ",").append(Frames.position("BTC-USDT", "1", "LONG"));
        }
        tooMany.append("]}");
        return Stream.of(
            Arguments.of("truncated", order.substring(0, order.length() - 40), RejectReason.MALFORMED_JSON, ""),
            Arguments.of("truncated after the object", order.substring(0, order.length() - 1),
                RejectReason.MALFORMED_JSON, ""),
            Arguments.of("garbage inside", order.replace("\"wt\"", "@\"wt\""), RejectReason.MALFORMED_JSON, ""),
            Arguments.of("unbalanced", order.replace("}}", "]}"), RejectReason.MALFORMED_JSON, ""),
            Arguments.of("trailing garbage", order + "}", RejectReason.MALFORMED_JSON, ""),
            Arguments.of("binary garbage", "\u0001\u0002\u0003", RejectReason.MALFORMED_JSON, ""),
            Arguments.of("empty payload", "", RejectReason.MALFORMED_JSON, ""),
            Arguments.of("blank payload", " \n ", RejectReason.MALFORMED_JSON, ""),
            Arguments.of("array", "[1,2]", RejectReason.NOT_AN_OBJECT, ""),
            Arguments.of("string", "\"ORDER_TRADE_UPDATE\"", RejectReason.NOT_AN_OBJECT, ""),
            Arguments.of("number", "42", RejectReason.NOT_AN_OBJECT, ""),
            Arguments.of("a word", "Pong", RejectReason.TEXT_UNKNOWN, ""),
            Arguments.of("nesting too deep", "{\"x\":" + "[".repeat(40) + "]".repeat(40) + ",\"e\":\"X\"}",
                RejectReason.MALFORMED_JSON, ""),
            Arguments.of("missing e", "{\"E\":1,\"o\":{}}", RejectReason.MISSING_EVENT_TYPE, "e"),
            Arguments.of("null e", "{\"e\":null}", RejectReason.MISSING_EVENT_TYPE, "e"),
            Arguments.of("numeric e", "{\"e\":5}", RejectReason.WRONG_TYPE, "e"),
            Arguments.of("E not a number", order.replace("1710303599597", "\"soon\""),
                RejectReason.NUMBER_NOT_DECIMAL, "E"),
            Arguments.of("E negative", order.replace("1710303599597", "-1"), RejectReason.NUMBER_NOT_DECIMAL, "E"),
            Arguments.of("missing o", "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1}", RejectReason.MISSING_FIELD, "o"),
            Arguments.of("null o", "{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":null}", RejectReason.MISSING_FIELD, "o"),
            Arguments.of("o not an object", "{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":[]}", RejectReason.WRONG_TYPE,
                "o"),
            Arguments.of("missing s", Frames.orderWith("s", null), RejectReason.MISSING_FIELD, "o.s"),
            Arguments.of("empty s", Frames.orderWith("s", "\"\""), RejectReason.MISSING_FIELD, "o.s"),
            Arguments.of("missing i", Frames.orderWith("i", null), RejectReason.MISSING_FIELD, "o.i"),
            Arguments.of("missing X", Frames.orderWith("X", null), RejectReason.MISSING_FIELD, "o.X"),
            Arguments.of("missing z", Frames.orderWith("z", null), RejectReason.MISSING_FIELD, "o.z"),
            Arguments.of("missing q", Frames.orderWith("q", null), RejectReason.MISSING_FIELD, "o.q"),
            Arguments.of("q empty", Frames.orderWith("q", "\"\""), RejectReason.NUMBER_EMPTY, "o.q"),
            Arguments.of("z NaN", Frames.orderWith("z", "\"NaN\""), RejectReason.NUMBER_NOT_DECIMAL, "o.z"),
            Arguments.of("ap 1e309", Frames.orderWith("ap", "\"1e309\""), RejectReason.NUMBER_EXPONENT, "o.ap"),
            Arguments.of("n bare exponent", Frames.orderWith("n", "-4.371e-3"), RejectReason.NUMBER_EXPONENT, "o.n"),
            Arguments.of("rp 30 digits", Frames.orderWith("rp", "\"123456789012345678901234567890\""),
                RejectReason.NUMBER_OVERFLOW, "o.rp"),
            Arguments.of("q two dots", Frames.orderWith("q", "\"1.2.3\""), RejectReason.NUMBER_NOT_DECIMAL, "o.q"),
            Arguments.of("q an object", Frames.orderWith("q", "{\"v\":1}"), RejectReason.WRONG_TYPE, "o.q"),
            Arguments.of("i beyond 64 bits", Frames.orderWith("i", "\"99999999999999999999\""),
                RejectReason.ORDER_ID_OVERFLOW, "o.i"),
            Arguments.of("i not digits", Frames.orderWith("i", "\"abc\""), RejectReason.ORDER_ID_INVALID, "o.i"),
            Arguments.of("i negative", Frames.orderWith("i", "-5"), RejectReason.ORDER_ID_INVALID, "o.i"),
            Arguments.of("i fractional", Frames.orderWith("i", "1.5"), RejectReason.ORDER_ID_INVALID, "o.i"),
            Arguments.of("i empty", Frames.orderWith("i", "\"\""), RejectReason.ORDER_ID_INVALID, "o.i"),
            Arguments.of("i boolean", Frames.orderWith("i", "true"), RejectReason.WRONG_TYPE, "o.i"),
            Arguments.of("unknown side", Frames.orderWith("S", "\"HOLD\""), RejectReason.ENUM_UNKNOWN, "o.S"),
            Arguments.of("unknown position side", Frames.orderWith("ps", "\"NET\""), RejectReason.ENUM_UNKNOWN,
                "o.ps"),
            Arguments.of("side a number", Frames.orderWith("S", "1"), RejectReason.WRONG_TYPE, "o.S"),
            Arguments.of("reduce-only word", Frames.orderWith("ro", "\"maybe\""), RejectReason.ENUM_UNKNOWN, "o.ro"),
            Arguments.of("client id too long", Frames.orderWith("c", "\"" + "x".repeat(65) + "\""),
                RejectReason.STRING_TOO_LONG, "o.c"),
            Arguments.of("T fractional", Frames.orderWith("T", "1.5"), RejectReason.NUMBER_NOT_DECIMAL, "o.T"),
            Arguments.of("T beyond 64 bits", Frames.orderWith("T", "99999999999999999999"),
                RejectReason.NUMBER_OVERFLOW, "o.T"),
            Arguments.of("missing a", "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1}", RejectReason.MISSING_FIELD, "a"),
            Arguments.of("B an object", Frames.account("{\"B\":{}}"), RejectReason.WRONG_TYPE, "a.B"),
            Arguments.of("B row null", Frames.account("{\"B\":[null]}"), RejectReason.WRONG_TYPE, "a.B"),
            Arguments.of("B row without asset", Frames.account("{\"B\":[{\"wb\":\"1\"}]}"),
                RejectReason.MISSING_FIELD, "a.B.a"),
            Arguments.of("USDT row without wb", Frames.account("{\"B\":[{\"a\":\"USDT\",\"cw\":\"1\"}]}"),
                RejectReason.MISSING_FIELD, "a.B.wb"),
            Arguments.of("USDT wb empty", Frames.account("{\"B\":[" + Frames.usdtRow("\"\"") + "]}"),
                RejectReason.NUMBER_EMPTY, "a.B.wb"),
            Arguments.of("USDT bc exponent",
                Frames.account("{\"B\":[{\"a\":\"USDT\",\"wb\":\"1\",\"bc\":\"1E2\"}]}"),
                RejectReason.NUMBER_EXPONENT, "a.B.bc"),
            Arguments.of("a.m a number", Frames.account("{\"m\":1}"), RejectReason.WRONG_TYPE, "a.m"),
            Arguments.of("P row without pa",
                Frames.account(validAccount + ",\"P\":[{\"s\":\"BTC-USDT\",\"ps\":\"LONG\"}]}"),
                RejectReason.MISSING_FIELD, "a.P.pa"),
            Arguments.of("P row without s", Frames.account(validAccount + ",\"P\":[{\"pa\":\"1\"}]}"),
                RejectReason.MISSING_FIELD, "a.P.s"),
            Arguments.of("second P row broken", Frames.account(validAccount + ",\"P\":["
                + Frames.position("BTC-USDT", "1", "LONG") + "," + Frames.position("ETH-USDT", "x", "LONG") + "]}"),
                RejectReason.NUMBER_NOT_DECIMAL, "a.P.pa"),
            Arguments.of("P margin type unknown", Frames.account("{\"P\":[{\"s\":\"A\",\"pa\":\"1\",\"mt\":\"x\"}]}"),
                RejectReason.ENUM_UNKNOWN, "a.P.mt"),
            Arguments.of("too many positions", Frames.account(tooMany.toString()), RejectReason.TOO_MANY_ENTRIES,
                "a.P"),
            Arguments.of("config without symbol", "{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"ac\":{\"l\":3}}",
                RejectReason.MISSING_FIELD, "ac.s"),
            Arguments.of("config leverage fractional",
                "{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"ac\":{\"s\":\"A\",\"l\":1.5}}", RejectReason.NUMBER_NOT_DECIMAL,
                "ac.l"),
            Arguments.of("config leverage beyond int",
                "{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"ac\":{\"s\":\"A\",\"S\":3000000000}}",
                RejectReason.NUMBER_OVERFLOW, "ac.S"),
            Arguments.of("config margin mode unknown",
                "{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"ac\":{\"s\":\"A\",\"mt\":\"portfolio\"}}",
                RejectReason.ENUM_UNKNOWN, "ac.mt"),
            Arguments.of("a repeated e naming another event", order.replace("}}", "},\"e\":\"ACCOUNT_UPDATE\"}"),
                RejectReason.MISSING_FIELD, "a"),
            Arguments.of("snapshot with neither ac nor a", "{\"e\":\"SNAPSHOT\",\"E\":1}", RejectReason.MISSING_FIELD,
                "ac"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void rejectsBadFramesWithANamedReasonAndField(final String name, final String json,
                                                  final RejectReason reason, final String field) {
        final RingEvent e = f.ws(json);
        assertEquals(DecodedKind.REJECTED, e.decoded, name);
        assertEquals(reason, e.reject, name);
        assertEquals(field, f.codec.fieldName(e.rejectField), name);

        f.wire(Gzip.jdk(json.getBytes(StandardCharsets.UTF_8)), true);
        assertEquals(reason, f.event.reject, name + " (gzipped)");
    }

    @Test
    void truncatedGzipKeepsTheRawBytesAndFailsTheSameWayOnReplay() {
        final byte[] gz = Gzip.jdk(Frames.order(Frames.orderFields()));
        final byte[] truncated = Arrays.copyOf(gz, gz.length - 5);

        final RingEvent e = f.wire(truncated, true);
        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
        assertTrue(e.compressed);
        assertArrayEquals(truncated, Arrays.copyOf(e.payload, e.payloadLength));

        f.codec.decode(e);
        assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
        assertTrue(e.compressed);
        assertArrayEquals(truncated, Arrays.copyOf(e.payload, e.payloadLength));
    }

    @Test
    void corruptGzipOfEveryKindIsGzipCorrupt() {
        final byte[] json = Frames.order(Frames.orderFields()).getBytes(StandardCharsets.UTF_8);
        final byte[] badCrc = Gzip.jdk(json);
        badCrc[badCrc.length - 6] ^= 1;
        final byte[] badData = Gzip.jdk(json);
        badData[10] = 0x07;

        for (final byte[] frame : new byte[][] {badCrc, badData, json, new byte[0]}) {
            final RingEvent e = f.wire(frame, true);
            assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
            assertTrue(e.compressed);
            f.codec.decode(e);
            assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
        }
    }

    @Test
    void corruptGzipLargerThanTheSlotIsKeptWhole() {
        final CodecFixture small = new CodecFixture(64, 1 << 20);
        final byte[] gz = Gzip.jdk(Frames.order(Frames.orderFields()));
        gz[gz.length - 8] ^= 1;

        final RingEvent e = small.wire(gz, true);
        assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
        assertTrue(e.compressed);
        assertArrayEquals(gz, e.oversizePayload);

        small.codec.decode(e);
        assertEquals(RejectReason.GZIP_CORRUPT, e.reject);
        assertArrayEquals(gz, e.oversizePayload);
    }

    @Test
    void frameLargerThanTheSlotIsKeptInflatedAndRejected() {
        final CodecFixture small = new CodecFixture(128, 1 << 20);
        final String json = Frames.order(Frames.orderFields());
        final ByteBuffer wire = ByteBuffer.wrap(Gzip.jdk(json));

        final RingEvent e = small.wire(wire, true);
        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.FRAME_TOO_LARGE, e.reject);
        assertFalse(e.compressed);
        assertEquals(json, new String(e.oversizePayload, StandardCharsets.UTF_8));
        assertEquals(0, wire.position());

        small.codec.decode(e);
        assertEquals(RejectReason.FRAME_TOO_LARGE, e.reject);

        final RingEvent text = small.wire(json.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(RejectReason.FRAME_TOO_LARGE, text.reject);
        assertEquals(json, new String(text.oversizePayload, StandardCharsets.UTF_8));
    }

    @Test
    void gzipBombBeyondTheLimitKeepsTheCompressedBytesAndIsTooLargeOnReplay() {
        final CodecFixture small = new CodecFixture(16_384, 100_000);
        final byte[] bomb = Gzip.jdk(new byte[10_000_000]);

        final RingEvent e = small.wire(bomb, true);
        assertEquals(RejectReason.FRAME_TOO_LARGE, e.reject);
        assertTrue(e.compressed);
        assertNull(e.oversizePayload);
        assertTrue(Arrays.equals(bomb, Arrays.copyOf(e.payload, e.payloadLength)), "raw bytes kept");

        small.codec.decode(e);
        assertEquals(RejectReason.FRAME_TOO_LARGE, e.reject);
    }

    @Test
    void aSlotThatStillHoldsGzipButInflatesIsDecoded() {
        final byte[] gz = Gzip.jdk(Frames.order(Frames.orderFields()));
        f.event.reset();
        f.event.setPayload(gz, 0, gz.length);
        f.event.compressed = true;

        f.codec.decode(f.event);
        assertEquals(DecodedKind.ORDER_UPDATE, f.event.decoded);
        assertFalse(f.event.compressed);
    }

    @Test
    void everyFieldIdHasAConstantDistinctName() {
        final Set<String> names = new HashSet<>();
        for (int id = 1; id <= BingxField.K_RECKON; id++) {
            final String name = f.codec.fieldName(id);
            assertFalse(name.isEmpty(), "id " + id);
            assertTrue(names.add(name), name);
            assertSame(name, f.codec.fieldName(id));
        }
        assertEquals("", f.codec.fieldName(BingxField.NONE));
        assertEquals("", f.codec.fieldName(BingxField.K_RECKON + 1));
        assertNotNull(f.codec.fieldName(-1));
    }
}
