package io.reckon.bench.latency;

import io.reckon.config.WaitStrategyKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness end to end at one low rate: every frame sent over the loopback WebSocket reaches a published
 * snapshot, the first tenth is left out as warm-up, and the percentiles are ordered. Nothing here is timed.
 */
class LatencyHarnessTest {
    @Test
    void everyFrameOfALowRateRunBecomesARecordedSnapshot() throws Exception {
        final LatencyHarness harness = new LatencyHarness(new LatencyHarness.Settings(List.of(500),
            Duration.ofMillis(1_000), Duration.ofMillis(200), WaitStrategyKind.BLOCKING, Duration.ZERO));

        final List<RateResult> results = harness.run();

        assertEquals(1, results.size());
        final RateResult r = results.get(0);
        assertEquals(500, r.frames());
        assertEquals(0, r.unfinished());
        assertEquals(450, r.measured());
        assertTrue(r.p50() > 0 && r.p50() <= r.p99() && r.p99() <= r.max(), r.toString());
    }

    @Test
    void binaryFramesUseTheShortestLengthEncoding() {
        assertEquals(2 + 125, LoopbackFrameServer.binaryFrame(new byte[125]).length);
        final byte[] medium = LoopbackFrameServer.binaryFrame(new byte[300]);
        assertEquals(126, medium[1]);
        assertEquals(300, (medium[2] & 0xFF) << 8 | (medium[3] & 0xFF));
        final byte[] large = LoopbackFrameServer.binaryFrame(new byte[70_000]);
        assertEquals(127, large[1]);
        assertEquals(70_000 + 10, large.length);
        assertEquals((byte) 0x82, large[0]);
    }
}
