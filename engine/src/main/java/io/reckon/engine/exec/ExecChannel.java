package io.reckon.engine.exec;

/**
 * The connection ids of the execution thread's records on the ring. Stream connections count up from 1; the
 * execution thread's ids carry the tag {@code "EXEC"} in their upper 32 bits and a command id in the lower, so the
 * consumer tells them apart without reading a payload and the desk pairs each REST reply with the command that
 * caused it: {@link #connectionOf(long) connectionOf(0)} for the session's own records (session start, TTL ticks,
 * leverage drift checks), {@code connectionOf(n)} for the replies to command {@code n}.
 */
public final class ExecChannel {
    private static final long TAG = 0x45584543L;
    private static final long TAG_BITS = TAG << 32;
    private static final long COMMAND_MASK = 0xFFFF_FFFFL;

    /** The largest command id a session can use. */
    public static final long MAX_COMMAND = COMMAND_MASK;

    private ExecChannel() {
    }

    public static long connectionOf(final long commandId) {
        if (commandId < 0 || commandId > MAX_COMMAND) {
            throw new IllegalArgumentException("command id out of range: " + commandId);
        }
        return TAG_BITS | commandId;
    }

    public static boolean isExec(final long connectionId) {
        return connectionId >>> 32 == TAG;
    }

    /** The command id of an execution connection id (0 for the session's own records). */
    public static long commandOf(final long connectionId) {
        return connectionId & COMMAND_MASK;
    }
}
