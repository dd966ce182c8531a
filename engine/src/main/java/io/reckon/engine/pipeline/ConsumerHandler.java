package io.reckon.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one consumer thread's work per event, in order: decode, journal, then the business stages, then the
 * {@link EventTap} (which hands accepted intents and our order events to the execution thread). When the stages
 * take a state-hash checkpoint (they count the hash interval), that hash is journaled after the event that
 * produced it: the journal's checkpoints and the snapshots' hashes are one and the same. Replay runs this same
 * class (with {@link JournalSink#NONE}), which is what makes its snapshots identical to the live run's.
 */
public final class ConsumerHandler implements EventHandler<RingEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerHandler.class);

    private final VenueCodec codec;
    private final JournalSink journal;
    private final BusinessStages stages;
    private final StreamSignals signals;
    private final EventTap tap;
    private final boolean[] reasonLogged = new boolean[RejectReason.count()];
    /** Whether an event has been folded since the last journaled checkpoint. */
    private boolean sinceCheckpoint;
    private long lastSequence = -1;

    public ConsumerHandler(final VenueCodec codec, final JournalSink journal, final BusinessStages stages) {
        this(codec, journal, stages, connectionId -> { });
    }

    /** @param signals told when a stream frame decodes as listenKeyExpired, so the stream rotates */
    public ConsumerHandler(final VenueCodec codec, final JournalSink journal, final BusinessStages stages,
                           final StreamSignals signals) {
        this(codec, journal, stages, signals, EventTap.NONE);
    }

    /** @param tap sees every event once the business stages are done with it (the execution feed) */
    public ConsumerHandler(final VenueCodec codec, final JournalSink journal, final BusinessStages stages,
                           final StreamSignals signals, final EventTap tap) {
        this.codec = codec;
        this.journal = journal;
        this.stages = stages;
        this.signals = signals;
        this.tap = tap;
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
        if (event.decoded == DecodedKind.REJECTED && !reasonLogged[event.reject.ordinal()]) {
            logFirstRejection(event);
        }
        lastSequence = event.sequence;
        if (stages.onEvent(event)) {
            journal.appendHash(event.sequence, stages.checkpointHash());
            sinceCheckpoint = false;
        } else {
            sinceCheckpoint = true;
        }
        if (event.decoded == DecodedKind.LISTEN_KEY_EXPIRED) {
            signals.listenKeyExpired(event.connectionId);
        }
        tap.onProcessed(event);
    }

    /** Cold path, once per reason: later rejections of the same reason are only counted (in the snapshot). */
    private void logFirstRejection(final RingEvent event) {
        reasonLogged[event.reject.ordinal()] = true;
        LOG.warn("rejected input seq {} from {} ({} bytes): {}{}; journaled, not folded; further {} rejections are"
                + " counted, not logged", event.sequence, event.source, event.isOversize()
                ? event.oversizePayload.length : event.payloadLength, event.reject,
            detail(event), event.reject);
    }

    private String detail(final RingEvent event) {
        if (event.reject == RejectReason.REST_ERROR) {
            return " (venue code " + event.rejectField + ")";
        }
        return event.rejectField == 0 ? "" : " at " + codec.fieldName(event.rejectField);
    }

    /** Journals the final state hash on the consumer thread, so every journal ends with a checkpoint. */
    @Override
    public void onShutdown() {
        if (sinceCheckpoint) {
            journal.appendHash(lastSequence, stages.stateHash());
            sinceCheckpoint = false;
        }
    }
}
