package io.reckon.config;

import java.lang.reflect.Array;
import java.util.function.ToIntFunction;

/**
 * Lookup tables for enums whose constants carry an explicit, stable number: what a journal records instead of an
 * {@code ordinal()}, so that reordering or inserting a constant never changes what an existing journal means.
 */
public final class StableCodes {
    private StableCodes() {
    }

    /**
     * The constants of {@code type} indexed by code (null where no constant has that code).
     *
     * @throws IllegalStateException if a code is negative or two constants share one (a bug caught at class load)
     */
    public static <E extends Enum<E>> E[] byCode(final Class<E> type, final ToIntFunction<E> code) {
        final E[] constants = type.getEnumConstants();
        int max = -1;
        for (E e : constants) {
            if (code.applyAsInt(e) < 0) {
                throw new IllegalStateException(type.getSimpleName() + "." + e + " has a negative code");
            }
            max = Math.max(max, code.applyAsInt(e));
        }
        @SuppressWarnings("unchecked")
        final E[] table = (E[]) Array.newInstance(type, max + 1);
        for (E e : constants) {
            final int c = code.applyAsInt(e);
            if (table[c] != null) {
                throw new IllegalStateException(type.getSimpleName() + "." + table[c] + " and ." + e
                    + " share code " + c);
            }
            table[c] = e;
        }
        return table;
    }

    /** {@code table[code]}, or null for a code outside it. */
    public static <E> E of(final E[] table, final int code) {
        return code >= 0 && code < table.length ? table[code] : null;
    }
}
