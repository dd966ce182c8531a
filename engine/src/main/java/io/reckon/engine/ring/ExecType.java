package io.reckon.engine.ring;

/** The venue's execution type. Never evidence of a fill on its own: BingX sends TRADE with status NEW. */
public enum ExecType {
    NONE,
    NEW,
    TRADE,
    CANCELED,
    EXPIRED,
    CALCULATED,
    OTHER
}
