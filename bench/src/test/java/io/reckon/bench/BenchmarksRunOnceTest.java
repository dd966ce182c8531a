package io.reckon.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JMH benchmark method runs (without JMH): for each benchmark class in {@code io.reckon.bench.jmh}, for every
 * value of every {@code @Param}, the state is set up, each {@code @Benchmark} method is called a few times and must
 * return a value without throwing, and the state is torn down. A benchmark added later is picked up by itself.
 */
class BenchmarksRunOnceTest {
    private static final int CALLS = 3;

    static Stream<Class<?>> benchmarkClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        final Path root = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        final Path pkg = root.resolve("io/reckon/bench/jmh");
        final List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (final Path file : (Iterable<Path>) files.sorted()::iterator) {
                final String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    final Class<?> c = Class.forName("io.reckon.bench.jmh." + name.replace(".class", ""));
                    if (Arrays.stream(c.getMethods()).anyMatch(m -> m.isAnnotationPresent(Benchmark.class))) {
                        classes.add(c);
                    }
                }
            }
        }
        assertFalse(classes.isEmpty(), "no benchmark classes found under " + pkg);
        return classes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarkClasses")
    void everyBenchmarkMethodRunsForEveryParameter(final Class<?> benchClass) throws Exception {
        final List<Field> params = Arrays.stream(benchClass.getFields())
            .filter(f -> f.isAnnotationPresent(Param.class)).toList();
        for (final Object[] combination : combinations(params)) {
            for (final Method benchmark : sorted(benchClass, Benchmark.class)) {
                final Object state = benchClass.getDeclaredConstructor().newInstance();
                for (int i = 0; i < params.size(); i++) {
                    params.get(i).set(state, combination[i]);
                }
                invokeAll(state, sorted(benchClass, Setup.class));
                try {
                    for (int call = 0; call < CALLS; call++) {
                        final Object result = benchmark.invoke(state);
                        if (benchmark.getReturnType() != void.class) {
                            assertNotNull(result, benchmark + " " + Arrays.toString(combination));
                        }
                    }
                } finally {
                    invokeAll(state, sorted(benchClass, TearDown.class));
                }
            }
        }
    }

    private static List<Object[]> combinations(final List<Field> params) {
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[0]);
        for (final Field f : params) {
            final List<Object[]> next = new ArrayList<>();
            for (final Object[] prefix : all) {
                for (final String value : f.getAnnotation(Param.class).value()) {
                    final Object[] c = Arrays.copyOf(prefix, prefix.length + 1);
                    c[prefix.length] = convert(f.getType(), value);
                    next.add(c);
                }
            }
            all = next;
        }
        assertTrue(all.size() >= 1);
        return all;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(final Class<?> type, final String value) {
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, value);
        }
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        return value;
    }

    private static List<Method> sorted(final Class<?> c, final Class<? extends java.lang.annotation.Annotation> a) {
        return Arrays.stream(c.getMethods())
            .filter(m -> m.isAnnotationPresent(a) && !Modifier.isStatic(m.getModifiers()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    }

    private static void invokeAll(final Object state, final List<Method> methods) throws Exception {
        for (final Method m : methods) {
            m.invoke(state);
        }
    }
}
