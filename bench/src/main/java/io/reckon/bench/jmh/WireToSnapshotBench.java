package io.reckon.bench.jmh;

import io.reckon.bench.baseline.NaiveWirePath;
import io.reckon.bench.frames.BenchFrames;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.BenchKernel;
import io.reckon.config.ConfigLoader;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.SnapshotListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wire to snapshot on one thread: the gzip bytes of an ORDER_TRADE_UPDATE fill, inflated, decoded into a ring slot,
 * normalised, fee-signed, folded, reconciled and published as a snapshot, each frame a new order. Run in average
 * time (mean, allocation) and sampled (the median, which the target is about). The baseline is the same work done the usual way (new
 * {@code GZIPInputStream}, Jackson into a map, a {@code BigDecimal} fold, a snapshot object).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WireToSnapshotBench {
    private static final int MASK = BenchKernel.CYCLE - 1;

    private BenchKernel kernel;
    private RingEvent slot;
    private ByteBuffer[] frames;
    private byte[][] gzip;
    private NaiveWirePath naive;
    private long sequence;
    private int next;

    @Setup
    public void setUp() {
        kernel = new BenchKernel(SnapshotListener.NONE);
        slot = new RingEvent(ConfigLoader.defaultConfig().slotBytes());
        final List<byte[]> fills = SessionFrames.fills(BenchKernel.CYCLE);
        frames = new ByteBuffer[fills.size()];
        gzip = new byte[fills.size()][];
        for (int i = 0; i < frames.length; i++) {
            gzip[i] = BenchFrames.gzip(fills.get(i));
            frames[i] = ByteBuffer.wrap(gzip[i]);
        }
        naive = new NaiveWirePath(new BigDecimal(SessionFrames.SEED_USDT), BenchKernel.config().defaultLeverage());
    }

    @Benchmark
    public long reckon() {
        final RingEvent e = slot;
        e.reset();
        e.source = Source.WS;
        e.connectionId = 1;
        e.sequence = ++sequence;
        e.recvTimeNanos = sequence * 1_000L;
        kernel.codec.fromWire(frames[next++ & MASK], true, e);
        kernel.stages.onEvent(e);
        return kernel.stages.current().version;
    }

    @Benchmark
    public Object naive() throws IOException {
        return naive.onFrame(gzip[next++ & MASK]);
    }
}
