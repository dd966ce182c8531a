package io.reckon.engine.symbol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SymbolTableTest {
    private static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int intern(final SymbolTable t, final String name) {
        // inside a larger buffer, as a frame holds it
        final byte[] b = bytes("\"" + name + "\",");
        return t.intern(b, 1, name.length());
    }

    @Test
    void idsAreDenseInOrderOfFirstSightingWhateverRepeats() {
        final SymbolTable t = new SymbolTable(8);
        assertEquals(1, intern(t, "LTC-USDT"));
        assertEquals(2, intern(t, "USDT"));
        assertEquals(1, intern(t, "LTC-USDT"));
        assertEquals(2, intern(t, "USDT"));
        // same length as a recent name, different bytes
        assertEquals(3, intern(t, "BTC-USDT"));
        assertEquals(1, intern(t, "LTC-USDT"));
        assertEquals(3, intern(t, "BTC-USDT"));
        // a name that shares USDT's recent slot (same length, first letters 16 apart), and one not ASCII
        assertEquals(4, intern(t, "EURT"));
        assertEquals(2, intern(t, "USDT"));
        assertEquals(4, intern(t, "EURT"));
        assertEquals(5, t.intern("\u00e9t\u00e9"));
        assertEquals(5, t.intern("\u00e9t\u00e9"));
        assertEquals(6, intern(t, ""));
        assertEquals(6, intern(t, ""));
        assertEquals(6, t.size());
        assertEquals("BTC-USDT", t.name(3));
        assertEquals(3, t.find(bytes("BTC-USDT"), 0, 8));
        assertEquals(0, t.find(bytes("ETH-USDT"), 0, 8));
    }

    @Test
    void aFullTableRefusesNewNamesButStillAnswersKnownOnes() {
        final SymbolTable t = new SymbolTable(2);
        assertEquals(1, intern(t, "A"));
        assertEquals(2, intern(t, "B"));
        assertEquals(-1, intern(t, "C"));
        assertEquals(-1, intern(t, "C"));
        assertEquals(1, intern(t, "A"));
        assertEquals(2, intern(t, "B"));
        assertEquals(2, t.size());
    }
}
