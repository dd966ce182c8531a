package io.reckon.adapters.bingx.stream;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Recognises the BingX heartbeat without inflating it: the text {@code Ping}, sent plain or as a gzip binary
 * frame. A gzip member ends with the CRC-32 and the length of its content; CRC-32 is a bijection on 4-byte
 * inputs, so a member of length 4 whose CRC is that of {@code Ping} holds exactly {@code Ping}. Reads with
 * absolute gets: the buffer's position is untouched for the ingress. Allocates nothing.
 */
final class PingFrames {
    private static final byte[] PING = "Ping".getBytes(StandardCharsets.US_ASCII);
    private static final int PING_CRC = crcOfPing();
    private static final int GZIP_MIN = 10 + 2 + 8;
    /** A deflated 4-byte text is a few bytes; anything much longer is not a Ping. */
    private static final int GZIP_MAX = 64;

    private PingFrames() {
    }

    private static int crcOfPing() {
        final CRC32 crc = new CRC32();
        crc.update(PING);
        return (int) crc.getValue();
    }

    static boolean isPing(final String text) {
        return "Ping".equals(text);
    }

    static boolean isPing(final ByteBuffer frame) {
        final int start = frame.position();
        final int len = frame.remaining();
        if (len == PING.length) {
            for (int i = 0; i < PING.length; i++) {
                if (frame.get(start + i) != PING[i]) {
                    return false;
                }
            }
            return true;
        }
        if (len < GZIP_MIN || len > GZIP_MAX) {
            return false;
        }
        if (frame.get(start) != (byte) 0x1f || frame.get(start + 1) != (byte) 0x8b || frame.get(start + 2) != 8) {
            return false;
        }
        final int end = start + len;
        return littleEndianInt(frame, end - 4) == PING.length && littleEndianInt(frame, end - 8) == PING_CRC;
    }

    private static int littleEndianInt(final ByteBuffer b, final int at) {
        return b.order() == ByteOrder.LITTLE_ENDIAN ? b.getInt(at)
            : (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | (b.get(at + 2) & 0xFF) << 16
                | (b.get(at + 3) & 0xFF) << 24;
    }
}
