package io.reckon.engine.exec;

import io.reckon.engine.router.PlanAction;

/**
 * Client order ids of reckon's orders: {@code rk<run>-<e|x><command>}, for example {@code rklq3k9x2a7f-e12}.
 *
 * <ul>
 *   <li>Venue rules (BingX's order API): 1 to 40 characters, letters, digits, {@code -} and {@code _};
 *       never all letters (BingX VST refused those with a false "unique check failed"); the venue lower-cases
 *       them, so ours are lower case from the start and compare equal to what the stream echoes.</li>
 *   <li>Unique across restarts: the run id comes from the session's start time (base 36 milliseconds) and two random
 *       base-36 digits, and is journaled in the session's first execution record; the command number is unique
 *       within the run. The command number is decimal, so an id always holds a digit.</li>
 *   <li>{@code rk} marks our orders, so the consumer forwards only their stream events to the execution thread.</li>
 * </ul>
 */
public final class ClientOrderIds {
    public static final int MAX_LENGTH = 40;
    public static final int MAX_RUN_LENGTH = 14;
    static final byte P0 = 'r';
    static final byte P1 = 'k';
    private static final String PREFIX = "rk";

    private ClientOrderIds() {
    }

    /**
     * A run id from the session's start and a random number (only its value modulo 1296 is used). Allocates.
     */
    public static String newRunId(final long startEpochMs, final int random) {
        if (startEpochMs < 0) {
            throw new IllegalArgumentException("start time must not be negative");
        }
        final String suffix = Long.toString(Math.floorMod(random, 36 * 36) + 36 * 36, 36).substring(1);
        return Long.toString(startEpochMs, 36) + suffix;
    }

    /** The client order id of command {@code commandId} of run {@code runId}. Allocates. */
    public static String format(final String runId, final PlanAction action, final long commandId) {
        requireRunId(runId);
        if (commandId < 1) {
            throw new IllegalArgumentException("command id must be at least 1, got " + commandId);
        }
        final String id = PREFIX + runId + '-' + (action == PlanAction.ENTER ? 'e' : 'x') + commandId;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("client order id longer than " + MAX_LENGTH + ": " + id);
        }
        return id;
    }

    /** True when the bytes begin with reckon's mark: an order one of our runs placed. Allocation-free. */
    public static boolean isOurs(final byte[] id, final int length) {
        return length > 2 && id[0] == P0 && id[1] == P1;
    }

    static boolean isRunId(final String run) {
        if (run == null || run.isEmpty() || run.length() > MAX_RUN_LENGTH) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            final char c = run.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static void requireRunId(final String run) {
        if (!isRunId(run)) {
            throw new IllegalArgumentException("run id must be 1.." + MAX_RUN_LENGTH
                + " lower-case letters and digits, got '" + run + "'");
        }
    }
}
