package io.reckon.engine.replay;

import io.reckon.config.ConfigLoader;
import io.reckon.config.Venue;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.pipeline.JournalSink;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.journal.JournalException;
import io.reckon.journal.JournalReader;
import io.reckon.journal.JournalRecord;

import java.util.Arrays;

/**
 * Feeds a journal through the same consumer path the live run used ({@link ConsumerHandler}: decode, then the
 * business stages), one session at a time: each SESSION_CONFIG record starts fresh stages built from the
 * configuration it holds, so a journal replays without outside files. STATE_HASH records are checked against the
 * replayed ledger; the first mismatch is reported with its sequence number.
 */
public final class ReplayDriver {
    private final ReplaySession.Factory factory;

    public ReplayDriver(final ReplaySession.Factory factory) {
        this.factory = factory;
    }

    /** Replays every record {@code reader} holds. Throws {@link JournalException} for an unusable journal. */
    public ReplayResult replay(final JournalReader reader) {
        final JournalRecord record = new JournalRecord();
        RingEvent event = null;
        ReplaySession session = null;
        ConsumerHandler handler = null;
        long sessions = 0;
        long inputs = 0;
        long checked = 0;
        long lastMatched = -1;
        while (reader.next(record)) {
            switch (record.type()) {
                case SESSION_CONFIG -> {
                    session = factory.open(ConfigLoader.fromJournaled(record.configText()),
                        record.sessionStartNanos());
                    event = new RingEvent(session.config().slotBytes());
                    handler = new ConsumerHandler(session.codec(), JournalSink.NONE, session.stages(),
                        connectionId -> { }, session.tap());
                    sessions++;
                }
                case INPUT -> {
                    if (handler == null) {
                        throw new JournalException(reader.dir() + " has input records before any session"
                            + " configuration record (index " + record.index() + ")");
                    }
                    load(record, event);
                    handler.process(event);
                    inputs++;
                }
                case STATE_HASH -> {
                    if (session == null) {
                        break;
                    }
                    checked++;
                    final long actual = session.stages().stateHash();
                    if (actual != record.hash()) {
                        return new ReplayResult(sessions, inputs, checked, record.sequence(), lastMatched,
                            record.hash(), actual);
                    }
                    lastMatched = record.sequence();
                }
                default -> throw new JournalException("unknown record type at index " + record.index());
            }
        }
        return new ReplayResult(sessions, inputs, checked, -1, lastMatched, 0, 0);
    }

    /** Restores a journaled input into a slot exactly as the live producer had filled it. */
    static void load(final JournalRecord r, final RingEvent e) {
        e.reset();
        e.venue = r.venue();
        e.source = Source.of(r.source());
        e.topic = RestTopic.of(r.topic());
        if (Venue.of(r.venue()) == null || e.source == null || e.topic == null
            || RejectReason.of(r.rejectReason()) == null) {
            throw unknownCode(r, e);
        }
        e.connectionId = r.connectionId();
        e.recvTimeNanos = r.recvTimeNanos();
        e.sequence = r.sequence();
        e.compressed = r.isCompressed();
        if (r.isOversize()) {
            e.oversizePayload = Arrays.copyOf(r.payload(), r.payloadLength());
        } else {
            System.arraycopy(r.payload(), 0, e.payload, 0, r.payloadLength());
            e.payloadLength = r.payloadLength();
        }
    }

    /** Cold path: names each code of the record this build does not know, e.g. "source code 99". */
    private static JournalException unknownCode(final JournalRecord r, final RingEvent e) {
        final StringBuilder unknown = new StringBuilder();
        if (Venue.of(r.venue()) == null) {
            unknown.append(", venue code ").append(r.venue());
        }
        if (e.source == null) {
            unknown.append(", source code ").append(r.source());
        }
        if (e.topic == null) {
            unknown.append(", topic code ").append(r.topic());
        }
        if (RejectReason.of(r.rejectReason()) == null) {
            unknown.append(", reject code ").append(r.rejectReason());
        }
        return new JournalException("input record " + r.index() + " (seq " + r.sequence() + ") has "
            + unknown.substring(2) + ", which this build does not know: written by a newer build?");
    }
}
