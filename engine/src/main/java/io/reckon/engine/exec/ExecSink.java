package io.reckon.engine.exec;

/** Where the {@link ExecutionFeed} hands its messages: the execution thread's inbox live, the desk directly in replay. */
public interface ExecSink {
    /** A cleared message to fill; never null (waits for one rather than drop an input). */
    ExecMessage claim();

    /** Hands over a message obtained from {@link #claim()}; the caller no longer touches it. */
    void post(ExecMessage message);
}
