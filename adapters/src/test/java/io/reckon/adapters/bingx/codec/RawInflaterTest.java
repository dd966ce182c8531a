package io.reckon.adapters.bingx.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java inflater against zlib: every stream the JDK's deflater makes (every level and strategy, stored, fixed and
 * dynamic blocks, sizes from empty to several blocks, text and noise) inflates to the original bytes, and every
 * truncated or corrupted stream gets the same verdict zlib gives it, without an exception.
 */
class RawInflaterTest {
    private static final java.util.Map<String, byte[]> INPUTS = inputs();

    private final RawInflater inflater = new RawInflater();

    static Stream<Arguments> streams() {
        final List<Arguments> cases = new ArrayList<>();
        final int[][] settings = {{0, Deflater.DEFAULT_STRATEGY}, {1, Deflater.DEFAULT_STRATEGY},
            {6, Deflater.DEFAULT_STRATEGY}, {9, Deflater.DEFAULT_STRATEGY}, {6, Deflater.FILTERED},
            {6, Deflater.HUFFMAN_ONLY}};
        for (final String name : INPUTS.keySet()) {
            for (final int[] s : settings) {
                cases.add(Arguments.of(name, s[0], s[1]));
            }
        }
        return cases.stream();
    }

    private static java.util.Map<String, byte[]> inputs() {
        final java.util.Map<String, byte[]> in = new java.util.LinkedHashMap<>();
        in.put("empty", new byte[0]);
        in.put("one byte", new byte[] {'{'});
        in.put("Ping", "Ping".getBytes(StandardCharsets.US_ASCII));
        for (final String file : Corpus.frames()) {
            in.put(file, Corpus.frame(file));
        }
        final Random random = new Random(11);
        final byte[] noise = new byte[70_000];
        random.nextBytes(noise);
        in.put("70 KB noise", noise);
        final StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":").append(random.nextLong())
                .append(",\"o\":{\"s\":\"BTC-USDT\",\"z\":\"").append(random.nextInt(1000)).append(".5\"}}");
        }
        in.put("200 KB text", text.toString().getBytes(StandardCharsets.US_ASCII));
        final byte[] runs = new byte[100_000];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = (byte) (i / 700 % 3);
        }
        in.put("long runs", runs);
        return in;
    }

    @ParameterizedTest(name = "{0} level {1} strategy {2}")
    @MethodSource("streams")
    void inflatesWhatTheJdkDeflates(final String name, final int level, final int strategy) {
        final byte[] original = INPUTS.get(name);
        final byte[] deflated = deflate(original, level, strategy);
        final byte[] padded = new byte[deflated.length + 13];
        System.arraycopy(deflated, 0, padded, 5, deflated.length);
        final byte[] out = new byte[original.length + 3];

        final int n = inflater.inflate(padded, 5, deflated.length + 8, out, 3, original.length);

        assertEquals(original.length, n);
        assertArrayEquals(original, Arrays.copyOfRange(out, 3, 3 + n));
        assertEquals(deflated.length, inflater.consumed(), "the stream ends where the deflater ended it");
    }

    static Stream<Arguments> everyLevelAndStrategy() {
        final List<Arguments> cases = new ArrayList<>();
        for (int level = 0; level <= 9; level++) {
            for (final int strategy : new int[] {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED,
                Deflater.HUFFMAN_ONLY}) {
                cases.add(Arguments.of(level, strategy));
            }
        }
        return cases.stream();
    }

    /**
     * Tables of every shape: frame-sized and larger inputs whose byte frequencies fall off geometrically at random
     * rates, so the codes run from a few bits to the 15-bit limit (a rate of 1/2 over 100 KB gives 15-bit literal
     * codes, far past the 9-bit root: sub-tables of several sizes), and matches at many distances give long
     * distance codes too.
     */
    @ParameterizedTest(name = "level {0} strategy {1}")
    @MethodSource("everyLevelAndStrategy")
    void inflatesSkewedDataWithShortAndLongCodes(final int level, final int strategy) {
        final Random random = new Random(level * 31L + strategy);
        for (int trial = 0; trial < 40; trial++) {
            final int length = trial == 0 ? 100_000 : 1 + random.nextInt(trial < 30 ? 2_000 : 40_000);
            final double rate = trial == 0 ? 0.5 : 0.3 + 0.65 * random.nextDouble();
            final byte[] original = skewed(random, length, rate, 1 + random.nextInt(256));
            final byte[] deflated = deflate(original, level, strategy);
            final byte[] out = new byte[original.length];

            assertEquals(original.length, inflater.inflate(deflated, 0, deflated.length, out, 0, out.length),
                "trial " + trial);
            assertArrayEquals(original, out, "trial " + trial);
            assertEquals(deflated.length, inflater.consumed());
        }
    }

    /** Bytes from an alphabet of {@code symbols} values, value k drawn with probability proportional to rate^k. */
    private static byte[] skewed(final Random random, final int length, final double rate, final int symbols) {
        final byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            int k = 0;
            while (k < symbols - 1 && random.nextDouble() < rate) {
                k++;
            }
            b[i] = (byte) (k * 37);
        }
        return b;
    }

    @Test
    void everyTruncationIsReportedAsTruncatedWhateverTheBlockType() {
        final byte[] frame = Corpus.frame("frames/bingx_order_trade_update_01.json");
        final byte[] out = new byte[4096];
        for (final int level : new int[] {0, 1, 9}) {
            final byte[] deflated = deflate(frame, level, Deflater.DEFAULT_STRATEGY);
            for (int length = 0; length < deflated.length; length++) {
                assertEquals(GzipInflater.ERR_TRUNCATED, inflater.inflate(deflated, 0, length, out, 0, out.length),
                    "level " + level + " truncated to " + length + " of " + deflated.length);
            }
        }
    }

    @Test
    void tellsOutputThatDoesNotFitFromOutputThatExactlyFits() {
        final byte[] frame = Corpus.frame("frames/bingx_account_update_01.json");
        for (final int level : new int[] {0, 1, 9}) {
            final byte[] deflated = deflate(frame, level, Deflater.DEFAULT_STRATEGY);
            final byte[] out = new byte[frame.length];

            assertEquals(frame.length, inflater.inflate(deflated, 0, deflated.length, out, 0, frame.length));
            assertEquals(GzipInflater.ERR_TOO_LARGE,
                inflater.inflate(deflated, 0, deflated.length, out, 0, frame.length - 1));
        }
    }

    @Test
    void rejectsAReservedBlockTypeAndAStoredLengthThatDisagreesWithItsComplement() {
        final byte[] reserved = {(byte) 0x07, 0, 0};
        final byte[] stored = deflate("abc".getBytes(StandardCharsets.US_ASCII), 0, Deflater.DEFAULT_STRATEGY);
        stored[3] ^= 1;
        final byte[] out = new byte[64];

        assertEquals(GzipInflater.ERR_DATA, inflater.inflate(reserved, 0, reserved.length, out, 0, out.length));
        assertEquals(GzipInflater.ERR_DATA, inflater.inflate(stored, 0, stored.length, out, 0, out.length));
    }

    @Test
    void agreesWithZlibOnEveryCorruptionOfRealFrames() {
        final Random random = new Random(5);
        final byte[] out = new byte[8192];
        final byte[] zlibOut = new byte[8192];
        final Inflater zlib = new Inflater(true);
        int corruptSeen = 0;
        for (final String file : Corpus.frames()) {
            final byte[] deflated = deflate(Corpus.frame(file), 6, Deflater.DEFAULT_STRATEGY);
            for (int trial = 0; trial < 400; trial++) {
                final byte[] bad = deflated.clone();
                final int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                }
                final int ours = inflater.inflate(bad, 0, bad.length, out, 0, out.length);
                final int theirs = zlibVerdict(zlib, bad, zlibOut);
                if (theirs >= 0) {
                    assertEquals(theirs, ours, file + " trial " + trial);
                    assertArrayEquals(Arrays.copyOf(zlibOut, theirs), Arrays.copyOf(out, ours));
                } else {
                    corruptSeen++;
                    assertEquals(theirs, ours, file + " trial " + trial + " zlib says " + theirs);
                }
            }
        }
        assertTrue(corruptSeen > 100, "the trials exercised corrupt streams: " + corruptSeen);
    }

    /** zlib's verdict in this class's terms: the length, or ERR_DATA / ERR_TRUNCATED / ERR_TOO_LARGE. */
    private static int zlibVerdict(final Inflater zlib, final byte[] in, final byte[] out) {
        zlib.reset();
        zlib.setInput(in);
        int n = 0;
        try {
            while (!zlib.finished()) {
                if (n == out.length) {
                    return GzipInflater.ERR_TOO_LARGE;
                }
                final int r = zlib.inflate(out, n, out.length - n);
                n += r;
                if (r == 0 && !zlib.finished()) {
                    return zlib.needsInput() ? GzipInflater.ERR_TRUNCATED : GzipInflater.ERR_DATA;
                }
            }
            return n;
        } catch (final DataFormatException e) {
            return GzipInflater.ERR_DATA;
        }
    }

    private static byte[] deflate(final byte[] data, final int level, final int strategy) {
        final Deflater deflater = new Deflater(level, true);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length + 1024];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        deflater.end();
        return Arrays.copyOf(out, n);
    }
}
