package io.reckon.engine.ring;

public enum OrderStatus {
    NONE,
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    EXPIRED,
    REJECTED,
    OTHER
}
