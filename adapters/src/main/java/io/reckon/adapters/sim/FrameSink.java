package io.reckon.adapters.sim;

/** Where the venue's user-stream events go: the WebSocket server live, a list in unit tests. */
interface FrameSink {
    /** Publishes one event's JSON; called with the venue lock held, in event order. */
    void publish(String json);
}
