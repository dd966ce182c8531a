package io.reckon.adapters.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Gzip framing of every server frame, as BingX sends them ("All messages are GZIP compressed"). Allocates. */
final class Gzip {
    private Gzip() {
    }

    static byte[] compress(final String text) {
        return compress(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] compress(final byte[] raw) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (final IOException e) {
            throw new UncheckedIOException("in-memory gzip failed", e);
        }
        return out.toByteArray();
    }
}
