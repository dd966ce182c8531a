package io.reckon.adapters.bingx.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GzipInflaterTest {
    private static final byte[] JSON = Corpus.frame("frames/bingx_order_trade_update_01.json");

    private final GzipInflater inflater = new GzipInflater();
    private final byte[] out = new byte[4096];

    @Test
    void inflatesAJdkMemberFromAnArrayRange() {
        final byte[] gz = Gzip.jdk(JSON);
        final byte[] padded = new byte[gz.length + 20];
        System.arraycopy(gz, 0, padded, 7, gz.length);

        final int n = inflater.inflate(padded, 7, gz.length, out, 3, out.length - 3);

        assertEquals(JSON.length, n);
        assertArrayEquals(JSON, Arrays.copyOfRange(out, 3, 3 + n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"heap", "heap-slice", "direct", "read-only"})
    void inflatesEveryKindOfBufferAndLeavesItsPositionAlone(final String kind) {
        final byte[] gz = Gzip.jdk(JSON);
        final ByteBuffer buffer = buffer(kind, gz);
        final int position = buffer.position();
        final int limit = buffer.limit();

        final int n = inflater.inflate(buffer, out, 0, out.length);

        assertEquals(JSON.length, n);
        assertArrayEquals(JSON, Arrays.copyOf(out, n));
        assertEquals(position, buffer.position());
        assertEquals(limit, buffer.limit());
    }

    private static ByteBuffer buffer(final String kind, final byte[] gz) {
        switch (kind) {
            case "heap":
                return ByteBuffer.wrap(gz);
            case "heap-slice": {
                final byte[] padded = new byte[gz.length + 10];
                System.arraycopy(gz, 0, padded, 5, gz.length);
                return ByteBuffer.wrap(padded, 5, gz.length).slice();
            }
            case "direct": {
                final ByteBuffer direct = ByteBuffer.allocateDirect(gz.length + 9).order(ByteOrder.LITTLE_ENDIAN);
                direct.position(9);
                direct.put(gz);
                direct.position(9);
                return direct;
            }
            default:
                return ByteBuffer.wrap(gz).asReadOnlyBuffer();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Gzip.FEXTRA, Gzip.FNAME, Gzip.FCOMMENT, Gzip.FHCRC,
        Gzip.FEXTRA | Gzip.FNAME | Gzip.FCOMMENT | Gzip.FHCRC})
    void skipsOptionalHeaderFields(final int flags) {
        final byte[] gz = Gzip.withFlags(JSON, flags, "xx\u0000yy".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(JSON.length, inflater.inflate(gz, 0, gz.length, out, 0, out.length));
        assertEquals(JSON.length, inflater.inflate(ByteBuffer.allocateDirect(gz.length).put(gz).flip(), out, 0,
            out.length));
        assertArrayEquals(JSON, Arrays.copyOf(out, JSON.length));
    }

    @Test
    void rejectsAHeaderCrcThatDoesNotMatch() {
        final byte[] gz = Gzip.withFlags(JSON, Gzip.FNAME | Gzip.FHCRC, new byte[0]);
        final int hcrc = 10 + "frame.json".length() + 1;
        gz[hcrc] ^= 1;

        assertEquals(GzipInflater.ERR_HEADER, inflate(gz));
    }

    @Test
    void rejectsWrongMagicMethodOrReservedFlags() {
        final byte[] magic = Gzip.jdk(JSON);
        magic[1] = (byte) 0x8C;
        final byte[] method = Gzip.jdk(JSON);
        method[2] = 7;
        final byte[] reserved = Gzip.jdk(JSON);
        reserved[3] = (byte) 0x20;

        assertEquals(GzipInflater.ERR_HEADER, inflate(magic));
        assertEquals(GzipInflater.ERR_HEADER, inflate(method));
        assertEquals(GzipInflater.ERR_HEADER, inflate(reserved));
        assertEquals(GzipInflater.ERR_HEADER, inflate(JSON));
    }

    @Test
    void everyTruncationOfAMemberIsReportedAsTruncated() {
        final byte[] gz = Gzip.withFlags(JSON, Gzip.FEXTRA | Gzip.FNAME | Gzip.FCOMMENT | Gzip.FHCRC, new byte[3]);
        for (int length = 0; length < gz.length; length++) {
            assertEquals(GzipInflater.ERR_TRUNCATED, inflater.inflate(gz, 0, length, out, 0, out.length),
                "truncated to " + length + " of " + gz.length);
        }
        assertEquals(JSON.length, inflate(gz));
    }

    @Test
    void rejectsCorruptDeflateData() {
        final byte[] gz = Gzip.jdk(JSON);
        gz[10] = (byte) 0x07;

        assertEquals(GzipInflater.ERR_DATA, inflate(gz));
    }

    @Test
    void checksTheTrailer() {
        final byte[] crc = Gzip.jdk(JSON);
        crc[crc.length - 8] ^= 0x40;
        final byte[] size = Gzip.jdk(JSON);
        size[size.length - 4] ^= 0x01;

        assertEquals(GzipInflater.ERR_CRC, inflate(crc));
        assertEquals(GzipInflater.ERR_SIZE, inflate(size));
    }

    @Test
    void refusesBytesAfterTheMember() {
        final byte[] gz = Gzip.jdk(JSON);
        final byte[] twoMembers = new byte[gz.length * 2];
        System.arraycopy(gz, 0, twoMembers, 0, gz.length);
        System.arraycopy(gz, 0, twoMembers, gz.length, gz.length);

        assertEquals(GzipInflater.ERR_TRAILING_BYTES, inflate(twoMembers));
        assertEquals(GzipInflater.ERR_TRAILING_BYTES, inflater.inflate(Arrays.copyOf(gz, gz.length + 1), 0,
            gz.length + 1, out, 0, out.length));
    }

    @Test
    void tellsAnOutputThatExactlyFitsFromOneThatDoesNot() {
        final byte[] gz = Gzip.jdk(JSON);
        final byte[] exact = new byte[JSON.length];

        assertEquals(JSON.length, inflater.inflate(gz, 0, gz.length, exact, 0, exact.length));
        assertArrayEquals(JSON, exact);
        assertEquals(GzipInflater.ERR_TOO_LARGE, inflater.inflate(gz, 0, gz.length, exact, 0, exact.length - 1));
        assertEquals(GzipInflater.ERR_TOO_LARGE, inflater.inflate(gz, 0, gz.length, exact, 0, 0));
    }

    @Test
    void inflatesAnEmptyMember() {
        final byte[] gz = Gzip.jdk(new byte[0]);

        assertEquals(0, inflate(gz));
        assertEquals(0, inflater.inflate(gz, 0, gz.length, out, 0, 0));
    }

    @Test
    void inflatesALargeMemberIntoANewArrayEvenWhenItsSizeFieldLies() {
        final byte[] big = new byte[300_000];
        new Random(7).nextBytes(big);
        final byte[] gz = Gzip.jdk(big);
        final byte[] lying = gz.clone();
        lying[lying.length - 1] = 0x7F;

        assertArrayEquals(big, inflater.inflateToNewArray(ByteBuffer.wrap(gz), 1 << 20));
        assertEquals(GzipInflater.ERR_SIZE, inflater.inflate(lying, 0, lying.length, new byte[400_000], 0, 400_000));
        assertNull(inflater.inflateToNewArray(ByteBuffer.wrap(lying), 1 << 20));
        assertEquals(GzipInflater.ERR_SIZE, inflater.lastError());
    }

    @Test
    void refusesToInflateBeyondTheLimit() {
        final byte[] zeros = new byte[5_000_000];
        final byte[] gz = Gzip.jdk(zeros);

        assertNull(inflater.inflateToNewArray(ByteBuffer.wrap(gz), 1_000_000));
        assertEquals(GzipInflater.ERR_TOO_LARGE, inflater.lastError());
    }

    @Test
    void staysUsableAfterEveryKindOfFailure() {
        final byte[] corrupt = Gzip.jdk(JSON);
        corrupt[10] = (byte) 0x07;
        final byte[] good = Gzip.jdk("Ping");

        assertEquals(GzipInflater.ERR_DATA, inflate(corrupt));
        assertEquals(4, inflate(good));
        assertEquals(GzipInflater.ERR_TRUNCATED, inflater.inflate(good, 0, good.length - 3, out, 0, out.length));
        assertEquals(4, inflate(good));
        assertEquals("Ping", new String(out, 0, 4, StandardCharsets.US_ASCII));
    }

    private int inflate(final byte[] gz) {
        return inflater.inflate(gz, 0, gz.length, out, 0, out.length);
    }
}
