package io.reckon.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a journal directory from its first record, in append order, across every cycle file and every session
 * appended to it. The queue is opened read-only: reading never creates or changes files, and a missing or foreign
 * directory is refused before Chronicle sees it.
 *
 * <p>A record that cannot be read (truncated, unknown type, a layout newer than {@link JournalLayout#VERSION})
 * raises a {@link JournalException} naming the directory and the record's index; the reader is then positioned
 * after that record. Chronicle confines a tailer to one thread: the first thread to read owns this reader.
 * {@link #next} and {@link #tail} allocate nothing once the record's payload buffer is large enough.
 */
public final class JournalReader implements AutoCloseable {
    private final Path dir;
    private final SingleChronicleQueue queue;
    private ExcerptTailer tailer;
    private boolean closed;

    private JournalReader(final Path dir, final SingleChronicleQueue queue) {
        this.dir = dir;
        this.queue = queue;
    }

    /**
     * Opens the journal in {@code dir} for reading from the start.
     *
     * @throws JournalException "no journal at DIR" when the directory does not exist, "DIR is not a reckon
     *                          journal: no .cq4 files" when it holds no queue files
     */
    public static JournalReader open(final Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new JournalReader(dir, ChronicleQueues.openForReading(dir));
    }

    public Path dir() {
        return dir;
    }

    /**
     * Reads the next record into {@code into}.
     *
     * @return false when every record written so far has been read
     * @throws JournalException when the next record cannot be read
     */
    public boolean next(final JournalRecord into) {
        try (DocumentContext dc = tailer().readingDocument()) {
            if (!dc.isPresent()) {
                return false;
            }
            decode(dc.wire().bytes(), dc.index(), into);
            return true;
        }
    }

    /**
     * Reads the next record into {@code into}, waiting for the writer when there is none yet: between looks it
     * calls {@code pause}, which sleeps.
     *
     * @return true when a record was read, false when {@code pause} gave up waiting
     * @throws InterruptedException when the thread is interrupted while pausing
     */
    public boolean tail(final JournalRecord into, final TailPause pause) throws InterruptedException {
        int idleCount = 0;
        while (!next(into)) {
            idleCount = idleCount == Integer.MAX_VALUE ? idleCount : idleCount + 1;
            if (!pause.idle(idleCount)) {
                return false;
            }
        }
        return true;
    }

    /** Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (tailer != null) {
            tailer.close();
        }
        queue.close();
    }

    private ExcerptTailer tailer() {
        if (closed) {
            throw new IllegalStateException("journal " + dir + " is closed");
        }
        if (tailer == null) {
            tailer = queue.createTailer().toStart();
        }
        return tailer;
    }

    private void decode(final Bytes<?> bytes, final long index, final JournalRecord into) {
        require(bytes, JournalLayout.HEADER_BYTES, index, "header");
        final int version = bytes.readShort() & 0xFFFF;
        final byte code = bytes.readByte();
        if (version > JournalLayout.VERSION) {
            throw new JournalException(dir + " was written by journal layout v" + version
                + "; this build reads up to v" + JournalLayout.VERSION);
        }
        if (version < 1) {
            throw new JournalException(dir + ": record " + hex(index) + " has invalid layout version " + version);
        }
        final RecordType type = RecordType.ofCode(code);
        if (type == null) {
            throw new JournalException(dir + ": record " + hex(index) + " has unknown type " + (code & 0xFF));
        }
        into.start(index, version, type);
        switch (type) {
            case SESSION_CONFIG -> decodeConfig(bytes, index, into);
            case INPUT -> decodeInput(bytes, index, into);
            case STATE_HASH -> decodeHash(bytes, index, into);
        }
        if (bytes.readRemaining() != 0) {
            throw new JournalException(dir + ": " + type + " record " + hex(index) + " has "
                + bytes.readRemaining() + " unexpected trailing bytes");
        }
    }

    private void decodeConfig(final Bytes<?> bytes, final long index, final JournalRecord into) {
        require(bytes, JournalLayout.CONFIG_FIXED_BYTES, index, "SESSION_CONFIG");
        final long startNanos = bytes.readLong();
        final int writerLayout = bytes.readShort() & 0xFFFF;
        into.config(startNanos, writerLayout);
        readPayload(bytes, index, into, "SESSION_CONFIG");
    }

    private void decodeInput(final Bytes<?> bytes, final long index, final JournalRecord into) {
        require(bytes, JournalLayout.INPUT_FIXED_BYTES, index, "INPUT");
        final int venue = bytes.readByte() & 0xFF;
        final int source = bytes.readByte() & 0xFF;
        final int topic = bytes.readByte() & 0xFF;
        final int flags = bytes.readByte() & 0xFF;
        final int rejectReason = bytes.readShort() & 0xFFFF;
        final int rejectField = bytes.readInt();
        final long connectionId = bytes.readLong();
        final long recvTimeNanos = bytes.readLong();
        final long sequence = bytes.readLong();
        into.input(venue, source, topic, flags, rejectReason, rejectField, connectionId, recvTimeNanos, sequence);
        readPayload(bytes, index, into, "INPUT");
    }

    private void decodeHash(final Bytes<?> bytes, final long index, final JournalRecord into) {
        require(bytes, JournalLayout.HASH_BYTES, index, "STATE_HASH");
        final long sequence = bytes.readLong();
        final long hash = bytes.readLong();
        into.stateHash(sequence, hash);
    }

    /** Reads an int length and that many bytes; the length field itself is counted in the caller's fixed part. */
    private void readPayload(final Bytes<?> bytes, final long index, final JournalRecord into, final String what) {
        final int length = bytes.readInt();
        if (length < 0 || length > bytes.readRemaining()) {
            throw new JournalException(dir + ": record " + hex(index) + " is truncated: " + what + " payload of "
                + length + " bytes, " + bytes.readRemaining() + " present");
        }
        final byte[] buffer = into.payloadBuffer(length);
        bytes.read(buffer, 0, length);
    }

    private void require(final Bytes<?> bytes, final int length, final long index, final String what) {
        if (bytes.readRemaining() < length) {
            throw new JournalException(dir + ": record " + hex(index) + " is truncated: " + what + " needs "
                + length + " bytes, " + bytes.readRemaining() + " present");
        }
    }

    private static String hex(final long index) {
        return "0x" + Long.toHexString(index);
    }
}
