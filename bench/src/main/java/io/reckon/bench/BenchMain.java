package io.reckon.bench;

import io.reckon.bench.kernel.Scratch;
import io.reckon.bench.latency.LatencyHarness;
import io.reckon.bench.latency.RateResult;
import io.reckon.bench.report.Environment;
import io.reckon.bench.report.JmhResults;
import io.reckon.bench.report.Measurement;
import io.reckon.bench.report.ReportWriter;
import io.reckon.config.WaitStrategyKind;
import org.openjdk.jmh.profile.AsyncProfiler;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./reckon bench}: runs every JMH benchmark (with {@code -prof gc}, baselines in the same run) and the
 * end-to-end latency harness, then writes {@code results.json}, {@code results.md} and JMH's own
 * {@code jmh.json} under {@code bench-results/<timestamp>/} and prints the markdown. The default settings fit a
 * 2-core machine; {@code --quick} is a smoke run of a few minutes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks every hot path against baselines measured in the same run, and measures end-to-end"
        + " latency over a loopback WebSocket at fixed offered rates. See bench/README.md."})
public final class BenchMain implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PACKAGE = "io\\.reckon\\.bench\\.jmh\\.";
    /** The benchmarks that run the whole consumer path on two threads and need a longer warm-up. */
    private static final String LONG_WARMUP = "PipelineBench|ReplayBench";

    @Option(names = "--quick", description = "Short iterations and few rates: a smoke run of a few minutes.")
    private boolean quick;

    @Option(names = "--include", paramLabel = "REGEX",
        description = "Run only the JMH benchmarks whose name matches (e.g. DecodeBench or 'Inflate|Decode').")
    private String include;

    @Option(names = "--skip-jmh", description = "Run only the latency harness.")
    private boolean skipJmh;

    @Option(names = "--skip-latency", description = "Run only the JMH benchmarks.")
    private boolean skipLatency;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "${sys:reckon.bench.results:-bench-results}",
        description = "Where the timestamped results folder goes (default: ${DEFAULT-VALUE}; the launcher passes"
            + " the repository's bench-results).")
    private Path resultsRoot;

    @Option(names = "--wait-strategy", paramLabel = "KIND", defaultValue = "BLOCKING",
        description = "Disruptor wait strategy of the pipeline benchmark and the harness: ${COMPLETION-CANDIDATES}."
            + " Spinning ones need a core each.")
    private WaitStrategyKind waitStrategy;

    @Option(names = "--profile", description = "Also sample every JMH benchmark with async-profiler (CPU time,"
        + " all threads; Linux): flat profiles and hottest stacks in profiles/ of the results folder. Profiling"
        + " perturbs the timings a little; allocation figures are unaffected.")
    private boolean profile;

    @Option(names = "--forks", paramLabel = "N", description = "JMH forks per benchmark (default 1).")
    private int forks = 1;

    @Option(names = "--rates", split = ",", paramLabel = "R1,R2,...",
        description = "Offered rates of the latency harness, frames per second, increasing.")
    private List<Integer> rates;

    @Option(names = "--seconds-per-rate", paramLabel = "S", description = "How long each rate is offered.")
    private Integer secondsPerRate;

    @Option(names = "--sender-spin-us", paramLabel = "US", defaultValue = "0",
        description = "Microseconds of each wait the harness's sender spins instead of parking (pinned hosts only).")
    private long senderSpinMicros;

    public static void main(final String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException, RunnerException {
        final PrintStream out = System.out;
        final LocalDateTime started = LocalDateTime.now();
        final Path dir = resultsRoot.resolve(STAMP.format(started)).toAbsolutePath();
        final Path scratch = dir.resolve("scratch");
        Files.createDirectories(scratch);
        final double loadAtStart = Environment.loadAverage();
        final List<String> forkArgs = forkJvmArgs(scratch);
        final String asyncProfiler = profile ? asyncProfilerOptions(dir.resolve("profiles")) : null;
        final int warmupIterations = quick ? 3 : 5;
        final TimeValue warmupTime = quick ? TimeValue.seconds(1) : TimeValue.seconds(2);
        // two threads and the JIT share the cores: the whole consumer path needs about six seconds to compile
        final int longWarmupIterations = quick ? 8 : 10;
        final int measurementIterations = quick ? 3 : 5;
        final TimeValue measurementTime = quick ? TimeValue.milliseconds(500) : TimeValue.seconds(2);
        final LatencyHarness.Settings latencySettings = new LatencyHarness.Settings(
            rates != null ? rates : quick ? List.of(2_000, 10_000, 25_000, 50_000, 100_000)
                : List.of(1_000, 2_000, 5_000, 10_000, 20_000, 35_000, 50_000, 75_000, 100_000, 150_000, 200_000,
                    300_000),
            Duration.ofSeconds(secondsPerRate != null ? secondsPerRate : quick ? 2 : 10),
            Duration.ofSeconds(quick ? 5 : 20), waitStrategy, Duration.ofNanos(senderSpinMicros * 1000));

        List<Measurement> measurements = List.of();
        if (!skipJmh) {
            final List<RunResult> runs = new ArrayList<>();
            runs.addAll(runJmh(forkArgs, asyncProfiler, dir.resolve("jmh.json"), false, warmupIterations,
                warmupTime, measurementIterations, measurementTime));
            runs.addAll(runJmh(forkArgs, asyncProfiler, dir.resolve("jmh-long-warmup.json"), true,
                longWarmupIterations, warmupTime, measurementIterations, measurementTime));
            measurements = JmhResults.of(runs);
        }
        List<RateResult> latency = List.of();
        if (!skipLatency) {
            latency = new LatencyHarness(latencySettings).run();
        }
        Scratch.deleteTree(scratch);

        final Environment env = new Environment(started.toString(), quick ? "quick" : "full",
            System.getProperty("java.vm.name"), System.getProperty("java.version"),
            System.getProperty("java.vm.vendor"), forkArgs, Environment.cpuModel(),
            Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                + System.getProperty("os.version"), loadAtStart, Environment.loadAverage(), waitStrategy.name(),
            skipJmh ? "not run" : forks + " fork(s), warm-up " + JmhResults.describe(warmupIterations, warmupTime)
                + " (" + JmhResults.describe(longWarmupIterations, warmupTime) + " for " + LONG_WARMUP
                + "), measurement " + JmhResults.describe(measurementIterations, measurementTime) + ", -prof gc"
                + (profile ? ", -prof async (itimer; profiles/)" : ""),
            skipLatency ? "not run" : "rates " + latencySettings.rates() + " frames/s, " + latencySettings.perRate()
                .toSeconds() + " s each (first tenth unrecorded) after a " + latencySettings.warmUp().toSeconds()
                + " s warm-up; sender spin " + senderSpinMicros + " µs");
        final ReportWriter report = new ReportWriter(env, measurements, latency,
            LatencyHarness.medianCrossing(latency));
        report.writeJson(dir.resolve("results.json"));
        final String markdown = report.markdown();
        Files.writeString(dir.resolve("results.md"), markdown, StandardCharsets.UTF_8);
        out.println();
        out.println(markdown);
        out.println("results: " + dir);
        return 0;
    }

    /**
     * One JMH run: the benchmarks matching {@code --include}, either all but the {@link #LONG_WARMUP} ones or only
     * those. Returns nothing when none match.
     */
    private Collection<RunResult> runJmh(final List<String> forkArgs, final String asyncProfiler,
                                         final Path resultFile,
                                         final boolean longWarmup, final int warmupIterations,
                                         final TimeValue warmupTime, final int measurementIterations,
                                         final TimeValue measurementTime) throws RunnerException {
        final ChainedOptionsBuilder options = new OptionsBuilder()
            .include(PACKAGE + (include == null ? "" : ".*(" + include + ")"))
            .exclude(longWarmup ? PACKAGE + "(?!(" + LONG_WARMUP + ")\\.)" : PACKAGE + "(" + LONG_WARMUP + ")\\.")
            .forks(forks)
            .warmupIterations(warmupIterations).warmupTime(warmupTime)
            .measurementIterations(measurementIterations).measurementTime(measurementTime)
            .jvmArgsAppend(forkArgs.toArray(new String[0]))
            .addProfiler(GCProfiler.class)
            .param("waitStrategy", waitStrategy.name())
            .result(resultFile.toString()).resultFormat(ResultFormatType.JSON)
            .shouldFailOnError(true);
        if (asyncProfiler != null) {
            options.addProfiler(AsyncProfiler.class, asyncProfiler);
        }
        try {
            return new Runner(options.build()).run();
        } catch (final NoBenchmarksException none) {
            return List.of();
        }
    }

    /**
     * JMH's async profiler options: CPU-time samples from a timer signal ({@code itimer}, which needs no hardware
     * counters, so it works in VMs), the 30 hottest methods and the 8 hottest stacks per benchmark, as text.
     */
    private static String asyncProfilerOptions(final Path profiles) throws IOException {
        final Path lib = AsyncProfilerLibrary.unpack(profiles);
        return "libPath=" + lib + ";dir=" + profiles + ";event=itimer;output=text;flat=30;traces=8";
    }

    /**
     * The flags every fork needs, then a heap unless the launcher's JVM was given one: JMH starts forks with this
     * JVM's own arguments ({@code RECKON_JAVA_OPTS} included) and appends these. The heap is fixed and touched at
     * start because the first write to a fresh page is a fault, and a slow one in a VM: with a heap that still grew,
     * the allocating benchmarks swung by up to ten times between iterations on a 2-core VM (OrderPathBench's
     * baseline 8-170 µs), steady within a few percent once every page was touched.
     */
    private static List<String> forkJvmArgs(final Path scratch) {
        final List<String> args = new ArrayList<>(JvmFlags.load());
        final List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (own.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"))) {
            args.add("-Xms2g");
            args.add("-Xmx2g");
            args.add("-XX:+AlwaysPreTouch");
        }
        args.add("-D" + Scratch.PROPERTY + "=" + scratch);
        return args;
    }
}
