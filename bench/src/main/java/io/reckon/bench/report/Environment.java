package io.reckon.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the figures were measured on: the JVM, its flags, the CPU, the load other users put on the machine, and
 * the settings of the run.
 *
 * @param loadAverageStart one-minute load average when the run started (-1 where the OS does not say)
 * @param waitStrategy     the Disruptor wait strategy of the pipeline benchmark and the latency harness
 * @param jmhSettings      forks, warm-up and measurement as run
 * @param latencySettings  rates and durations of the latency harness as run
 */
public record Environment(String startedAt, String mode, String jvm, String javaVersion, String jvmVendor,
                          List<String> forkJvmArgs, String cpu, int logicalCores, String os, double loadAverageStart,
                          double loadAverageEnd, String waitStrategy, String jmhSettings, String latencySettings) {

    /** The CPU's model name (Linux {@code /proc/cpuinfo}), else the architecture. */
    public static String cpuModel() {
        final Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (final String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            } catch (final IOException e) {
                return System.getProperty("os.arch");
            }
        }
        return System.getProperty("os.arch");
    }

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
