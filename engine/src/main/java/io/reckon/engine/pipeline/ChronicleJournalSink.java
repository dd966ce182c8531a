package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;
import io.reckon.journal.JournalLayout;
import io.reckon.journal.JournalWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals ring events to Chronicle Queue on the consumer thread, ahead of the business stages. A failed append
 * (disk full, a payload beyond the journal's record limit) is logged once and reported to the caller, which then
 * folds nothing for that event: the ledger never holds what the journal does not.
 */
public final class ChronicleJournalSink implements JournalSink {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleJournalSink.class);

    private final JournalWriter writer;
    private long failures;

    public ChronicleJournalSink(final JournalWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean append(final RingEvent e) {
        final byte[] payload = e.isOversize() ? e.oversizePayload : e.payload;
        final int length = e.isOversize() ? e.oversizePayload.length : e.payloadLength;
        final int flags = (e.compressed ? JournalLayout.FLAG_COMPRESSED : 0)
            | (e.isOversize() ? JournalLayout.FLAG_OVERSIZE : 0);
        try {
            writer.appendInput(e.venue, e.source.code(), e.topic.code(), flags, e.reject.code(),
                e.rejectField, e.connectionId, e.recvTimeNanos, e.sequence, payload, 0, length);
            return true;
        } catch (RuntimeException failure) {
            if (failures++ == 0) {
                LOG.error("journal append failed at seq {} ({} bytes): {}; events that cannot be journaled are"
                    + " not folded", e.sequence, length, failure.toString());
            }
            return false;
        }
    }

    @Override
    public void appendHash(final long sequence, final long hash) {
        try {
            writer.appendHash(sequence, hash);
        } catch (RuntimeException failure) {
            if (failures++ == 0) {
                LOG.error("journal hash checkpoint failed at seq {}: {}", sequence, failure.toString());
            }
        }
    }
}
