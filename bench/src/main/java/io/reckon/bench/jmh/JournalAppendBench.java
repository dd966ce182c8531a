package io.reckon.bench.jmh;

import io.reckon.bench.frames.BenchFrame;
import io.reckon.bench.kernel.Scratch;
import io.reckon.config.ConfigLoader;
import io.reckon.config.RollCycleKind;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.journal.JournalWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Journal append of one record: the consumer's {@link ChronicleJournalSink} writing an inflated ORDER_TRADE_UPDATE
 * with its envelope to Chronicle Queue on disk. Each iteration starts a fresh journal and deletes it afterwards:
 * at a few million appends a second a journal grows by hundreds of megabytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JournalAppendBench {
    private Path dir;
    private JournalWriter writer;
    private ChronicleJournalSink sink;
    private RingEvent event;

    @Setup(Level.Iteration)
    public void open() {
        dir = Scratch.newDir("append-journal");
        writer = JournalWriter.open(dir, RollCycleKind.DAILY);
        sink = new ChronicleJournalSink(writer);
        final byte[] json = BenchFrame.ORDER_TRADE_UPDATE.json();
        event = new RingEvent(ConfigLoader.defaultConfig().slotBytes());
        event.source = Source.WS;
        event.connectionId = 1;
        event.setPayload(json, 0, json.length);
        // the first append creates the appender and the cycle file: set-up, not the cost of an append
        sink.append(event);
    }

    @TearDown(Level.Iteration)
    public void close() {
        writer.close();
        Scratch.deleteTree(dir);
    }

    @Benchmark
    public boolean append() {
        event.sequence++;
        event.recvTimeNanos += 1_000;
        return sink.append(event);
    }
}
