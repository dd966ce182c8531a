package io.reckon.bench.jmh;

import io.reckon.adapters.bingx.codec.GzipInflater;
import io.reckon.bench.frames.BenchFrame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Gzip inflate of real BingX frames into a reused array: reckon's {@link GzipInflater} (header by hand, DEFLATE in
 * Java, CRC and size checked) against what a user writes, a {@code new GZIPInputStream} per frame, and against the
 * JDK's zlib {@link Inflater} reused with the header parsed by hand (reckon's previous implementation, kept as a
 * reference for how much the Java decoder gains).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InflateBench {
    private static final int GZIP_HEADER = 10;
    private static final int GZIP_TRAILER = 8;

    @Param({"ORDER_TRADE_UPDATE", "ACCOUNT_UPDATE_POSITIONS"})
    public BenchFrame frame;

    private byte[] gzip;
    private final byte[] out = new byte[64 * 1024];
    private final GzipInflater reckon = new GzipInflater();
    private final Inflater zlib = new Inflater(true);
    private final CRC32 crc = new CRC32();

    @Setup
    public void setUp() {
        gzip = frame.gzip();
    }

    @Benchmark
    public int reckon() {
        return reckon.inflate(gzip, 0, gzip.length, out, 0, out.length);
    }

    /** A user's code: one stream per frame, read into a reused array (kinder to it than {@code readAllBytes}). */
    @Benchmark
    public int gzipInputStream() throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            int n = 0;
            int r;
            while ((r = in.read(out, n, out.length - n)) > 0) {
                n += r;
            }
            return n;
        }
    }

    /** zlib reused: the JDK's members have a bare 10-byte header, so it is skipped rather than parsed. */
    @Benchmark
    public int zlibInflaterReused() throws DataFormatException {
        zlib.reset();
        zlib.setInput(gzip, GZIP_HEADER, gzip.length - GZIP_HEADER - GZIP_TRAILER);
        final int n = zlib.inflate(out, 0, out.length);
        crc.reset();
        crc.update(out, 0, n);
        return (int) crc.getValue() == trailerCrc() ? n : -1;
    }

    private int trailerCrc() {
        final int t = gzip.length - GZIP_TRAILER;
        return (gzip[t] & 0xFF) | (gzip[t + 1] & 0xFF) << 8 | (gzip[t + 2] & 0xFF) << 16 | (gzip[t + 3] & 0xFF) << 24;
    }
}
