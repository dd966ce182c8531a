package io.reckon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM flags Chronicle Queue and Agrona need, from the one place they live: the parent pom's
 * {@code reckon.jvm.flags}, filtered at build time into the {@code reckon-jvm.flags} resource that the adapters
 * jar (and so the benchmarks jar) carries. JMH forks get them with {@code jvmArgsAppend}.
 */
final class JvmFlags {
    static final String RESOURCE = "/reckon-jvm.flags";

    private JvmFlags() {
    }

    static List<String> load() {
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: build the adapters module");
            }
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by Maven: " + text);
            }
            return Arrays.stream(text.split("\\s+")).filter(s -> !s.isEmpty()).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
