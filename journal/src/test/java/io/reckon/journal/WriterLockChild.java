package io.reckon.journal;

import io.reckon.config.RollCycleKind;

import java.nio.file.Path;

/**
 * A second JVM for {@link JournalWriterLockTest}: {@code hold DIR} opens a writer on DIR, appends a session, says
 * {@code HOLDING <pid>} and waits to be killed; {@code try DIR} opens a writer and says {@code OPENED} (exit 0) or
 * {@code REFUSED <message>} (exit 3).
 */
public final class WriterLockChild {
    private WriterLockChild() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "hold" -> {
                final JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY);
                writer.appendConfig("holder=child\n", 1);
                System.out.println("HOLDING " + ProcessHandle.current().pid());
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            case "try" -> {
                try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
                    System.out.println("OPENED");
                } catch (final JournalException e) {
                    System.out.println("REFUSED " + e.getMessage());
                    System.out.flush();
                    System.exit(3);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
