package io.reckon.engine.exec;

/** What an {@link ExecMessage} carries. */
public enum ExecMessageKind {
    NONE,
    /** An intent the freeze gate accepted. */
    INTENT,
    /** A stream order update of one of our client order ids. */
    ORDER_UPDATE,
    /** A REST reply to one of the desk's commands (order placed or refused, cancel, leverage). */
    ACK,
    /** The venue's open orders, read to confirm a cancel. */
    OPEN_ORDERS,
    /** The TTL loop's tick. */
    TICK,
    /** The execution session's start record (its run id). */
    SESSION
}
