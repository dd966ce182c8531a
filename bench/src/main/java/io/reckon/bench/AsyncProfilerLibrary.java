package io.reckon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * async-profiler's native library, which the {@code tools.profiler:async-profiler} jar on the class path carries
 * for each platform: {@code --profile} unpacks the one for this machine next to the results and hands its path to
 * JMH's {@code -prof async}. Linux only (x86-64 and arm64): the profiler's macOS build is not what these figures
 * are about.
 */
final class AsyncProfilerLibrary {
    private static final String NAME = "libasyncProfiler.so";

    private AsyncProfilerLibrary() {
    }

    /** The resource folder inside the jar for this OS and architecture; explains itself when there is none. */
    static String platform(final String osName, final String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            throw new IllegalStateException("--profile needs Linux; this is " + osName);
        }
        return switch (osArch) {
            case "amd64", "x86_64" -> "linux-x64";
            case "aarch64", "arm64" -> "linux-arm64";
            default -> throw new IllegalStateException("--profile has no async-profiler build for " + osArch);
        };
    }

    /** Copies this platform's library into {@code dir} and returns its path. */
    static Path unpack(final Path dir) throws IOException {
        final String resource = "/" + platform(System.getProperty("os.name"), System.getProperty("os.arch")) + "/"
            + NAME;
        try (InputStream in = AsyncProfilerLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("async-profiler's " + resource + " is not on the class path");
            }
            Files.createDirectories(dir);
            final Path lib = dir.resolve(NAME);
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            return lib;
        }
    }
}
