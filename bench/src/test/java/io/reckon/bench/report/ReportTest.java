package io.reckon.bench.report;

import io.reckon.bench.latency.LatencyHarness;
import io.reckon.bench.latency.RateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report pairs ours with the baselines of the same parameters and judges each target by how much it is off. */
class ReportTest {
    private static final List<Measurement> RUN = List.of(
        avgt("DecodeBench", "reckon", "frame=ORDER_TRADE_UPDATE", 200, 0.01),
        avgt("DecodeBench", "jackson", "frame=ORDER_TRADE_UPDATE", 3000, 3000),
        avgt("DecodeBench", "dslJson", "frame=ORDER_TRADE_UPDATE", 1000, 1000),
        avgt("DecodeBench", "reckon", "frame=FUNDING_FEE", 100, 0.02),
        avgt("DecodeBench", "jackson", "frame=FUNDING_FEE", 900, 2000),
        avgt("InflateBench", "reckon", "frame=ORDER_TRADE_UPDATE", 1500, 0.03),
        avgt("InflateBench", "gzipInputStream", "frame=ORDER_TRADE_UPDATE", 2250, 1600),
        new Measurement("WireToSnapshotBench", "reckon", "", "avgt+sample", 900, 10, "ns/op", 800, 0.5),
        new Measurement("WireToSnapshotBench", "naive", "", "avgt+sample", 9000, 10, "ns/op", 8800, 14000),
        avgt("PipelineBench", "framesToSnapshots", "waitStrategy=BLOCKING", 4000, 26),
        avgt("ReplayBench", "replay", "", 400, 0.1));

    @Test
    void speedUpIsTheBaselineTimeOverOursForTheSameParameters() {
        assertEquals(15.0, Comparisons.speedUp(RUN, "DecodeBench", "reckon", "jackson", "frame=ORDER_TRADE_UPDATE"));
        assertEquals(9.0, Comparisons.speedUp(RUN, "DecodeBench", "reckon", "jackson", "frame=FUNDING_FEE"));
        assertEquals(11.0, Comparisons.speedUp(RUN, "WireToSnapshotBench", "reckon", "naive", ""),
            "sampled benchmarks compare medians");
        assertTrue(Double.isNaN(Comparisons.speedUp(RUN, "DecodeBench", "reckon", "dslJson", "frame=FUNDING_FEE")));
    }

    @Test
    void baselinesAppearOnlyBesideOursOneRowEach() {
        final List<Comparisons.Row> rows = Comparisons.rows(RUN);

        assertTrue(rows.stream().noneMatch(r -> r.ours().method().equals("jackson")));
        assertEquals(2, rows.stream().filter(r -> r.ours().params().equals("frame=ORDER_TRADE_UPDATE")
            && r.ours().benchmark().equals("DecodeBench")).count());
        assertNull(rows.stream().filter(r -> r.ours().benchmark().equals("ReplayBench")).findFirst().orElseThrow()
            .baseline());
    }

    @Test
    void theOrderPathIsComparedWithTheNaiveOrderOfTheSameKind() {
        final List<Comparisons.Row> rows = Comparisons.rows(List.of(
            avgt("OrderPathBench", "reckon", "order=MARKET", 3000, 2000),
            avgt("OrderPathBench", "naive", "order=MARKET", 9000, 9000),
            avgt("OrderPathBench", "reckon", "order=POST_ONLY", 4000, 2000),
            avgt("OrderPathBench", "naive", "order=POST_ONLY", 10000, 9000)));

        assertEquals(2, rows.size());
        assertEquals("naive", rows.get(0).baseline().method());
        assertEquals(3.0, rows.get(0).speedUp());
        assertEquals(2.5, rows.get(1).speedUp());
    }

    @Test
    void targetsSayMetOrByHowMuchTheyWereMissed() {
        final List<Targets.Outcome> outcomes = Targets.check(RUN);

        assertEquals("met", outcome(outcomes, "decode ORDER_TRADE_UPDATE vs Jackson").verdict());
        assertEquals("not measured", outcome(outcomes, "decode ORDER_TRADE_UPDATE_LAST_FILL vs Jackson").verdict());
        assertEquals("missed by 25%", outcome(outcomes, "inflate ORDER_TRADE_UPDATE vs new GZIPInputStream")
            .verdict());
        assertEquals("met", outcome(outcomes, "wire to snapshot, one thread: median").verdict());
        assertEquals("met", outcome(outcomes, "wire to snapshot vs naive baseline (medians)").verdict());
        assertEquals("missed by 75%", outcome(outcomes, "full pipeline, journaling on").verdict());
        assertEquals("met", outcome(outcomes, "replay from disk (decode, stages, hash checks)").verdict());
        assertEquals("missed: 26.0 B/op", outcome(outcomes, "0 B/op: full pipeline").verdict());
        assertEquals(Boolean.TRUE, outcome(outcomes, "0 B/op: decode (every event type)").met());
    }

    @Test
    void writesJsonAndMarkdownWithEveryBenchmarkTargetAndRate(@TempDir final Path dir) throws IOException {
        final List<RateResult> latency = List.of(
            new RateResult(1000, 2000, 1800, 1000, 0, 90_000, 120_000, 400_000, 900_000, 1_000_000, 1_100_000,
                20_000, 60_000),
            new RateResult(50_000, 100_000, 90_000, 49_000, 0, 2_500_000, 3_000_000, 4_000_000, 5_000_000,
                6_000_000, 7_000_000, 20_000, 60_000));
        final Environment env = new Environment("2026-01-01T00:00", "quick", "OpenJDK", "17", "vendor",
            List.of("-Xmx2g"), "cpu", 2, "Linux", 3.0, 3.5, "BLOCKING", "1 fork", "rates");
        final ReportWriter writer = new ReportWriter(env, RUN, latency, LatencyHarness.medianCrossing(latency));

        writer.writeJson(dir.resolve("results.json"));
        final String json = Files.readString(dir.resolve("results.json"));
        final String md = writer.markdown();

        assertTrue(json.contains("\"allocBytesPerOp\"") && json.contains("\"speedUp\" : 15.0"), json);
        assertFalse(json.contains("NaN"), "NaN is written as null");
        assertTrue(md.contains("| DecodeBench.reckon | frame=ORDER_TRADE_UPDATE | 200 ± 1 ns | 0 (0.010) |"
            + " Jackson databind → Map | 3,000 ± 1 ns | 3,000 | 15.0× |"), md);
        assertTrue(md.contains("| full pipeline, journaling on | ≥ 1.00 M frames/s | 250,000 frames/s |"
            + " missed by 75% |"), md);
        assertTrue(md.contains("Median passes 1 ms: between 1000 frames/s (p50 90 µs) and 50000 frames/s"), md);
        assertTrue(md.contains("a shared, busy machine"), md);
        assertTrue(md.contains("Throughput: full pipeline 250,000/s (waitStrategy=BLOCKING); replay"), md);
    }

    @Test
    void aRunWithoutThroughputBenchmarksPrintsNoThroughputLine() {
        final Environment env = new Environment("2026-01-01T00:00", "quick", "OpenJDK", "17", "vendor",
            List.of("-Xmx2g"), "cpu", 2, "Linux", 0.5, 0.5, "BLOCKING", "1 fork", "rates");
        final List<Measurement> decodeOnly = RUN.subList(0, 3);

        final String md = new ReportWriter(env, decodeOnly, List.of(), LatencyHarness.medianCrossing(List.of())).markdown();

        assertFalse(md.contains("Throughput:"), md);
    }

    @Test
    void medianCrossingSaysWhenTheLimitWasNeverReached() {
        final RateResult low = new RateResult(1000, 1, 1, 1, 0, 50_000, 1, 1, 1, 1, 1, 1, 1);

        assertTrue(LatencyHarness.medianCrossing(List.of(low)).startsWith("not reached"));
        assertEquals("not measured", LatencyHarness.medianCrossing(List.of()));
    }

    private static Targets.Outcome outcome(final List<Targets.Outcome> outcomes, final String target) {
        return outcomes.stream().filter(o -> o.target().equals(target)).findFirst().orElseThrow();
    }

    private static Measurement avgt(final String bench, final String method, final String params,
                                    final double score, final double alloc) {
        return new Measurement(bench, method, params, "avgt", score, 1, "ns/op", Double.NaN, alloc);
    }
}
