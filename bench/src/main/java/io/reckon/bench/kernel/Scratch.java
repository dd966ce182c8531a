package io.reckon.bench.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where benchmarks write journals: a fresh directory under {@code -Dreckon.bench.scratch} (set by {@code BenchMain}
 * to the run's results folder, so that JMH forks write there too) or else the system temp directory. Journals
 * grow by hundreds of megabytes a second under benchmark, so every user deletes its directory when done.
 */
public final class Scratch {
    public static final String PROPERTY = "reckon.bench.scratch";

    private Scratch() {
    }

    public static Path newDir(final String prefix) {
        try {
            final Path base = Path.of(System.getProperty(PROPERTY, System.getProperty("java.io.tmpdir")));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(final Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
