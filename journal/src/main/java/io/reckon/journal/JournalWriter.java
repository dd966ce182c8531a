package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Appends records to a journal directory (a Chronicle {@code SingleChronicleQueue}) in the {@link JournalLayout}
 * v1 format. Opening a directory that already holds a journal appends after its last record, so several sessions
 * share one directory and read back in order.
 *
 * <p>One writer per directory: {@link #open} takes an exclusive OS file lock on {@code .reckon-writer.lock} in the
 * directory before anything else and holds it until {@link #close()}; a second writer, in this process or another,
 * is refused at once. The OS drops the lock of a process that dies, so a killed writer never blocks the next one.
 * Readers never take it.
 *
 * <p>Single thread: Chronicle confines an appender to one thread. The appender is created by the first append, so
 * the thread that first appends owns the writer; to move appending to another thread, call {@link #handOff()} on
 * the owning thread after its last append (the usual happens-before of a thread start or a ring publish then
 * carries the state across). {@link #appendInput} and {@link #appendHash} allocate nothing after warm-up.
 *
 * <p>Retention is the operator's: Chronicle never deletes old cycle files, and neither does reckon. A new file is
 * started every hour or day ({@link RollCycleKind}); old ones stay until someone removes them.
 */
public final class JournalWriter implements AutoCloseable {
    /** The largest payload one record can hold; Chronicle bounds a document by a quarter of its block size. */
    public static final int MAX_PAYLOAD_BYTES =
        ChronicleQueues.MAX_DOCUMENT_BYTES - JournalLayout.HEADER_BYTES - JournalLayout.INPUT_FIXED_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);

    private final Path dir;
    private final SingleChronicleQueue queue;
    private final WriterLock lock;
    private ExcerptAppender appender;
    private boolean closed;

    private JournalWriter(final Path dir, final SingleChronicleQueue queue, final WriterLock lock) {
        this.dir = dir;
        this.queue = queue;
        this.lock = lock;
    }

    /** Opens (creating if needed) the journal in {@code dir}; the roll cycle follows the system clock. */
    public static JournalWriter open(final Path dir, final RollCycleKind rollCycle) {
        return open(dir, rollCycle, InstantSource.system());
    }

    /**
     * Opens (creating if needed) the journal in {@code dir}, taking its writer lock first: one writer per journal
     * directory, in this process or any other, held until {@link #close()}. {@code clock} decides only which cycle
     * file an append goes to, never any field of a record; its {@code millis()} is called on every append and must
     * not allocate for appends to stay allocation-free ({@link InstantSource#system()} does not). A directory that
     * already holds a journal keeps the roll cycle it was created with.
     *
     * @throws JournalException "journal DIR is being written by pid N since T; one writer per journal" when another
     *                          writer holds the directory (nothing is written then), or when it cannot be opened
     */
    public static JournalWriter open(final Path dir, final RollCycleKind rollCycle, final InstantSource clock) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(rollCycle, "rollCycle");
        Objects.requireNonNull(clock, "clock");
        ChronicleQueues.createDirectory(dir);
        final WriterLock lock = WriterLock.acquire(dir);
        final SingleChronicleQueue queue;
        try {
            queue = ChronicleQueues.openForWriting(dir, rollCycle, clock);
        } catch (final RuntimeException | Error e) {
            lock.release();
            throw e;
        }
        if (queue.rollCycle() != ChronicleQueues.rollCycle(rollCycle)) {
            LOG.warn("journal {} keeps its existing roll cycle {} (configured {})", dir, queue.rollCycle(), rollCycle);
        }
        LOG.info("journal {} open for appending, roll cycle {}", dir, queue.rollCycle());
        return new JournalWriter(dir, queue, lock);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Appends the SESSION_CONFIG record that starts a session: the effective configuration text (as produced by
     * {@code ReckonConfig.toProperties()}) and the session's start time. Allocates (encodes the text): a cold path.
     */
    public void appendConfig(final String properties, final long sessionStartNanos) {
        Objects.requireNonNull(properties, "properties");
        final byte[] text = properties.getBytes(StandardCharsets.UTF_8);
        checkPayloadLength(text.length, JournalLayout.CONFIG_FIXED_BYTES);
        try (DocumentContext dc = appender().writingDocument()) {
            try {
                final Bytes<?> bytes = dc.wire().bytes();
                writeHeader(bytes, RecordType.SESSION_CONFIG);
                bytes.writeLong(sessionStartNanos);
                bytes.writeShort(JournalLayout.VERSION);
                bytes.writeInt(text.length);
                bytes.write(text, 0, text.length);
            } catch (final RuntimeException | Error e) {
                dc.rollbackOnClose();
                throw e;
            }
        }
    }

    /**
     * Appends one INPUT record: the envelope of a ring event and {@code payload[off, off+len)} verbatim. Enum values
     * are passed as their ordinals (the journal knows no engine types). Does not allocate after warm-up.
     *
     * @param venue        venue ordinal, 0..255
     * @param source       source ordinal, 0..255
     * @param topic        REST topic ordinal, 0..255
     * @param flags        {@link JournalLayout#FLAG_COMPRESSED} and/or {@link JournalLayout#FLAG_OVERSIZE}
     * @param rejectReason reject reason ordinal, 0..65535
     * @param rejectField  decoder-specific detail of the rejection
     * @throws IllegalArgumentException  when a value does not fit its field or the payload exceeds
     *                                   {@link #MAX_PAYLOAD_BYTES}; nothing is written then
     * @throws IndexOutOfBoundsException when {@code [off, off+len)} is not inside {@code payload}; nothing is written
     * @throws IllegalStateException     when the writer is closed
     */
    public void appendInput(final int venue, final int source, final int topic, final int flags,
                            final int rejectReason, final int rejectField, final long connectionId,
                            final long recvTimeNanos, final long sequence,
                            final byte[] payload, final int off, final int len) {
        checkUnsignedByte(venue, "venue");
        checkUnsignedByte(source, "source");
        checkUnsignedByte(topic, "topic");
        if ((flags & ~JournalLayout.KNOWN_FLAGS) != 0) {
            throw new IllegalArgumentException("unknown flag bits: " + flags);
        }
        if ((rejectReason & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("rejectReason out of range: " + rejectReason);
        }
        Objects.checkFromIndexSize(off, len, payload.length);
        checkPayloadLength(len, JournalLayout.INPUT_FIXED_BYTES);
        try (DocumentContext dc = appender().writingDocument()) {
            try {
                final Bytes<?> bytes = dc.wire().bytes();
                writeHeader(bytes, RecordType.INPUT);
                bytes.writeByte((byte) venue);
                bytes.writeByte((byte) source);
                bytes.writeByte((byte) topic);
                bytes.writeByte((byte) flags);
                bytes.writeShort((short) rejectReason);
                bytes.writeInt(rejectField);
                bytes.writeLong(connectionId);
                bytes.writeLong(recvTimeNanos);
                bytes.writeLong(sequence);
                bytes.writeInt(len);
                bytes.write(payload, off, len);
            } catch (final RuntimeException | Error e) {
                dc.rollbackOnClose();
                throw e;
            }
        }
    }

    /** Appends a STATE_HASH checkpoint: the ledger's hash after engine sequence {@code sequence}. Does not allocate. */
    public void appendHash(final long sequence, final long hash) {
        try (DocumentContext dc = appender().writingDocument()) {
            try {
                final Bytes<?> bytes = dc.wire().bytes();
                writeHeader(bytes, RecordType.STATE_HASH);
                bytes.writeLong(sequence);
                bytes.writeLong(hash);
            } catch (final RuntimeException | Error e) {
                dc.rollbackOnClose();
                throw e;
            }
        }
    }

    /**
     * Releases the appender from the thread that has been appending, so that another thread may append next. Call
     * it on the owning thread after its last append.
     */
    public void handOff() {
        if (appender != null) {
            appender.singleThreadedCheckReset();
        }
    }

    /** Closes the queue and releases the directory's writer lock; appended records stay on disk. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (appender != null) {
                appender.close();
            }
            queue.close();
        } finally {
            lock.release();
        }
        LOG.info("journal {} closed", dir);
    }

    private ExcerptAppender appender() {
        if (closed) {
            throw new IllegalStateException("journal " + dir + " is closed");
        }
        if (appender == null) {
            appender = queue.createAppender();
        }
        return appender;
    }

    private void checkPayloadLength(final int len, final int fixedBytes) {
        if (len > ChronicleQueues.MAX_DOCUMENT_BYTES - JournalLayout.HEADER_BYTES - fixedBytes) {
            throw new IllegalArgumentException("payload of " + len + " bytes exceeds the journal limit of "
                + (ChronicleQueues.MAX_DOCUMENT_BYTES - JournalLayout.HEADER_BYTES - fixedBytes) + " bytes");
        }
    }

    private static void checkUnsignedByte(final int value, final String field) {
        if ((value & ~0xFF) != 0) {
            throw new IllegalArgumentException(field + " out of range: " + value);
        }
    }

    private static void writeHeader(final Bytes<?> bytes, final RecordType type) {
        bytes.writeShort(JournalLayout.VERSION);
        bytes.writeByte(type.code());
    }
}
