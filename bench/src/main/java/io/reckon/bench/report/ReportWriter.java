package io.reckon.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reckon.bench.latency.RateResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes one run's results as JSON (for machines) and as a markdown report (for people). */
public final class ReportWriter {
    private final Environment env;
    private final List<Measurement> measurements;
    private final List<RateResult> latency;
    private final String medianCrossing;

    public ReportWriter(final Environment env, final List<Measurement> measurements, final List<RateResult> latency,
                        final String medianCrossing) {
        this.env = env;
        this.measurements = measurements;
        this.latency = latency;
        this.medianCrossing = medianCrossing;
    }

    public void writeJson(final Path file) throws IOException {
        final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        final ObjectNode root = mapper.createObjectNode();
        root.set("environment", mapper.valueToTree(env));
        final ArrayNode ms = root.putArray("benchmarks");
        for (final Measurement m : measurements) {
            final ObjectNode n = ms.addObject();
            n.put("benchmark", m.benchmark());
            n.put("method", m.method());
            n.put("params", m.params());
            n.put("mode", m.mode());
            number(n, "score", m.score());
            number(n, "scoreError", m.error());
            n.put("unit", m.unit());
            number(n, "p50", m.p50());
            number(n, "allocBytesPerOp", m.allocBytesPerOp());
        }
        final ArrayNode cs = root.putArray("comparisons");
        for (final Comparisons.Row r : Comparisons.rows(measurements)) {
            if (r.baseline() != null) {
                final ObjectNode n = cs.addObject();
                n.put("ours", r.ours().name());
                n.put("params", r.ours().params());
                n.put("baseline", r.baseline().name());
                n.put("baselineLabel", r.baselineLabel());
                number(n, "oursTypicalNs", r.ours().typical());
                number(n, "baselineTypicalNs", r.baseline().typical());
                number(n, "speedUp", r.speedUp());
            }
        }
        root.set("targets", mapper.valueToTree(Targets.check(measurements)));
        final ObjectNode lat = root.putObject("latency");
        lat.put("unit", "ns");
        lat.set("rates", mapper.valueToTree(latency));
        lat.put("medianPasses1ms", medianCrossing);
        Files.writeString(file, mapper.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    public String markdown() {
        final StringBuilder md = new StringBuilder(8192);
        md.append("# reckon benchmarks, ").append(env.startedAt()).append(" (").append(env.mode()).append(")\n\n");
        md.append("- JVM: ").append(env.jvm()).append(' ').append(env.javaVersion()).append(" (")
            .append(env.jvmVendor()).append(")\n");
        md.append("- CPU: ").append(env.cpu()).append(", ").append(env.logicalCores()).append(" logical cores, ")
            .append(env.os()).append('\n');
        md.append(String.format(Locale.ROOT, "- Load average (1 min): %.2f at start, %.2f at end%s%n",
            env.loadAverageStart(), env.loadAverageEnd(),
            env.loadAverageStart() > env.logicalCores() / 2.0 ? " — a shared, busy machine: absolute times are"
                + " noisy, ratios and allocation are the stable figures" : ""));
        md.append("- Wait strategy (pipeline, latency harness): ").append(env.waitStrategy()).append('\n');
        md.append("- JMH: ").append(env.jmhSettings()).append('\n');
        md.append("- Latency harness: ").append(env.latencySettings()).append("\n\n");

        md.append("## Benchmarks\n\n");
        md.append("Time per operation (mean; median for sampled ones, marked p50), allocation per operation across"
            + " all threads (`-prof gc`; below 1 B/op shown as 0 with the raw figure), and speed-up = baseline time"
            + " ÷ ours, measured in the same run.\n\n");
        md.append("| benchmark | params | reckon | alloc B/op | baseline | baseline | baseline B/op | speed-up |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (final Comparisons.Row r : Comparisons.rows(measurements)) {
            final Measurement o = r.ours();
            md.append("| ").append(o.name()).append(" | ").append(o.params().isEmpty() ? "" : o.params())
                .append(" | ").append(time(o)).append(" | ").append(Format.bytes(o.allocBytesPerOp())).append(" | ");
            if (r.baseline() == null) {
                md.append("| | | |\n");
            } else {
                md.append(r.baselineLabel()).append(" | ").append(time(r.baseline())).append(" | ")
                    .append(Format.bytes(r.baseline().allocBytesPerOp())).append(" | ")
                    .append(Format.ratio(r.speedUp())).append(" |\n");
            }
        }
        final StringBuilder throughput = new StringBuilder();
        appendThroughput(throughput, "PipelineBench", "framesToSnapshots", "full pipeline");
        appendThroughput(throughput, "ReplayBench", "replay", "replay");
        appendThroughput(throughput, "ReplayBench", "read", "journal read");
        appendThroughput(throughput, "JournalAppendBench", "append", "journal append");
        if (!throughput.isEmpty()) {
            md.append("\nThroughput: ").append(throughput);
        }
        md.append("\n\n## Targets\n\n| target | required | measured | verdict |\n|---|---|---|---|\n");
        for (final Targets.Outcome t : Targets.check(measurements)) {
            md.append("| ").append(t.target()).append(" | ").append(t.required()).append(" | ").append(t.measured())
                .append(" | ").append(Boolean.TRUE.equals(t.met()) ? "**met**" : t.verdict()).append(" |\n");
        }
        md.append("\n## End-to-end latency: loopback WebSocket frame → published snapshot\n\n");
        if (latency.isEmpty()) {
            md.append("Not run.\n");
        } else {
            md.append("From each frame's planned send time (no coordinated omission), journaling on.\n\n");
            md.append("| offered frames/s | achieved | measured | p50 | p90 | p99 | p99.9 | p99.99 | max |"
                + " sender lag p50 / p99 | unfinished |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (final RateResult r : latency) {
                md.append(String.format(Locale.ROOT, "| %,d | %,.0f | %,d | %s | %s | %s | %s | %s | %s | %s / %s"
                        + " | %d |%n", r.offeredRate(), r.achievedRate(), r.measured(), Format.micros(r.p50()),
                    Format.micros(r.p90()), Format.micros(r.p99()), Format.micros(r.p999()),
                    Format.micros(r.p9999()), Format.micros(r.max()), Format.micros(r.senderLagP50()),
                    Format.micros(r.senderLagP99()), r.unfinished()));
            }
            md.append("\nMedian passes 1 ms: ").append(medianCrossing).append(".\n");
        }
        return md.toString();
    }

    private void appendThroughput(final StringBuilder md, final String benchmark, final String method,
                                  final String label) {
        for (final Measurement m : measurements) {
            if (m.benchmark().equals(benchmark) && m.method().equals(method)) {
                md.append(label).append(' ').append(Format.number(m.perSecond())).append("/s");
                md.append(m.params().isEmpty() ? "" : " (" + m.params() + ")").append("; ");
            }
        }
    }

    private static String time(final Measurement m) {
        if (!Double.isNaN(m.p50())) {
            return "p50 " + Format.number(m.p50()) + " ns (mean " + Format.number(m.score()) + ")";
        }
        return Format.number(m.score()) + (Double.isNaN(m.error()) ? "" : " ± " + Format.number(m.error())) + " ns";
    }

    private static void number(final ObjectNode n, final String field, final double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }
}
