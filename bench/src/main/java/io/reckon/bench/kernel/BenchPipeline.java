package io.reckon.bench.kernel;

import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.RollCycleKind;
import io.reckon.config.Venue;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.pipeline.Pipeline;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalWriter;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;

import java.nio.file.Path;

/**
 * The live hot path, journaling on: producers hand wire frames to a {@link RingIngress} (inflating on their own
 * thread), one Disruptor consumer thread decodes, journals to Chronicle Queue and runs the kernel stages, and each
 * event publishes a snapshot. Ring size, slot size and journal settings are the shipped defaults; the wait strategy
 * is the caller's. Closing stops the consumer after it has drained the ring and deletes the journal.
 */
public final class BenchPipeline implements AutoCloseable {
    private final Path journalDir;
    private final JournalWriter journal;
    private final BenchKernel kernel;
    private final Pipeline pipeline;

    public BenchPipeline(final WaitStrategyKind waitStrategy, final SnapshotListener listener) {
        final ReckonConfig defaults = ConfigLoader.defaultConfig();
        final EpochNanoClock clock = new SystemEpochNanoClock();
        this.journalDir = Scratch.newDir("pipeline-journal");
        this.journal = JournalWriter.open(journalDir, RollCycleKind.DAILY);
        journal.appendConfig(defaults.toProperties(), clock.nanoTime());
        journal.handOff();
        this.kernel = new BenchKernel(listener);
        final ConsumerHandler handler = new ConsumerHandler(kernel.codec, new ChronicleJournalSink(journal),
            kernel.stages);
        this.pipeline = new Pipeline(defaults.ringSize(), defaults.slotBytes(), waitStrategy, handler, clock,
            Venue.BINGX.code()).start();
    }

    /** A producer handle; each thread that uses it gets its own wire reader. */
    public RingIngress newIngress() {
        return pipeline.newIngress(kernel.codec::newWireReader);
    }

    /** Snapshots published so far; readable from any thread. */
    public long published() {
        return kernel.stages.publisher().published();
    }

    public BenchKernel kernel() {
        return kernel;
    }

    @Override
    public void close() {
        pipeline.close();
        journal.close();
        Scratch.deleteTree(journalDir);
    }
}
