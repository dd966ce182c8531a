package io.reckon.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;

/**
 * The one consumer thread's work per event, in order: decode, journal, then the business stages; every
 * {@code hashInterval} events the ledger's state hash is journaled after the event that produced it. Replay runs
 * this same class (with {@link JournalSink#NONE}), which is what makes its snapshots identical to the live run's.
 */
public final class ConsumerHandler implements EventHandler<RingEvent> {
    private final VenueCodec codec;
    private final JournalSink journal;
    private final BusinessStages stages;
    private final int hashInterval;
    private long processed;

    public ConsumerHandler(final VenueCodec codec, final JournalSink journal, final BusinessStages stages,
                           final int hashInterval) {
        this.codec = codec;
        this.journal = journal;
        this.stages = stages;
        this.hashInterval = hashInterval;
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) {
        process(event);
    }

    /** Decodes, journals and folds one event; the replay driver calls this directly. */
    public void process(final RingEvent event) {
        try {
            codec.decode(event);
        } catch (RuntimeException bug) {
            event.rejectAs(RejectReason.DECODER_FAULT, 0);
        }
        if (!journal.append(event)) {
            event.rejectAs(RejectReason.JOURNAL_FAILED, 0);
        }
        stages.onEvent(event);
        if (++processed % hashInterval == 0) {
            journal.appendHash(event.sequence, stages.stateHash());
        }
    }

    public long processed() {
        return processed;
    }
}
