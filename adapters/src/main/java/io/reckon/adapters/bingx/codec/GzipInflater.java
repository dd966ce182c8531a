package io.reckon.adapters.bingx.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Inflates one gzip member (RFC 1952) into a caller's array with a reused {@link RawInflater} and {@link CRC32}.
 *
 * <p>The header is parsed by hand (magic, CM = 8, FEXTRA / FNAME / FCOMMENT / FHCRC, reserved bits zero), the raw
 * deflate data are inflated in Java (see {@link RawInflater} for why not {@link java.util.zip.Inflater}), and the
 * trailer's CRC32 and ISIZE are checked; bytes after the trailer are refused. Every outcome is a return value: the
 * length, or one of the negative {@code ERR_*} codes. Nothing allocates, except in {@link #inflateToNewArray} (the
 * cold path for frames larger than the caller's array) and when a buffer without an accessible array (direct or
 * read-only) is larger than any seen before: such a buffer is copied into a scratch array that grows to fit it.
 *
 * <p>The source buffer's position and limit are left as they were. Not thread-safe: one instance per thread.
 */
public final class GzipInflater {
    public static final int ERR_HEADER = -1;
    public static final int ERR_DATA = -2;
    public static final int ERR_CRC = -3;
    public static final int ERR_SIZE = -4;
    public static final int ERR_TRUNCATED = -5;
    public static final int ERR_TOO_LARGE = -6;
    public static final int ERR_TRAILING_BYTES = -7;

    private static final int HEADER_LENGTH = 10;
    private static final int TRAILER_LENGTH = 8;
    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;
    private static final int RESERVED = 0xE0;
    private static final int INITIAL_SCRATCH_BYTES = 4096;

    private final RawInflater inflater = new RawInflater();
    private final CRC32 crc = new CRC32();
    private int lastError;

    /** Where a buffer without an accessible array is copied to be inflated; grown on demand. */
    private byte[] scratch = new byte[INITIAL_SCRATCH_BYTES];

    /** The source of the call in progress: an array range. */
    private byte[] srcArray;
    private int srcBase;
    private int srcLength;

    /**
     * Inflates the gzip member in {@code src[position, limit)} (heap, read-only or direct) into
     * {@code dst[dstOffset, dstOffset + dstCapacity)}; bytes of that range past the inflated length may be
     * overwritten. Allocates only to grow the scratch array for a buffer with no accessible array that is larger
     * than any before.
     *
     * @return the inflated length, or an {@code ERR_*} code
     */
    public int inflate(final ByteBuffer src, final byte[] dst, final int dstOffset, final int dstCapacity) {
        if (src.hasArray()) {
            return inflate(src.array(), src.arrayOffset() + src.position(), src.remaining(), dst, dstOffset,
                dstCapacity);
        }
        final int length = src.remaining();
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        src.get(src.position(), scratch, 0, length);
        return inflate(scratch, 0, length, dst, dstOffset, dstCapacity);
    }

    /**
     * Inflates the gzip member in {@code src[offset, offset + length)} into
     * {@code dst[dstOffset, dstOffset + dstCapacity)}; bytes of that range past the inflated length may be
     * overwritten. Does not allocate.
     *
     * @return the inflated length, or an {@code ERR_*} code
     */
    public int inflate(final byte[] src, final int offset, final int length, final byte[] dst, final int dstOffset,
                       final int dstCapacity) {
        srcArray = src;
        srcBase = offset;
        srcLength = length;
        try {
            return run(dst, dstOffset, dstCapacity);
        } finally {
            srcArray = null;
        }
    }

    /**
     * Cold path, allocates: inflates a member whose output did not fit the caller's array into a new array of
     * exactly the inflated length, refusing anything larger than {@code maxLength} (a gzip bomb).
     *
     * @return the inflated bytes, or null when the member is corrupt or inflates to more than {@code maxLength};
     *     {@link #lastError()} then says which
     */
    public byte[] inflateToNewArray(final ByteBuffer src, final int maxLength) {
        final int length = src.remaining();
        final int last = src.limit() - 1;
        // ISIZE, the trailer's claim of the inflated length: a good first guess, never trusted
        int capacity = length >= TRAILER_LENGTH
            ? (src.get(last - 3) & 0xFF) | (src.get(last - 2) & 0xFF) << 8 | (src.get(last - 1) & 0xFF) << 16
                | (src.get(last) & 0xFF) << 24
            : 0;
        if (capacity <= 0 || capacity > maxLength) {
            capacity = Math.min(maxLength, Math.max(1024, length * 4));
        }
        while (true) {
            final byte[] out = new byte[capacity];
            final int n = inflate(src, out, 0, capacity);
            if (n >= 0) {
                return n == capacity ? out : Arrays.copyOf(out, n);
            }
            if (n != ERR_TOO_LARGE || capacity == maxLength) {
                lastError = n;
                return null;
            }
            capacity = (int) Math.min(maxLength, capacity * 2L);
        }
    }

    /** The error code behind the last null returned by {@link #inflateToNewArray}. */
    public int lastError() {
        return lastError;
    }

    private int run(final byte[] dst, final int dstOffset, final int dstCapacity) {
        final int dataStart = parseHeader();
        if (dataStart < 0) {
            return dataStart;
        }
        final int n = inflater.inflate(srcArray, srcBase + dataStart, srcLength - dataStart, dst, dstOffset,
            dstCapacity);
        if (n < 0) {
            return n;
        }
        final int trailer = dataStart + inflater.consumed();
        if (srcLength - trailer < TRAILER_LENGTH) {
            return ERR_TRUNCATED;
        }
        crc.reset();
        crc.update(dst, dstOffset, n);
        if ((int) crc.getValue() != leInt(trailer)) {
            return ERR_CRC;
        }
        if (n != leInt(trailer + 4)) {
            return ERR_SIZE;
        }
        return trailer + TRAILER_LENGTH == srcLength ? n : ERR_TRAILING_BYTES;
    }

    /** Returns the offset of the deflate data, or an error code. */
    private int parseHeader() {
        if (srcLength < 2) {
            return srcLength == 0 || at(0) == 0x1F ? ERR_TRUNCATED : ERR_HEADER;
        }
        if (at(0) != 0x1F || at(1) != 0x8B) {
            return ERR_HEADER;
        }
        if (srcLength < 3) {
            return ERR_TRUNCATED;
        }
        if (at(2) != 8) {
            return ERR_HEADER;
        }
        if (srcLength < HEADER_LENGTH) {
            return ERR_TRUNCATED;
        }
        final int flags = at(3);
        if ((flags & RESERVED) != 0) {
            return ERR_HEADER;
        }
        int p = HEADER_LENGTH;
        if ((flags & FEXTRA) != 0) {
            if (srcLength - p < 2) {
                return ERR_TRUNCATED;
            }
            final int extra = at(p) | at(p + 1) << 8;
            p += 2 + extra;
            if (p > srcLength) {
                return ERR_TRUNCATED;
            }
        }
        if ((flags & FNAME) != 0) {
            p = skipZeroTerminated(p);
            if (p < 0) {
                return ERR_TRUNCATED;
            }
        }
        if ((flags & FCOMMENT) != 0) {
            p = skipZeroTerminated(p);
            if (p < 0) {
                return ERR_TRUNCATED;
            }
        }
        if ((flags & FHCRC) != 0) {
            if (srcLength - p < 2) {
                return ERR_TRUNCATED;
            }
            crc.reset();
            for (int i = 0; i < p; i++) {
                crc.update(at(i));
            }
            if (((int) crc.getValue() & 0xFFFF) != (at(p) | at(p + 1) << 8)) {
                return ERR_HEADER;
            }
            p += 2;
        }
        return p;
    }

    private int skipZeroTerminated(final int from) {
        for (int p = from; p < srcLength; p++) {
            if (at(p) == 0) {
                return p + 1;
            }
        }
        return -1;
    }

    private int leInt(final int p) {
        return at(p) | at(p + 1) << 8 | at(p + 2) << 16 | at(p + 3) << 24;
    }

    private int at(final int p) {
        return srcArray[srcBase + p] & 0xFF;
    }
}
