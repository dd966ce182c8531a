package io.reckon.bench.latency;

import io.reckon.bench.frames.BenchFrames;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.BenchKernel;
import io.reckon.bench.kernel.BenchPipeline;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.ring.RestTopic;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;
import org.java_websocket.framing.CloseFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The end-to-end latency harness (not JMH): a WebSocket server on loopback sends gzip frames of a trading session at
 * fixed offered rates to reckon's WebSocket client, whose socket thread hands them to the live pipeline (journaling
 * on); the latency of each frame runs from its PLANNED send time to its published snapshot and goes into an
 * HdrHistogram. Rates are tried in increasing order; the run stops after the first rate whose median exceeds 1 ms,
 * since beyond saturation the backlog only grows.
 *
 * <p>By default the sender waits by parking, never by spinning (the machine may have two cores for everything), so
 * its own lateness (reported per rate as sender lag) is part of every figure; on a pinned host it can spin for the
 * last stretch of each wait instead ({@link Settings#senderSpin}).
 */
public final class LatencyHarness {
    /** Orchestration time (deadlines, pacing), never a stage's: injected clocks drive the kernel. */
    private static final NanoClock CLOCK = SystemNanoClock.INSTANCE;
    private static final Logger LOG = LoggerFactory.getLogger(LatencyHarness.class);
    private static final long MEDIAN_LIMIT_NANOS = 1_000_000;
    private static final Ingress DISCARD = new Ingress() {
        @Override
        public void wire(final long connectionId, final ByteBuffer data, final boolean binary) {
        }

        @Override
        public void poll(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                         final int length) {
        }

        @Override
        public void ack(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                        final int length) {
        }

        @Override
        public void intent(final byte[] body, final int offset, final int length) {
        }

        @Override
        public void control(final long connectionId, final byte[] body, final int offset, final int length) {
        }
    };

    /**
     * What to run.
     *
     * @param rates        offered rates in frames per second, in increasing order
     * @param perRate      how long each rate is offered (the first tenth is warm-up, not recorded)
     * @param warmUp       a run at the second rate before any is measured, for the JIT
     * @param waitStrategy the consumer's Disruptor wait strategy
     * @param senderSpin   how much of each wait the sender spins rather than parks; zero on a shared machine
     */
    public record Settings(List<Integer> rates, Duration perRate, Duration warmUp, WaitStrategyKind waitStrategy,
                           Duration senderSpin) {
    }

    private final Settings settings;
    private final byte[][] frames;

    public LatencyHarness(final Settings settings) {
        this.settings = settings;
        final List<byte[]> session = SessionFrames.session(BenchKernel.CYCLE);
        this.frames = new byte[session.size()][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = LoopbackFrameServer.binaryFrame(BenchFrames.gzip(session.get(i)));
        }
    }

    /** Runs the warm-up, then every rate until the median passes 1 ms. */
    public List<RateResult> run() throws IOException, InterruptedException {
        final List<RateResult> results = new ArrayList<>();
        try (LoopbackFrameServer server = new LoopbackFrameServer()) {
            final FrameClient client = new FrameClient(URI.create("ws://127.0.0.1:" + server.port() + "/swap-market"));
            client.target(DISCARD);
            client.connect();
            server.accept(10_000);
            if (!client.awaitOpen(10, TimeUnit.SECONDS)) {
                throw new IOException("the harness client did not connect");
            }
            try {
                final int warmRate = settings.rates().get(Math.min(1, settings.rates().size() - 1));
                LOG.info("latency warm-up: {} frames/s for {}", warmRate, settings.warmUp());
                runRate(server, client, warmRate, settings.warmUp());
                for (final int rate : settings.rates()) {
                    final RateResult r = runRate(server, client, rate, settings.perRate());
                    results.add(r);
                    LOG.info("latency {} frames/s: p50 {} µs, p99 {} µs, max {} µs, sender lag p99 {} µs", rate,
                        r.p50() / 1000, r.p99() / 1000, r.max() / 1000, r.senderLagP99() / 1000);
                    if (r.p50() > MEDIAN_LIMIT_NANOS || r.unfinished() > 0) {
                        break;
                    }
                }
            } finally {
                // the server does not answer a closing handshake: drop the connection
                client.closeConnection(CloseFrame.NORMAL, "harness done");
            }
        }
        return results;
    }

    /** The offered rate at which the median passed 1 ms, as a sentence for the report. */
    public static String medianCrossing(final List<RateResult> results) {
        RateResult below = null;
        for (final RateResult r : results) {
            if (r.p50() > MEDIAN_LIMIT_NANOS) {
                return below == null
                    ? "already at " + r.offeredRate() + " frames/s, the lowest rate tried (p50 " + r.p50() / 1000
                        + " µs)"
                    : "between " + below.offeredRate() + " frames/s (p50 " + below.p50() / 1000 + " µs) and "
                        + r.offeredRate() + " frames/s (p50 " + r.p50() / 1000 + " µs)";
            }
            below = r;
        }
        return below == null ? "not measured"
            : "not reached: p50 stayed under 1 ms up to " + below.offeredRate() + " frames/s, the highest rate tried";
    }

    private RateResult runRate(final LoopbackFrameServer server, final FrameClient client, final int rate,
                               final Duration duration) throws IOException, InterruptedException {
        final long count = Math.max(1, rate * duration.toNanos() / 1_000_000_000L);
        final LatencyRecorder recorder = new LatencyRecorder(rate, count / 10);
        final Histogram lag = new Histogram(1, 600_000_000_000L, 3);
        final long spin = settings.senderSpin().toNanos();
        // the previous rate's ring (a quarter of a gigabyte with the shipped slot size) goes before the clock starts
        System.gc();
        long start;
        long lastSend;
        try (BenchPipeline pipeline = new BenchPipeline(settings.waitStrategy(), recorder)) {
            client.target(pipeline.newIngress());
            start = CLOCK.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            lastSend = start;
            recorder.begin(start);
            for (long n = 0; n < count; n++) {
                final long planned = recorder.plannedNanos(n);
                long now = CLOCK.nanoTime();
                while (now < planned - spin) {
                    LockSupport.parkNanos(planned - spin - now);
                    now = CLOCK.nanoTime();
                }
                while (now < planned) {
                    Thread.onSpinWait();
                    now = CLOCK.nanoTime();
                }
                lag.recordValue(Math.max(1, now - planned));
                server.send(frames[(int) (n % frames.length)]);
                lastSend = now;
            }
            final long deadline = CLOCK.nanoTime() + duration.toNanos() * 2 + TimeUnit.SECONDS.toNanos(5);
            while (recorder.processed() < count && CLOCK.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            client.target(DISCARD);
        }
        final long unfinished = count - recorder.processed();
        if (unfinished > 0) {
            recorder.recordUnfinished(recorder.processed(), count, CLOCK.nanoTime());
        }
        final Histogram h = recorder.histogram();
        final double sendSeconds = Math.max(1, lastSend - start) / 1e9;
        return new RateResult(rate, count, h.getTotalCount(), count / sendSeconds, unfinished,
            h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
            h.getValueAtPercentile(99.9), h.getValueAtPercentile(99.99), h.getMaxValue(),
            lag.getValueAtPercentile(50), lag.getValueAtPercentile(99));
    }
}
