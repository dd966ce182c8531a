package io.reckon.engine.symbol;

import java.nio.charset.StandardCharsets;

/**
 * Interns venue symbols and asset names to small ints so that the hot path compares ints, not Strings.
 *
 * <p>Lookups of a byte range do not allocate; only the first sighting of a new name copies its bytes (a warm-up
 * cost, bounded by {@link #capacity()}). Ids are dense, start at 1 (0 means "none") and are assigned in order of
 * first sighting, so replaying the same journal assigns the same ids.
 */
public final class SymbolTable {
    /**
     * Recent ids by name length and first byte: a feed repeats a few names, and "BTC-USDT" and "LTC-USDT" (one
     * account update can carry both) share a length but not a first letter.
     */
    private static final int RECENT = 16;

    private final int capacity;
    private final int mask;
    private final int[] slots;
    private final byte[][] names;
    private final String[] strings;
    private final int[] recent = new int[RECENT];
    private int size;

    public SymbolTable(final int capacity) {
        this.capacity = capacity;
        final int tableSize = Integer.highestOneBit(capacity * 4 - 1) << 1;
        this.mask = tableSize - 1;
        this.slots = new int[tableSize];
        this.names = new byte[capacity + 1][];
        this.strings = new String[capacity + 1];
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    /** Returns the id of the name in {@code buf[offset, offset+length)}, interning it if new; -1 when full. */
    public int intern(final byte[] buf, final int offset, final int length) {
        final int r = (length == 0 ? 0 : length * 3 + buf[offset]) & (RECENT - 1);
        final int recentId = recent[r];
        if (recentId != 0 && equals(names[recentId], buf, offset, length)) {
            return recentId;
        }
        final int id = lookUp(buf, offset, length);
        if (id > 0) {
            recent[r] = id;
        }
        return id;
    }

    private int lookUp(final byte[] buf, final int offset, final int length) {
        int slot = hash(buf, offset, length) & mask;
        while (true) {
            final int id = slots[slot];
            if (id == 0) {
                if (size == capacity) {
                    return -1;
                }
                final int newId = ++size;
                names[newId] = java.util.Arrays.copyOfRange(buf, offset, offset + length);
                strings[newId] = new String(names[newId], StandardCharsets.UTF_8);
                slots[slot] = newId;
                return newId;
            }
            if (equals(names[id], buf, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Returns the id of a name without interning it; 0 when unknown. */
    public int find(final byte[] buf, final int offset, final int length) {
        int slot = hash(buf, offset, length) & mask;
        while (true) {
            final int id = slots[slot];
            if (id == 0) {
                return 0;
            }
            if (equals(names[id], buf, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Allocates on first use of a new name only. */
    public int intern(final String name) {
        final byte[] b = name.getBytes(StandardCharsets.UTF_8);
        return intern(b, 0, b.length);
    }

    /** The name of an id, or "" for 0. */
    public String name(final int id) {
        return id > 0 && id <= size ? strings[id] : "";
    }

    public byte[] nameBytes(final int id) {
        return names[id];
    }

    private static int hash(final byte[] buf, final int offset, final int length) {
        int h = 0x811C9DC5;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ buf[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private static boolean equals(final byte[] name, final byte[] buf, final int offset, final int length) {
        return java.util.Arrays.equals(name, 0, name.length, buf, offset, offset + length);
    }
}
