package io.reckon.adapters.bingx.stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PingFramesTest {
    static byte[] gzip(final String text, final int level) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {Deflater.NO_COMPRESSION, Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION,
        Deflater.BEST_COMPRESSION})
    void recognisesAGzippedPingAtAnyCompressionLevel(final int level) throws IOException {
        assertTrue(PingFrames.isPing(ByteBuffer.wrap(gzip("Ping", level))));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"Pong", "ping", "Pinh", "{}", "Ping ", "PingPing", "",
        "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1}"})
    void rejectsAnyOtherGzippedContent(final String text) throws IOException {
        assertFalse(PingFrames.isPing(ByteBuffer.wrap(gzip(text, Deflater.DEFAULT_COMPRESSION))));
    }

    @Test
    void recognisesAPlainPingInTextOrBinary() {
        assertTrue(PingFrames.isPing("Ping"));
        assertFalse(PingFrames.isPing("Pong"));
        assertTrue(PingFrames.isPing(ByteBuffer.wrap("Ping".getBytes(StandardCharsets.US_ASCII))));
        assertFalse(PingFrames.isPing(ByteBuffer.wrap("Pong".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void readsFromThePositionAndLeavesItWhereItWas() throws IOException {
        final byte[] gz = gzip("Ping", Deflater.DEFAULT_COMPRESSION);
        final ByteBuffer b = ByteBuffer.allocate(gz.length + 7).order(ByteOrder.LITTLE_ENDIAN);
        b.position(3);
        b.put(gz);
        b.flip().position(3);
        assertTrue(PingFrames.isPing(b));
        assertEquals(3, b.position());
        assertEquals(gz.length + 3, b.limit());
    }

    @Test
    void rejectsATruncatedGzipPing() throws IOException {
        final byte[] gz = gzip("Ping", Deflater.DEFAULT_COMPRESSION);
        assertFalse(PingFrames.isPing(ByteBuffer.wrap(gz, 0, gz.length - 1)));
    }
}
