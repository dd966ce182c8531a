package io.reckon.bench.jmh;

import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.Scratch;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.RollCycleKind;
import io.reckon.config.Venue;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalReader;
import io.reckon.journal.JournalRecord;
import io.reckon.journal.JournalWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Replay from a journal on disk, per record: {@link #replay} is the audit path (read, decode, normalise, fee sign,
 * fold, reconcile, snapshot, state-hash checkpoints verified), {@link #read} only reads the records back. The
 * journal is written once per trial by the live consumer path ({@link ConsumerHandler} with journaling on) from a
 * session of {@value #RECORDS} distinct frames, so its hash checkpoints are real and replay must match them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReplayBench {
    static final int RECORDS = 100_000;

    private Path dir;
    private final JournalRecord record = new JournalRecord(64 * 1024);
    private final ReplayDriver driver = new ReplayDriver(
        (config, startNanos) -> KernelAssembly.create(config, SnapshotListener.NONE).replaySession());

    @Setup(Level.Trial)
    public void writeJournal() {
        dir = Scratch.newDir("replay-journal");
        write(dir, RECORDS);
        final ReplayResult check = replayOnce();
        if (!check.verified() || check.inputs() != RECORDS || check.hashesChecked() == 0) {
            throw new IllegalStateException("the bench journal does not replay cleanly: " + check);
        }
    }

    @TearDown(Level.Trial)
    public void deleteJournal() {
        Scratch.deleteTree(dir);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long replay() {
        return replayOnce().inputs();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long read() {
        long sequences = 0;
        try (JournalReader reader = JournalReader.open(dir)) {
            while (reader.next(record)) {
                sequences += record.sequence();
            }
        }
        return sequences;
    }

    private ReplayResult replayOnce() {
        try (JournalReader reader = JournalReader.open(dir)) {
            return driver.replay(reader);
        }
    }

    /** Journals {@code records} session frames through the live consumer path, on this thread. */
    static void write(final Path dir, final int records) {
        final ReckonConfig config = ConfigLoader.defaultConfig();
        final List<byte[]> frames = SessionFrames.session(records);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig(config.toProperties(), 0);
            final KernelAssembly kernel = KernelAssembly.create(config, SnapshotListener.NONE);
            final ConsumerHandler handler = new ConsumerHandler(kernel.codec(), new ChronicleJournalSink(writer),
                kernel.stages());
            final RingEvent event = new RingEvent(config.slotBytes());
            for (int i = 0; i < records; i++) {
                final byte[] json = frames.get(i);
                event.reset();
                event.source = Source.WS;
                event.venue = Venue.BINGX.code();
                event.connectionId = 1;
                event.sequence = i;
                event.recvTimeNanos = 1_696_843_635_475_000_000L + 250_000_000L * i;
                event.setPayload(json, 0, json.length);
                handler.process(event);
            }
        }
    }
}
