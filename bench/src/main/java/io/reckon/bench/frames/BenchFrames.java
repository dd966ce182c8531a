package io.reckon.bench.frames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Loading, compacting and compressing benchmark frames: set-up work, never measured; everything allocates. */
public final class BenchFrames {
    private static final String ROOT = "/io/reckon/bench/frames/";

    private BenchFrames() {
    }

    /** A file under the bench frames resource folder, whole. */
    static byte[] resource(final String name) {
        try (InputStream in = BenchFrames.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bench resource " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON with every whitespace byte outside string literals removed (a frame as the venue sends it). */
    public static byte[] minify(final byte[] json) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        boolean inString = false;
        boolean escaped = false;
        for (final byte b : json) {
            if (inString) {
                out.write(b);
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                out.write(b);
            } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** One gzip member made by the JDK's default deflater, as a venue's server would send it. */
    public static byte[] gzip(final byte[] data) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (final IOException e) {
            throw new UncheckedIOException("in-memory gzip failed", e);
        }
        return out.toByteArray();
    }
}
