package io.reckon.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per journal directory: an exclusive OS file lock on {@value #FILE_NAME} in the directory, held from
 * {@link JournalWriter#open} to {@link JournalWriter#close}. The file records the holder's pid and the time it took
 * the lock, so a refused writer can name them; the OS lock, not the file's content, is the authority. Readers never
 * touch it.
 *
 * <p>A lock left by a process that died (even {@code kill -9}) is not a lock any more: the OS drops a process's file
 * locks when it exits, so the next writer takes it over, and logs that the previous writer did not close cleanly
 * (a clean close empties the file before releasing the lock).
 *
 * <p>The file is never deleted: deleting it while another process waits on the same path would let two writers lock
 * two different files under one name.
 *
 * <p>Within one JVM a registry refuses a second writer before any file is opened. That is not only quicker: the
 * JDK's locks are POSIX record locks, which a process loses as soon as it closes <em>any</em> descriptor of the
 * file, so a second writer in the same process must never open and close the lock file while the first holds it.
 */
final class WriterLock {
    static final String FILE_NAME = ".reckon-writer.lock";

    private static final Logger LOG = LoggerFactory.getLogger(WriterLock.class);
    /** Directories this JVM holds, by file key (device and inode where the platform has one); guarded by itself. */
    private static final Map<Object, Holder> HELD = new HashMap<>();

    private final Path dir;
    private final Object key;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(final Path dir, final Object key, final FileChannel channel, final FileLock lock) {
        this.dir = dir;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds a journal and since when, as the lock file records it. */
    record Holder(long pid, Instant since) {
        String describe() {
            return "pid " + pid + " since " + since;
        }

        String toFileText() {
            return "pid=" + pid + "\nsince=" + since + "\n";
        }

        /** The holder the file's text names, or null when the text is empty or not ours. */
        static Holder parse(final String text) {
            long pid = -1;
            Instant since = null;
            for (final String line : text.split("\n")) {
                try {
                    if (line.startsWith("pid=")) {
                        pid = Long.parseLong(line.substring(4).trim());
                    } else if (line.startsWith("since=")) {
                        since = Instant.parse(line.substring(6).trim());
                    }
                } catch (final RuntimeException e) {
                    return null;
                }
            }
            return pid < 0 || since == null ? null : new Holder(pid, since);
        }
    }

    /**
     * Takes the lock of {@code dir}, which must exist.
     *
     * @throws JournalException "journal DIR is being written by pid N since T; one writer per journal" when another
     *                          writer, in this process or another, holds it
     */
    static WriterLock acquire(final Path dir) {
        final Path file = dir.resolve(FILE_NAME);
        final Object key = keyOf(dir);
        synchronized (HELD) {
            final Holder here = HELD.get(key);
            if (here != null) {
                throw refused(dir, here.describe());
            }
            final FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            } catch (final IOException e) {
                throw new JournalException("cannot lock journal " + dir + ": " + e.getMessage(), e);
            }
            final FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (final OverlappingFileLockException e) {
                // Locked in this JVM, but not by a writer (the registry would have said so). The channel is left
                // open on purpose: closing it would drop that other lock at the OS level (see the class comment).
                throw refused(dir, "pid " + ProcessHandle.current().pid() + " (this process)");
            } catch (final IOException e) {
                closeQuietly(channel);
                throw new JournalException("cannot lock journal " + dir + ": " + e.getMessage(), e);
            }
            if (lock == null) {
                final String holder = describeOtherHolder(channel);
                closeQuietly(channel);
                throw refused(dir, holder);
            }
            try {
                final Holder previous = Holder.parse(read(channel));
                if (previous != null) {
                    LOG.warn("journal {}: the previous writer ({}) did not close it (killed or crashed); taking over"
                        + " its lock", dir, previous.describe());
                }
                final Holder self = new Holder(ProcessHandle.current().pid(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(self.toFileText().getBytes(StandardCharsets.US_ASCII)), 0);
                HELD.put(key, self);
                return new WriterLock(dir, key, channel, lock);
            } catch (final IOException e) {
                closeQuietly(channel);
                throw new JournalException("cannot lock journal " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Empties the file (a clean close) and releases the lock. Call once. */
    void release() {
        synchronized (HELD) {
            try {
                channel.truncate(0);
                lock.release();
            } catch (final IOException e) {
                LOG.warn("journal {}: releasing the writer lock: {}", dir, e.toString());
            } finally {
                closeQuietly(channel);
                HELD.remove(key);
            }
        }
    }

    private static JournalException refused(final Path dir, final String holder) {
        return new JournalException("journal " + dir + " is being written by " + holder + "; one writer per journal");
    }

    /**
     * The holder writes its pid right after locking; a writer refused in between may find the file still empty (or
     * holding a crashed writer's text), so it looks once more after a moment.
     */
    private static String describeOtherHolder(final FileChannel channel) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                final Holder h = Holder.parse(read(channel));
                if (h != null && h.pid() != ProcessHandle.current().pid()) {
                    return h.describe();
                }
                Thread.sleep(50);
            } catch (final IOException e) {
                break;
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another process (pid unknown)";
    }

    private static String read(final FileChannel channel) throws IOException {
        final long size = channel.size();
        if (size <= 0 || size > 4096) {
            return "";
        }
        final ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
            // read until full or end of file
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
    }

    private static Object keyOf(final Path dir) {
        try {
            final Object fileKey = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            return fileKey != null ? fileKey : dir.toRealPath().toString();
        } catch (final IOException e) {
            throw new JournalException("cannot lock journal " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(final FileChannel channel) {
        try {
            channel.close();
        } catch (final IOException e) {
            LOG.debug("closing a journal lock file", e);
        }
    }
}
