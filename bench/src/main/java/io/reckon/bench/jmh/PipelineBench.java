package io.reckon.bench.jmh;

import io.reckon.bench.frames.BenchFrames;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.BenchKernel;
import io.reckon.bench.kernel.BenchPipeline;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.snapshot.SnapshotListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The full pipeline as throughput, journaling on: gzip bytes of a session (fills, account updates, funding) handed
 * to the ring by this thread (which inflates, as a socket thread does), then the consumer thread decodes, journals
 * to Chronicle Queue, runs the stages and publishes a snapshot per frame. One operation is one frame, from the
 * first publish of a batch to the snapshot of its last frame; frames per second is 1e9 divided by the score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PipelineBench {
    /** Twice the shipped ring: the producer runs into a full ring and the consumer sets the pace. */
    static final int BATCH = 8_192;
    private static final int MASK = BenchKernel.CYCLE - 1;

    @Param({"BLOCKING", "BACKOFF"})
    public WaitStrategyKind waitStrategy;

    private BenchPipeline pipeline;
    private RingIngress ingress;
    private ByteBuffer[] frames;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        pipeline = new BenchPipeline(waitStrategy, SnapshotListener.NONE);
        ingress = pipeline.newIngress();
        final List<byte[]> session = SessionFrames.session(BenchKernel.CYCLE);
        frames = new ByteBuffer[session.size()];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = ByteBuffer.wrap(BenchFrames.gzip(session.get(i)));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        pipeline.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long framesToSnapshots() {
        final long target = pipeline.published() + BATCH;
        for (int i = 0; i < BATCH; i++) {
            ingress.wire(1, frames[next++ & MASK], true);
        }
        // Sleep, not spin, while the consumer drains the last ring-full: a spinning reader of the publish counter
        // would pull that cache line away from the consumer on every snapshot it publishes, for half of each
        // operation, and charge the consumer for the benchmark's own polling. A 20 µs sleep costs at most one
        // wake-up (~0.1 ms) per 8,192 frames.
        long published;
        while ((published = pipeline.published()) < target) {
            LockSupport.parkNanos(20_000);
        }
        return published;
    }
}
