package io.reckon.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncProfilerLibraryTest {
    @ParameterizedTest
    @CsvSource({"Linux, amd64, linux-x64", "Linux, x86_64, linux-x64", "Linux, aarch64, linux-arm64"})
    void picksTheBuildForTheMachine(final String os, final String arch, final String folder) {
        assertEquals(folder, AsyncProfilerLibrary.platform(os, arch));
    }

    @Test
    void refusesPlatformsItHasNoBuildForWithTheReason() {
        assertTrue(assertThrows(IllegalStateException.class, () -> AsyncProfilerLibrary.platform("Mac OS X",
            "aarch64")).getMessage().contains("needs Linux"));
        assertTrue(assertThrows(IllegalStateException.class, () -> AsyncProfilerLibrary.platform("Linux",
            "riscv64")).getMessage().contains("riscv64"));
    }

    @Test
    void unpacksAnElfLibraryFromTheClassPath(@TempDir final Path dir) throws IOException {
        final Path lib = AsyncProfilerLibrary.unpack(dir.resolve("profiles"));
        final byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(lib), 0, head, 0, 4);
        assertEquals("\u007fELF", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
