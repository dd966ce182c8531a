package io.reckon.engine.exec;

import java.nio.charset.StandardCharsets;

/**
 * The execution thread's own control records ({@code Source.CONTROL} on {@link ExecChannel#connectionOf(long)
 * connectionOf(0)}), journaled like every input so a replay sees them in the same place:
 * <ul>
 *   <li>{@code {"event":"exec_session","run":"<run id>"}} once at start: the run id every client order id of the
 *       session carries, so the desk builds the same ids in replay;</li>
 *   <li>{@code {"event":"exec_tick"}} from the TTL loop: the desk checks working quotes against the record's receive
 *       time, which makes every expiry decision a function of the journal.</li>
 * </ul>
 */
public final class ExecControl {
    static final byte[] SESSION_PREFIX = ascii("{\"event\":\"exec_session\",\"run\":\"");
    private static final byte[] TICK = ascii("{\"event\":\"exec_tick\"}");

    private ExecControl() {
    }

    /** Allocates (cold path, once per session). {@code runId} must be a valid run id ({@link ClientOrderIds}). */
    public static byte[] session(final String runId) {
        ClientOrderIds.requireRunId(runId);
        return ascii(new String(SESSION_PREFIX, StandardCharsets.US_ASCII) + runId + "\"}");
    }

    /** The tick record; a shared constant, never modify. */
    public static byte[] tick() {
        return TICK;
    }

    static boolean isTick(final byte[] b, final int length) {
        return length == TICK.length && startsWith(b, length, TICK);
    }

    static boolean isSession(final byte[] b, final int length) {
        return startsWith(b, length, SESSION_PREFIX);
    }

    /** The run id of a session record, or null when the record is not one of ours or the id is invalid. */
    static String runId(final byte[] b, final int length) {
        if (!isSession(b, length) || length < SESSION_PREFIX.length + 2 || b[length - 1] != '}'
            || b[length - 2] != '"') {
            return null;
        }
        final String run = new String(b, SESSION_PREFIX.length, length - SESSION_PREFIX.length - 2,
            StandardCharsets.US_ASCII);
        return ClientOrderIds.isRunId(run) ? run : null;
    }

    private static boolean startsWith(final byte[] b, final int length, final byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
