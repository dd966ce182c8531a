package io.reckon.adapters.bingx.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Test helper: gzip members made by the JDK, or by hand with any header flags. */
final class Gzip {
    static final int FHCRC = 0x02;
    static final int FEXTRA = 0x04;
    static final int FNAME = 0x08;
    static final int FCOMMENT = 0x10;

    private Gzip() {
    }

    static byte[] jdk(final byte[] data) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jdk(final String text) {
        return jdk(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A member with the given FLG bits: FEXTRA gets {@code extra}, FNAME and FCOMMENT fixed strings. */
    static byte[] withFlags(final byte[] data, final int flags, final byte[] extra) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x1F);
        out.write(0x8B);
        out.write(8);
        out.write(flags);
        out.writeBytes(new byte[] {0x10, 0x20, 0x30, 0x40, 0, (byte) 255});
        if ((flags & FEXTRA) != 0) {
            out.write(extra.length & 0xFF);
            out.write(extra.length >>> 8);
            out.writeBytes(extra);
        }
        if ((flags & FNAME) != 0) {
            out.writeBytes("frame.json".getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        if ((flags & FCOMMENT) != 0) {
            out.writeBytes("captured on VST".getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        if ((flags & FHCRC) != 0) {
            final CRC32 crc = new CRC32();
            crc.update(out.toByteArray());
            final int v = (int) crc.getValue();
            out.write(v & 0xFF);
            out.write((v >>> 8) & 0xFF);
        }
        out.writeBytes(rawDeflate(data));
        final CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLe(out, (int) crc.getValue());
        writeIntLe(out, data.length);
        return out.toByteArray();
    }

    static byte[] rawDeflate(final byte[] data) {
        final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] chunk = new byte[4096];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void writeIntLe(final ByteArrayOutputStream out, final int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
        out.write((v >>> 16) & 0xFF);
        out.write((v >>> 24) & 0xFF);
    }
}
