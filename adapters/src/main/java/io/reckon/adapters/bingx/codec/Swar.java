package io.reckon.adapters.bingx.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time in a {@code long} (SIMD within a register): digit runs are checked and converted, and a
 * string's end is found, with a few word operations instead of eight byte loops. Little-endian, so the first
 * byte is the low one and the lowest flagged byte is the first match.
 */
final class Swar {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long ZEROS = 0x3030303030303030L;

    private Swar() {
    }

    /** The eight bytes at {@code index} (the caller guarantees {@code index + 8 <= b.length}). */
    static long load(final byte[] b, final int index) {
        return (long) LONGS.get(b, index);
    }

    /** True when all eight bytes are '0'..'9': below '0' borrows, above '9' carries into a high bit. */
    static boolean isEightDigits(final long w) {
        return nonDigits(w) == 0;
    }

    /**
     * A high bit on each byte that is not '0'..'9'; as with {@link #stringStops} only the lowest flag is exact, so
     * {@code numberOfTrailingZeros >>> 3} is the length of the leading digit run.
     */
    static long nonDigits(final long w) {
        return ((w + 0x4646464646464646L) | (w - ZEROS)) & HIGHS;
    }

    /** The first {@code k} (1 to 8) bytes of {@code w}, all digits, as a number: zeros shifted in ahead of them. */
    static int leadingDigits(final long w, final int k) {
        final int drop = (8 - k) << 3;
        return eightDigits(w << drop | ZEROS & (1L << drop) - 1);
    }

    /** The eight digits as a number, first byte most significant: pairs, then quads, then the whole (3 products). */
    static int eightDigits(final long w) {
        long v = w - ZEROS;
        v = v * 10 + (v >>> 8);
        v = ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
            + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
        return (int) v;
    }

    /**
     * A high bit on each byte that ends a plain run of string content ('"', '\\' or a control byte); only the
     * lowest flag is exact (a borrow can flag a byte above a true match), which is the one used.
     */
    static long stringStops(final long w) {
        final long quote = w ^ 0x2222222222222222L;
        final long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (w - 0x2020202020202020L) & ~w) & HIGHS;
    }
}
