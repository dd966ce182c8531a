package io.reckon.journal;

/**
 * The on-disk record layout, version 1. One record is one Chronicle document, written field by field in the
 * byte order of Chronicle {@code Bytes} (little-endian on every platform Chronicle supports):
 *
 * <pre>
 * every record   short layoutVersion, byte recordType
 * SESSION_CONFIG long sessionStartNanos, short writerLayoutVersion, int textLength, UTF-8 configuration text
 * INPUT          byte venue, byte source, byte topic, byte flags, short rejectReason, int rejectField,
 *                long connectionId, long recvTimeNanos, long sequence, int payloadLength, payload bytes
 * STATE_HASH     long sequence, long hash
 * </pre>
 *
 * <p>{@code venue}, {@code source}, {@code topic} and {@code rejectReason} are the explicit codes of the engine's
 * enums ({@code code()}), never ordinals. Byte and short fields are unsigned. A reader refuses records whose layout version is newer than
 * {@link #VERSION}; a change to any record's fields means a new version, never a silent reinterpretation.
 */
public final class JournalLayout {
    /** The newest layout this build writes and reads. */
    public static final short VERSION = 1;

    /** INPUT flag: the payload is the venue's compressed wire bytes (inflating them failed). */
    public static final int FLAG_COMPRESSED = 1;
    /** INPUT flag: the payload was larger than a ring slot; it is journaled whole all the same. */
    public static final int FLAG_OVERSIZE = 1 << 1;
    /** Flag bits a v1 writer may set; the others are reserved and must be zero. */
    public static final int KNOWN_FLAGS = FLAG_COMPRESSED | FLAG_OVERSIZE;

    static final int HEADER_BYTES = 2 + 1;
    static final int CONFIG_FIXED_BYTES = 8 + 2 + 4;
    static final int INPUT_FIXED_BYTES = 1 + 1 + 1 + 1 + 2 + 4 + 8 + 8 + 8 + 4;
    static final int HASH_BYTES = 8 + 8;

    private JournalLayout() {
    }
}
