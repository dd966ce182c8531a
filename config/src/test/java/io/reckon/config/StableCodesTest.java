package io.reckon.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StableCodesTest {
    private enum Sparse { A, B, C }

    private static int sparse(final Sparse s) {
        return switch (s) {
            case A -> 0;
            case B -> 7;
            case C -> 3;
        };
    }

    @Test
    void looksUpByCodeNotByOrdinal() {
        final Sparse[] table = StableCodes.byCode(Sparse.class, StableCodesTest::sparse);

        assertEquals(Sparse.B, StableCodes.of(table, 7));
        assertEquals(Sparse.C, StableCodes.of(table, 3));
        assertNull(StableCodes.of(table, 1), "a gap names nothing");
        assertNull(StableCodes.of(table, 8));
        assertNull(StableCodes.of(table, -1));
    }

    @Test
    void twoConstantsWithOneCodeAreRefused() {
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> StableCodes.byCode(Sparse.class, s -> s == Sparse.A ? 1 : 2));
        assertTrue(e.getMessage().contains("share code 2"), e.getMessage());
    }

    @Test
    void aNegativeCodeIsRefused() {
        assertThrows(IllegalStateException.class, () -> StableCodes.byCode(Sparse.class, s -> -1));
    }
}
