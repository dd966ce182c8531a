package io.reckon.journal;

import java.time.Duration;

/**
 * What a tailing {@link JournalReader} does when it has caught up with the writer: sleep (never spin: the machine
 * is shared) and say whether to keep waiting.
 */
@FunctionalInterface
public interface TailPause {
    /**
     * Called each time the reader finds nothing new.
     *
     * @param idleCount how many times in a row nothing was found, starting at 1
     * @return true to look again, false to stop waiting
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean idle(int idleCount) throws InterruptedException;

    /** Sleeps {@code interval} (at least 1 ms) between looks and waits until the thread is interrupted. */
    static TailPause sleeping(final Duration interval) {
        final long millis = Math.max(1, interval.toMillis());
        return idleCount -> {
            Thread.sleep(millis);
            return true;
        };
    }
}
