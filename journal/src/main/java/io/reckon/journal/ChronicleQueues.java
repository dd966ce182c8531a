package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Iterator;

/** How reckon builds its Chronicle queues: one place for the roll cycle, block size and directory checks. */
final class ChronicleQueues {
    /**
     * Size of one memory-mapped block. Chronicle caps a single document at a quarter of it (measured on
     * chronicle-queue 2026.4: a document body may hold exactly 16 MiB with 64 MiB blocks), which is what bounds the
     * payload of one record.
     */
    static final long BLOCK_SIZE = 64L << 20;
    static final int MAX_DOCUMENT_BYTES = (int) (BLOCK_SIZE / 4);

    private ChronicleQueues() {
    }

    /**
     * The FAST_ cycles are the only hourly and daily cycles chronicle-queue 2026.x still has (the plain HOURLY and
     * DAILY constants are gone; DEFAULT is FAST_DAILY). Each allows 2^32-1 records per cycle and indexes every
     * 256th record, which keeps index upkeep off most appends.
     */
    static RollCycles rollCycle(final RollCycleKind kind) {
        return switch (kind) {
            case HOURLY -> RollCycles.FAST_HOURLY;
            case DAILY -> RollCycles.FAST_DAILY;
        };
    }

    static void createDirectory(final Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (final IOException | RuntimeException e) {
            throw new JournalException("cannot open journal " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Opens the queue of {@code dir}, which exists (and whose writer lock the caller holds). */
    static SingleChronicleQueue openForWriting(final Path dir, final RollCycleKind kind, final InstantSource clock) {
        try {
            return SingleChronicleQueueBuilder.binary(dir)
                .rollCycle(rollCycle(kind))
                .blockSize(BLOCK_SIZE)
                .timeProvider(new InstantSourceTimeProvider(clock))
                .build();
        } catch (final RuntimeException e) {
            throw new JournalException("cannot open journal " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Checks the directory before Chronicle sees it, so that a wrong path creates nothing on disk. */
    static SingleChronicleQueue openForReading(final Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new JournalException("no journal at " + dir);
        }
        final String cycleFile = anyQueueFile(dir);
        if (cycleFile == null) {
            throw new JournalException(dir + " is not a reckon journal: no .cq4 files");
        }
        try {
            return SingleChronicleQueueBuilder.binary(dir)
                .readOnly(true)
                .rollCycle(rollCycleOfFile(cycleFile))
                .blockSize(BLOCK_SIZE)
                .build();
        } catch (final RuntimeException e) {
            throw new JournalException("cannot open journal " + dir + " for reading: " + e.getMessage(), e);
        }
    }

    private static String anyQueueFile(final Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.cq4")) {
            final Iterator<Path> it = files.iterator();
            return it.hasNext() ? it.next().getFileName().toString() : null;
        } catch (final IOException e) {
            throw new JournalException("cannot list journal " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The queue's metadata is the authority on its roll cycle, but Chronicle logs a warning whenever the builder's
     * cycle differs from it; telling the two cycles apart by file name ({@code 20231114-22F.cq4} hourly,
     * {@code 20231114F.cq4} daily) keeps reading quiet.
     */
    private static RollCycles rollCycleOfFile(final String fileName) {
        return fileName.length() == "yyyyMMdd-HHF.cq4".length() && fileName.charAt(8) == '-'
            ? RollCycles.FAST_HOURLY
            : RollCycles.FAST_DAILY;
    }

    /** Chronicle decides the cycle of each append from this clock; injecting it makes roll-over testable. */
    private static final class InstantSourceTimeProvider implements TimeProvider {
        private final InstantSource clock;

        InstantSourceTimeProvider(final InstantSource clock) {
            this.clock = clock;
        }

        @Override
        public long currentTimeMillis() {
            return clock.millis();
        }
    }
}
