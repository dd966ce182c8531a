package io.reckon.adapters.sim;

/** Kinds of broken frame the {@link FaultInjector} can send. */
public enum MalformedFrame {
    /** A valid gzip member whose JSON text is cut off halfway. */
    TRUNCATED_JSON,
    /** A gzip header followed by a deflate stream with an invalid block type. */
    CORRUPT_GZIP
}
