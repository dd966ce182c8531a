package io.reckon.adapters.bingx.codec;

/**
 * The keys of an object in the order a venue sends them, each as its compact bytes ({@code "k":} or {@code "kk":})
 * in a word, so that a walk reading that order matches each next key with one masked compare and turns to
 * {@link JsonCursor#compactKey} only once the order is broken.
 */
final class KeyOrder {
    private final int[] codes;
    private final long[] words;
    private final long[] masks;

    /** @param codes key codes as {@link JsonCursor#keyCode} packs them, one or two bytes each */
    KeyOrder(final int... codes) {
        this.codes = codes.clone();
        this.words = new long[codes.length];
        this.masks = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            words[i] = JsonCursor.compactKeyWord(codes[i]);
            masks[i] = JsonCursor.compactKeyMask(codes[i]);
        }
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
