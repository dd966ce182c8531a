package io.reckon.journal;

import java.nio.charset.StandardCharsets;

/**
 * A reusable flyweight that {@link JournalReader#next} fills with one record. Which getters are meaningful depends
 * on {@link #type()}:
 * <ul>
 *   <li>SESSION_CONFIG: {@link #sessionStartNanos()}, {@link #writerLayoutVersion()}, the configuration text as
 *       UTF-8 in {@link #payload()} (or as a String from {@link #configText()});</li>
 *   <li>INPUT: the envelope getters and the payload;</li>
 *   <li>STATE_HASH: {@link #sequence()} and {@link #hash()}.</li>
 * </ul>
 * Getters that do not apply to the current type return 0. The payload buffer is reused and grows only when a record
 * does not fit, so reading allocates nothing once the buffer has reached the largest payload seen; its bytes beyond
 * {@link #payloadLength()} are stale.
 */
public final class JournalRecord {
    private long index;
    private int layoutVersion;
    private RecordType type;
    private int venue;
    private int source;
    private int topic;
    private int flags;
    private int rejectReason;
    private int rejectField;
    private long connectionId;
    private long recvTimeNanos;
    private long sequence;
    private long hash;
    private long sessionStartNanos;
    private int writerLayoutVersion;
    private byte[] payload;
    private int payloadLength;

    public JournalRecord() {
        this(4096);
    }

    public JournalRecord(final int initialPayloadCapacity) {
        this.payload = new byte[initialPayloadCapacity];
    }

    /** The Chronicle index of this record: unique and increasing within a journal directory. */
    public long index() {
        return index;
    }

    public int layoutVersion() {
        return layoutVersion;
    }

    public RecordType type() {
        return type;
    }

    public int venue() {
        return venue;
    }

    public int source() {
        return source;
    }

    public int topic() {
        return topic;
    }

    public int flags() {
        return flags;
    }

    public boolean isCompressed() {
        return (flags & JournalLayout.FLAG_COMPRESSED) != 0;
    }

    public boolean isOversize() {
        return (flags & JournalLayout.FLAG_OVERSIZE) != 0;
    }

    public int rejectReason() {
        return rejectReason;
    }

    public int rejectField() {
        return rejectField;
    }

    public long connectionId() {
        return connectionId;
    }

    public long recvTimeNanos() {
        return recvTimeNanos;
    }

    /** The engine sequence of an INPUT, or the sequence a STATE_HASH checkpoint was taken after. */
    public long sequence() {
        return sequence;
    }

    public long hash() {
        return hash;
    }

    public long sessionStartNanos() {
        return sessionStartNanos;
    }

    /** The newest layout version the build that wrote a SESSION_CONFIG knew. */
    public int writerLayoutVersion() {
        return writerLayoutVersion;
    }

    /** The reused payload buffer; valid from 0 to {@link #payloadLength()}. */
    public byte[] payload() {
        return payload;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** The configuration text of a SESSION_CONFIG record. Allocates a String: a cold path. */
    public String configText() {
        return type == RecordType.SESSION_CONFIG ? new String(payload, 0, payloadLength, StandardCharsets.UTF_8) : "";
    }

    void start(final long index, final int layoutVersion, final RecordType type) {
        this.index = index;
        this.layoutVersion = layoutVersion;
        this.type = type;
        venue = 0;
        source = 0;
        topic = 0;
        flags = 0;
        rejectReason = 0;
        rejectField = 0;
        connectionId = 0;
        recvTimeNanos = 0;
        sequence = 0;
        hash = 0;
        sessionStartNanos = 0;
        writerLayoutVersion = 0;
        payloadLength = 0;
    }

    void input(final int venue, final int source, final int topic, final int flags, final int rejectReason,
               final int rejectField, final long connectionId, final long recvTimeNanos, final long sequence) {
        this.venue = venue;
        this.source = source;
        this.topic = topic;
        this.flags = flags;
        this.rejectReason = rejectReason;
        this.rejectField = rejectField;
        this.connectionId = connectionId;
        this.recvTimeNanos = recvTimeNanos;
        this.sequence = sequence;
    }

    void config(final long sessionStartNanos, final int writerLayoutVersion) {
        this.sessionStartNanos = sessionStartNanos;
        this.writerLayoutVersion = writerLayoutVersion;
    }

    void stateHash(final long sequence, final long hash) {
        this.sequence = sequence;
        this.hash = hash;
    }

    /** Returns a buffer of at least {@code length} bytes to read the payload into; grows (allocates) only if needed. */
    byte[] payloadBuffer(final int length) {
        if (payload.length < length) {
            // Doubling bounds the number of regrowths; no record is larger than a Chronicle document.
            final long doubled = Math.min(payload.length * 2L, ChronicleQueues.MAX_DOCUMENT_BYTES);
            payload = new byte[(int) Math.max(length, doubled)];
        }
        payloadLength = length;
        return payload;
    }
}
