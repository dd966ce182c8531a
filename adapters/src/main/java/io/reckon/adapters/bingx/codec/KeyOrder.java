package io.reckon.adapters.bingx.codec;

/**
 * The keys of an object in the order a venue sends them, each as its compact bytes ({@code "k":} or {@code "kk":})
 * in a word, so that a walk reading that order matches each next key with one masked compare and turns to
 * {@link JsonCursor#compactKey} only once the order is broken.
 *
 * <p>A record because the JIT trusts a record's final fields: held in a static final field, its arrays are
 * constants of the compiled walk, as static final arrays would be.
 */
record KeyOrder(int[] codes, long[] words, long[] masks) {
    /** @param codes key codes as {@link JsonCursor#keyCode} packs them, one or two bytes each */
    static KeyOrder of(final int... codes) {
        final long[] words = new long[codes.length];
        final long[] masks = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            words[i] = JsonCursor.compactKeyWord(codes[i]);
            masks[i] = JsonCursor.compactKeyMask(codes[i]);
        }
        return new KeyOrder(codes.clone(), words, masks);
    }

    int size() {
        return codes.length;
    }

    /**
     * The code of the key at {@code p} when it is key {@code i} of this order; -1 when it is not, or when
     * {@code i} is past the last key.
     */
    int keyAt(final JsonCursor cur, final int p, final int i) {
        return i < codes.length && cur.keyWordIs(p, words[i], masks[i]) ? codes[i] : -1;
    }
}
