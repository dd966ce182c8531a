package io.reckon.adapters.bingx.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helper: the frame corpus and REST fixtures copied under {@code src/test/resources}. */
final class Corpus {
    private Corpus() {
    }

    static Path root(final String folder) {
        try {
            return Path.of(Corpus.class.getResource("/" + folder).toURI());
        } catch (final URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code *.json} frame, as "subfolder/name.json", sorted. */
    static List<String> frames() {
        final Path root = root("frames");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .collect(Collectors.toList());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] frame(final String relative) {
        return read(root("frames").resolve(relative));
    }

    static byte[] rest(final String name) {
        return read(root("bingx/rest").resolve(name));
    }

    private static byte[] read(final Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
