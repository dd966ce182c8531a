package io.reckon.adapters.bingx.exec;

import io.reckon.engine.ring.PositionSide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeverageCacheTest {
    @TempDir
    Path dir;

    @Test
    void survivesARestartAsASmallFileBesideTheJournal() throws Exception {
        final LeverageCache first = LeverageCache.in(dir);
        assertEquals(0, first.get("BTC-USDT", PositionSide.LONG));
        assertTrue(first.put("BTC-USDT", PositionSide.LONG, 5));
        assertTrue(first.put("BTC-USDT", PositionSide.SHORT, 3));
        assertTrue(first.put("ETH-USDT", PositionSide.LONG, 7));
        assertEquals("BTC-USDT.LONG=5\nBTC-USDT.SHORT=3\nETH-USDT.LONG=7\n",
            Files.readString(dir.resolve(LeverageCache.FILE_NAME)));
        assertFalse(Files.exists(dir.resolve(LeverageCache.FILE_NAME + ".tmp")));

        final LeverageCache second = LeverageCache.in(dir);
        assertEquals(5, second.get("BTC-USDT", PositionSide.LONG));
        assertEquals(3, second.get("BTC-USDT", PositionSide.SHORT));
        assertEquals(Set.of("BTC-USDT", "ETH-USDT"), second.symbols());
    }

    @Test
    void unusableEntriesAreIgnoredAndAnUnreadableFileStartsEmpty() throws Exception {
        Files.writeString(dir.resolve(LeverageCache.FILE_NAME),
            "BTC-USDT.LONG=5\nBTC-USDT.BOTH=4\nETH-USDT.LONG=zero\nSOL-USDT.SHORT=0\n", StandardCharsets.UTF_8);
        final LeverageCache cache = LeverageCache.in(dir);
        assertEquals(5, cache.get("BTC-USDT", PositionSide.LONG));
        assertEquals(0, cache.get("ETH-USDT", PositionSide.LONG));
        assertEquals(0, cache.get("SOL-USDT", PositionSide.SHORT));
        assertEquals(Set.of("BTC-USDT"), cache.symbols());

        Files.write(dir.resolve(LeverageCache.FILE_NAME), new byte[] {'a', '=', '\\', 'u', 'z'});
        assertEquals(Set.of(), LeverageCache.in(dir).symbols());
    }
}
