package io.reckon.engine.exec;

/**
 * Timing rules of the execution desk, in milliseconds of journal time.
 *
 * @param cancelRetryMs     how long after the venue's open orders still showed a cancelled order it is cancelled
 *                          again (an orphaned quote is a risk failure, so the desk never stops asking)
 * @param exitResendDelayMs how long an exit that did not reach the venue (rate limited, or no reply and no stream
 *                          trace) waits before it is sent again: at least the client's rate-limit cool-down
 * @param maxExitResends    re-sends of one trade's exit before it is abandoned (logged as an error)
 */
public record DeskSettings(long cancelRetryMs, long exitResendDelayMs, int maxExitResends) {

    public DeskSettings {
        if (cancelRetryMs < 1 || exitResendDelayMs < 1 || maxExitResends < 0) {
            throw new IllegalArgumentException("cancelRetryMs and exitResendDelayMs must be positive, maxExitResends"
                + " not negative");
        }
    }

    public static DeskSettings defaults() {
        return new DeskSettings(1_000, 5_000, 3);
    }
}
