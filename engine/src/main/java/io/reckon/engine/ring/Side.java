package io.reckon.engine.ring;

public enum Side {
    NONE,
    BUY,
    SELL
}
