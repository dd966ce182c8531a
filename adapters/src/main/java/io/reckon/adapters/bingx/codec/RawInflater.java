package io.reckon.adapters.bingx.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A raw DEFLATE (RFC 1951) decoder in plain Java that inflates one whole stream from an array into an array.
 *
 * <p>Why not {@link java.util.zip.Inflater}: a BingX frame is a few hundred bytes in one dynamic-Huffman block, and
 * zlib spends most of its time on such a block building its decoding tables (measured on JDK 17 + zlib 1.2.13: ~175
 * ns to inflate a stored 322-byte frame, ~2.5 µs for the same frame compressed). This decoder builds smaller tables
 * (the root table shrinks to the longest code when that is under 9 bits), reads the input eight bytes at a time into
 * a 64-bit bit buffer, and never leaves Java. It checks the stream as strictly as zlib does: over-subscribed or
 * incomplete codes, a missing end-of-block code, bad repeats, distances reaching before the output, reserved block
 * types and symbols.
 *
 * <p>Results: the inflated length, or {@link GzipInflater#ERR_DATA} (corrupt), {@link GzipInflater#ERR_TRUNCATED}
 * (the input ends inside the stream) or {@link GzipInflater#ERR_TOO_LARGE} (the output does not fit). After a
 * success, {@link #consumed()} is the number of input bytes the stream took (it ends at a byte boundary).
 *
 * <p>Allocates nothing after construction. Not thread-safe: one instance per thread.
 */
final class RawInflater {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
        ByteOrder.LITTLE_ENDIAN);

    // A table entry: bits 0-4 the bits to consume (a length's or distance's code and its extra bits together), 6-8
    // the kind, 9-12 the code's length (for SUB: the sub-table's index bits), 16-31 the value (literal byte, length
    // or distance base, sub-table offset). Bit 5 is zero so that the entry itself is the shift that consumes its
    // code (a long shift takes its count's low six bits): one operation less between a table load and the next, and
    // extra bits are read from the bits as they were before it rather than after a second shift.
    private static final int KIND_SHIFT = 6;
    private static final int CODE_SHIFT = 9;
    private static final int KIND_MASK = 7 << KIND_SHIFT;
    private static final int LITERAL = 0;
    private static final int LENGTH = 1 << KIND_SHIFT;
    private static final int END = 2 << KIND_SHIFT;
    private static final int SUB = 3 << KIND_SHIFT;
    private static final int BAD = 4 << KIND_SHIFT;
    private static final int DISTANCE = 5 << KIND_SHIFT;

    private static final int MAX_BITS = 15;
    /** log2 of a code-length group's capacity: 286 + 30 symbols at most. */
    private static final int GROUP_SHIFT = 9;
    private static final int LITLEN_ROOT = 9;
    private static final int DIST_ROOT = 6;
    private static final int CODELEN_ROOT = 7;
    /** zlib's ENOUGH_LENS (852) and ENOUGH_DISTS (592) bound complete codes at these roots; a margin on top. */
    private static final int LITLEN_TABLE_SIZE = 1024;
    private static final int DIST_TABLE_SIZE = 768;

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
        10, 11, 11, 12, 12, 13, 13};
    private static final int[] CODELEN_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** Each {@link #REVERSED_BITS}-bit value with its bits in reverse order; no root table is wider. */
    private static final int REVERSED_BITS = LITLEN_ROOT;
    private static final int[] REVERSED = reversed();

    /** Each symbol's entry before its code is known (a length's or distance's extra bits already in), per alphabet. */
    private static final int[] LITLEN_SYMBOLS = litlenSymbols();
    private static final int[] DIST_SYMBOLS = distSymbols();
    private static final int[] CODELEN_SYMBOLS = codelenSymbols();

    private final int[] fixedLitlen = new int[1 << LITLEN_ROOT];
    private final int[] fixedDist = new int[1 << 5];
    private final int fixedLitlenRoot;
    private final int fixedDistRoot;
    private final int[] litlen = new int[LITLEN_TABLE_SIZE];
    private final int[] dist = new int[DIST_TABLE_SIZE];
    private final int[] codelen = new int[1 << CODELEN_ROOT];
    // The used symbols grouped by code length, each group in ascending order: group len holds its symbols at
    // byLength[len << GROUP_SHIFT, ...). A dynamic block's code lengths arrive in symbol order, so appending each
    // symbol to its length's group sorts them as canonical codes are assigned (by length, then symbol) without a
    // separate sort, and zero-length symbols, most of a small frame's alphabet, are never visited. Literal/length
    // and distance symbols share one index space (a repeat may cross from one alphabet to the other): a group's
    // distance symbols are its tail.
    private final int[] byLength = new int[(MAX_BITS + 1) << GROUP_SHIFT];
    private final int[] count = new int[MAX_BITS + 1];
    private final int[] litCount = new int[MAX_BITS + 1];
    private final int[] distCount = new int[MAX_BITS + 1];
    private final int[] litStart = new int[MAX_BITS + 1];
    private final int[] distStart = new int[MAX_BITS + 1];
    private final int[] codelenLengths = new int[19];

    private byte[] src;
    private int inPos;
    private int inEnd;
    private int inStart;
    private long bitBuf;
    private int bitCount;
    /** Zero bits appended after the input ran out; consuming any of them means the stream was truncated. */
    private int padBits;
    private int consumed;

    RawInflater() {
        final int[] fixed = new int[288];
        Arrays.fill(fixed, 0, 144, 8);
        Arrays.fill(fixed, 144, 256, 9);
        Arrays.fill(fixed, 256, 280, 7);
        Arrays.fill(fixed, 280, 288, 8);
        fixedLitlenRoot = build(fixedLitlen, fixed, 288, LITLEN_ROOT, LITLEN_SYMBOLS, false);
        Arrays.fill(fixed, 0, 32, 5);
        fixedDistRoot = build(fixedDist, fixed, 32, 5, DIST_SYMBOLS, false);
    }

    /** Input bytes taken by the last successful {@link #inflate}. */
    int consumed() {
        return consumed;
    }

    /**
     * Inflates the raw DEFLATE stream starting at {@code src[offset]} (it may be followed by other bytes, up to
     * {@code offset + length}) into {@code dst[dstOffset, dstOffset + dstCapacity)}. Bytes of that range past the
     * inflated length may be overwritten (a match is copied eight bytes at a time).
     *
     * @return the inflated length, or {@link GzipInflater#ERR_DATA}, {@link GzipInflater#ERR_TRUNCATED},
     *     {@link GzipInflater#ERR_TOO_LARGE}
     */
    int inflate(final byte[] in, final int offset, final int length, final byte[] dst, final int dstOffset,
                final int dstCapacity) {
        src = in;
        inStart = offset;
        inPos = offset;
        inEnd = offset + length;
        bitBuf = 0;
        bitCount = 0;
        padBits = 0;
        try {
            int out = dstOffset;
            final int outEnd = dstOffset + dstCapacity;
            boolean last;
            do {
                refill();
                last = (bitBuf & 1) != 0;
                final int type = (int) (bitBuf >>> 1) & 3;
                drop(3);
                if (truncated()) {
                    return GzipInflater.ERR_TRUNCATED;
                }
                final int r;
                switch (type) {
                    case 0 -> r = stored(dst, out, outEnd);
                    case 1 -> r = codes(fixedLitlen, fixedLitlenRoot, fixedDist, fixedDistRoot, dst, dstOffset, out,
                        outEnd);
                    case 2 -> {
                        final int header = dynamicHeader();
                        r = header < 0 ? header
                            : codes(litlen, header & 0xFF, dist, header >>> 8, dst, dstOffset, out, outEnd);
                    }
                    default -> r = GzipInflater.ERR_DATA;
                }
                if (r < 0) {
                    return r;
                }
                out = r;
            } while (!last);
            consumed = inPos - ((bitCount - padBits) >>> 3) - inStart;
            return out - dstOffset;
        } finally {
            src = null;
        }
    }

    /** A stored block: aligns to a byte, reads LEN and NLEN, copies LEN bytes. Returns the new output position. */
    private int stored(final byte[] dst, final int out, final int outEnd) {
        drop(bitCount & 7);
        refill();
        final int len = (int) bitBuf & 0xFFFF;
        final int nlen = (int) (bitBuf >>> 16) & 0xFFFF;
        drop(32);
        if (truncated()) {
            return GzipInflater.ERR_TRUNCATED;
        }
        if (len != (~nlen & 0xFFFF)) {
            return GzipInflater.ERR_DATA;
        }
        // Give the whole bytes still in the bit buffer back to the input and copy straight from it.
        inPos -= (bitCount - padBits) >>> 3;
        bitBuf = 0;
        bitCount = 0;
        padBits = 0;
        if (inEnd - inPos < len) {
            return GzipInflater.ERR_TRUNCATED;
        }
        if (outEnd - out < len) {
            return GzipInflater.ERR_TOO_LARGE;
        }
        System.arraycopy(src, inPos, dst, out, len);
        inPos += len;
        return out + len;
    }

    /**
     * Reads a dynamic block's code lengths and builds its tables.
     *
     * @return {@code litlenRoot | distRoot << 8}, or an error code
     */
    private int dynamicHeader() {
        refill();
        final int nlen = ((int) bitBuf & 0x1F) + 257;
        final int ndist = ((int) (bitBuf >>> 5) & 0x1F) + 1;
        final int ncode = ((int) (bitBuf >>> 10) & 0xF) + 4;
        drop(14);
        if (nlen > 286 || ndist > 30) {
            return dataError();
        }
        final int[] cl = codelenLengths;
        // in locals between refills: through the fields, each length would wait for the previous one's store
        long bb = bitBuf;
        int bc = bitCount;
        for (int i = 0; i < ncode; i++) {
            if (bc < 3) {
                bitBuf = bb;
                bitCount = bc;
                refill();
                bb = bitBuf;
                bc = bitCount;
            }
            cl[CODELEN_ORDER[i]] = (int) bb & 7;
            bb >>>= 3;
            bc -= 3;
        }
        bitBuf = bb;
        bitCount = bc;
        for (int i = ncode; i < CODELEN_ORDER.length; i++) {
            cl[CODELEN_ORDER[i]] = 0;
        }
        if (truncated()) {
            return GzipInflater.ERR_TRUNCATED;
        }
        final int clRoot = build(codelen, cl, 19, CODELEN_ROOT, CODELEN_SYMBOLS, true);
        if (clRoot < 0) {
            return GzipInflater.ERR_DATA;
        }
        final int clMask = (1 << clRoot) - 1;
        final int total = nlen + ndist;
        final int[] groups = byLength;
        final int[] cnt = count;
        Arrays.fill(cnt, 0);
        int previous = 0;
        int n = 0;
        boolean endOfBlock = false;
        // the bit buffer in locals, as in codes(): fields would be stored and reloaded on every symbol
        final byte[] in = src;
        final int end = inEnd;
        bb = bitBuf;
        bc = bitCount;
        int pos = inPos;
        int pad = padBits;
        try {
            // Three stretches, so that what is known at their ends needs no search: the end-of-block code's
            // length is the one that reached symbol 256, and the literal/length counts are the counts when the
            // symbols reach the distance alphabet, less the part of a repeat that ran past it.
            for (int stretch = 0; stretch < 3; stretch++) {
                final int limit = stretch == 0 ? 257 : stretch == 1 ? nlen : total;
                while (n < limit) {
                    if (bc < 16) {
                        // a length code and its extra bits take at most 7 + 7
                        if (end - pos >= 8) {
                            bb |= (long) LONG_LE.get(in, pos) << bc;
                            pos += (63 - bc) >>> 3;
                            bc |= 56;
                        } else {
                            while (bc <= 56) {
                                if (pos < end) {
                                    bb |= (in[pos++] & 0xFFL) << bc;
                                } else {
                                    pad += 8;
                                }
                                bc += 8;
                            }
                            if (bc < pad) {
                                return GzipInflater.ERR_TRUNCATED;
                            }
                        }
                    }
                    final int e = codelen[(int) bb & clMask];
                    bb >>>= e;
                    bc -= e & 0xF;
                    final int symbol = e >>> 16;
                    if (symbol < 16) {
                        if (symbol != 0) {
                            groups[symbol << GROUP_SHIFT | cnt[symbol]++] = n;
                        }
                        previous = symbol;
                        n++;
                        continue;
                    }
                    final int value;
                    final int repeat;
                    if (symbol == 16) {
                        value = previous;
                        repeat = 3 + ((int) bb & 3);
                        bb >>>= 2;
                        bc -= 2;
                    } else if (symbol == 17) {
                        value = 0;
                        repeat = 3 + ((int) bb & 7);
                        bb >>>= 3;
                        bc -= 3;
                    } else {
                        value = 0;
                        repeat = 11 + ((int) bb & 0x7F);
                        bb >>>= 7;
                        bc -= 7;
                    }
                    if ((symbol == 16 && n == 0) || n + repeat > total) {
                        return bc < pad ? GzipInflater.ERR_TRUNCATED : GzipInflater.ERR_DATA;
                    }
                    previous = value;
                    if (value != 0) {
                        int g = value << GROUP_SHIFT | cnt[value];
                        cnt[value] += repeat;
                        for (final int stop = n + repeat; n < stop; n++) {
                            groups[g++] = n;
                        }
                    } else {
                        n += repeat;
                    }
                }
                if (stretch == 0) {
                    endOfBlock = previous != 0;
                } else if (stretch == 1) {
                    System.arraycopy(cnt, 0, litCount, 0, MAX_BITS + 1);
                    if (previous != 0) {
                        litCount[previous] -= n - nlen;
                    }
                }
            }
        } finally {
            bitBuf = bb;
            bitCount = bc;
            inPos = pos;
            padBits = pad;
        }
        if (truncated()) {
            return GzipInflater.ERR_TRUNCATED;
        }
        for (int len = 1; len <= MAX_BITS; len++) {
            final int first = len << GROUP_SHIFT;
            litStart[len] = first;
            distStart[len] = first + litCount[len];
            distCount[len] = cnt[len] - litCount[len];
        }
        if (!endOfBlock) {
            return GzipInflater.ERR_DATA;
        }
        final int litRoot = build(litlen, litStart, litCount, 0, LITLEN_ROOT, LITLEN_SYMBOLS, false);
        final int distRoot = build(dist, distStart, distCount, nlen, DIST_ROOT, DIST_SYMBOLS, false);
        if (litRoot < 0 || distRoot < 0) {
            return GzipInflater.ERR_DATA;
        }
        return litRoot | distRoot << 8;
    }

    /**
     * Decodes literal/length and distance codes until the end-of-block code. Keeps the bit buffer in locals: this
     * loop is where the time goes.
     *
     * @return the new output position, or an error code
     */
    private int codes(final int[] lit, final int litRoot, final int[] distTable, final int distRoot,
                      final byte[] dst, final int outStart, final int outPos, final int outEnd) {
        final byte[] in = src;
        final int end = inEnd;
        final int litMask = (1 << litRoot) - 1;
        final int distMask = (1 << distRoot) - 1;
        long bb = bitBuf;
        int bc = bitCount;
        int pos = inPos;
        int pad = padBits;
        int out = outPos;
        try {
            while (true) {
                if (bc < 48) {
                    // at least 56 bits afterwards: a length code with its extra bits and a distance code with its
                    // extra bits take at most 15 + 5 + 15 + 13 = 48
                    if (end - pos >= 8) {
                        bb |= (long) LONG_LE.get(in, pos) << bc;
                        pos += (63 - bc) >>> 3;
                        bc |= 56;
                    } else {
                        while (bc <= 56) {
                            if (pos < end) {
                                bb |= (in[pos++] & 0xFFL) << bc;
                            } else {
                                pad += 8;
                            }
                            bc += 8;
                        }
                    }
                }
                if (bc < pad) {
                    return GzipInflater.ERR_TRUNCATED;
                }
                int e = lit[(int) bb & litMask];
                if ((e & KIND_MASK) == SUB) {
                    bb >>>= litRoot;
                    bc -= litRoot;
                    e = lit[(e >>> 16) + ((int) bb & ((1 << ((e >>> CODE_SHIFT) & 0xF)) - 1))];
                }
                final long saved = bb;
                bb >>>= e;
                bc -= e & 0x1F;
                final int kind = e & KIND_MASK;
                if (kind == LITERAL) {
                    if (out == outEnd) {
                        return bc < pad ? GzipInflater.ERR_TRUNCATED : GzipInflater.ERR_TOO_LARGE;
                    }
                    dst[out++] = (byte) (e >>> 16);
                    continue;
                }
                if (kind != LENGTH) {
                    if (bc < pad) {
                        return GzipInflater.ERR_TRUNCATED;
                    }
                    return kind == END ? out : GzipInflater.ERR_DATA;
                }
                int code = (e >>> CODE_SHIFT) & 0xF;
                final int len = (e >>> 16) + ((int) (saved >>> code) & ((1 << ((e & 0x1F) - code)) - 1));
                int d = distTable[(int) bb & distMask];
                if ((d & KIND_MASK) == SUB) {
                    bb >>>= distRoot;
                    bc -= distRoot;
                    d = distTable[(d >>> 16) + ((int) bb & ((1 << ((d >>> CODE_SHIFT) & 0xF)) - 1))];
                }
                final long savedD = bb;
                bb >>>= d;
                bc -= d & 0x1F;
                code = (d >>> CODE_SHIFT) & 0xF;
                final int distance = (d >>> 16) + ((int) (savedD >>> code) & ((1 << ((d & 0x1F) - code)) - 1));
                if (bc < pad) {
                    return GzipInflater.ERR_TRUNCATED;
                }
                if ((d & KIND_MASK) != DISTANCE || distance > out - outStart) {
                    return GzipInflater.ERR_DATA;
                }
                if (len > outEnd - out) {
                    return GzipInflater.ERR_TOO_LARGE;
                }
                int from = out - distance;
                final int stop = out + len;
                if (distance >= 8 && outEnd - stop >= 8) {
                    // eight bytes a step, the last step running up to five bytes past the match into the output
                    // range (overwritten by what follows, or past the result): each step reads only bytes already
                    // final, as they are at least eight back. Most matches are 3 to 8 bytes: one step, rather than a
                    // byte loop whose exit the branch predictor misses.
                    LONG_LE.set(dst, out, (long) LONG_LE.get(dst, from));
                    if (len > 8) {
                        do {
                            out += 8;
                            from += 8;
                            LONG_LE.set(dst, out, (long) LONG_LE.get(dst, from));
                        } while (out + 8 < stop);
                    }
                    out = stop;
                } else {
                    // overlapping (each byte may be one this copy has just written) or at the end of the output
                    while (out < stop) {
                        dst[out++] = dst[from++];
                    }
                }
            }
        } finally {
            bitBuf = bb;
            bitCount = bc;
            inPos = pos;
            padBits = pad;
        }
    }

    /** Tops the bit buffer up to at least 57 bits, appending zero bits (counted) once the input has run out. */
    private void refill() {
        if (inEnd - inPos >= 8 && bitCount < 56) {
            bitBuf |= (long) LONG_LE.get(src, inPos) << bitCount;
            inPos += (63 - bitCount) >>> 3;
            bitCount |= 56;
            return;
        }
        while (bitCount <= 56) {
            if (inPos < inEnd) {
                bitBuf |= (src[inPos++] & 0xFFL) << bitCount;
            } else {
                padBits += 8;
            }
            bitCount += 8;
        }
    }

    private void drop(final int n) {
        bitBuf >>>= n;
        bitCount -= n;
    }

    /** A corrupt stream, unless the corruption is the zero padding read past a truncated input. */
    private int dataError() {
        return truncated() ? GzipInflater.ERR_TRUNCATED : GzipInflater.ERR_DATA;
    }

    /** Whether bits past the end of the input have been consumed. */
    private boolean truncated() {
        return bitCount < padBits;
    }

    /** Builds the table of an alphabet given all {@code n} of its code lengths (fixed tables, code-length code). */
    private int build(final int[] table, final int[] lens, final int n, final int maxRoot, final int[] symbols,
                      final boolean complete) {
        final int[] cnt = litCount;
        Arrays.fill(cnt, 0);
        for (int i = 0; i < n; i++) {
            final int len = lens[i];
            if (len != 0) {
                byLength[len << GROUP_SHIFT | cnt[len]++] = i;
            }
        }
        for (int len = 1; len <= MAX_BITS; len++) {
            litStart[len] = len << GROUP_SHIFT;
        }
        return build(table, litStart, cnt, 0, maxRoot, symbols, complete);
    }

    /**
     * Builds a two-level decoding table (zlib's layout) for the code whose {@code cnt[len]} symbols of length
     * {@code len} are {@code byLength[start[len], start[len] + cnt[len])} in ascending order, each less {@code base}
     * being the alphabet's symbol: a root table indexed by the next {@code root} bits, where {@code root} is the
     * longest code capped at {@code maxRoot}, and sub-tables for longer codes. Consumes {@code cnt}.
     *
     * @param complete whether an incomplete code is an error even with a single symbol (the code-length code)
     * @return the root bits, or -1 for an over-subscribed or incomplete code
     */
    private int build(final int[] table, final int[] start, final int[] cnt, final int base, final int maxRoot,
                      final int[] symbols, final boolean complete) {
        // One pass of fixed length (its exit is predicted) for the shortest and longest code and what is left of
        // the code space: once negative (over-subscribed) it stays negative, so it is tested once at the end.
        int min = 0;
        int max = 0;
        int left = 1;
        for (int len = 1; len <= MAX_BITS; len++) {
            final int c = cnt[len];
            left = (left << 1) - c;
            max = c != 0 ? len : max;
            min = min == 0 && c != 0 ? len : min;
        }
        if (max == 0) {
            if (complete) {
                return -1;
            }
            // no codes at all (a distance code of a block with literals only): any lookup is an error
            table[0] = BAD | 1;
            table[1] = BAD | 1;
            return 1;
        }
        if (left < 0 || left > 0 && (complete || max != 1)) {
            return -1;
        }
        final int root = Math.min(max, maxRoot);
        if (left > 0) {
            // the one incomplete code allowed: a single code of one bit, the other bit pattern is an error
            table[1] = BAD | 1;
        }
        // The codes in canonical order, each bit-reversed (the stream sends a code's most significant bit first and
        // the table is indexed by bits as they arrive). Once every code of length len is in place among the first
        // 2^len entries, copying those entries doubles them into the first 2^(len+1): that writes each short code's
        // every replica with one bulk copy per length instead of a strided loop per code (libdeflate's
        // build_decode_table does the same). Entries copied from a longer code's prefix are overwritten later.
        final int[] groups = byLength;
        int code = 0;
        int len = min;
        while (true) {
            final int shift = REVERSED_BITS - len;
            final int bits = len | len << CODE_SHIFT;
            for (int k = start[len], stop = k + cnt[len]; k < stop; k++) {
                table[REVERSED[code++] >>> shift] = symbols[groups[k] - base] + bits;
            }
            if (len == root) {
                break;
            }
            System.arraycopy(table, 0, table, 1 << len, 1 << len);
            len++;
            code <<= 1;
        }
        final int rootMask = (1 << root) - 1;
        int next = 1 << root;
        int subBase = 0;
        int subBits = 0;
        int prefix = -1;
        for (len = root + 1; len <= max; len++) {
            code <<= 1;
            final int sub = len - root;
            for (int k = start[len], stop = k + cnt[len]; k < stop; k++) {
                final int entry = symbols[groups[k] - base] + (sub | sub << CODE_SHIFT);
                final int rev = Integer.reverse(code++) >>> (32 - len);
                final int p = rev & rootMask;
                if (p != prefix) {
                    prefix = p;
                    subBits = subTableBits(cnt, sub, root, max);
                    subBase = next;
                    next += 1 << subBits;
                    if (next > table.length) {
                        return -1;
                    }
                    table[p] = SUB | subBits << CODE_SHIFT | subBase << 16 | root;
                }
                for (int j = rev >>> root; j < 1 << subBits; j += 1 << sub) {
                    table[subBase + j] = entry;
                }
                cnt[len]--;
            }
        }
        return root;
    }

    /** zlib's sizing of a sub-table: grow it until the codes still to place under its prefix fill it. */
    private static int subTableBits(final int[] cnt, final int first, final int root, final int max) {
        int bits = first;
        int left = 1 << bits;
        while (bits + root < max) {
            left -= cnt[bits + root];
            if (left <= 0) {
                break;
            }
            bits++;
            left <<= 1;
        }
        return bits;
    }

    private static int[] reversed() {
        final int[] r = new int[1 << REVERSED_BITS];
        for (int i = 0; i < r.length; i++) {
            r[i] = Integer.reverse(i) >>> (32 - REVERSED_BITS);
        }
        return r;
    }

    private static int[] litlenSymbols() {
        final int[] s = new int[288];
        for (int i = 0; i < 256; i++) {
            s[i] = LITERAL | i << 16;
        }
        s[256] = END;
        for (int i = 0; i < LENGTH_BASE.length; i++) {
            s[257 + i] = LENGTH | LENGTH_EXTRA[i] | LENGTH_BASE[i] << 16;
        }
        s[286] = BAD;
        s[287] = BAD;
        return s;
    }

    private static int[] distSymbols() {
        final int[] s = new int[32];
        for (int i = 0; i < DIST_BASE.length; i++) {
            s[i] = DISTANCE | DIST_EXTRA[i] | DIST_BASE[i] << 16;
        }
        s[30] = BAD;
        s[31] = BAD;
        return s;
    }

    private static int[] codelenSymbols() {
        final int[] s = new int[19];
        for (int i = 0; i < s.length; i++) {
            s[i] = LITERAL | i << 16;
        }
        return s;
    }
}
