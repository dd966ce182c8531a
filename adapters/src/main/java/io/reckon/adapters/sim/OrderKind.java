package io.reckon.adapters.sim;

/** Order types the simulator matches ({@code type}, WS {@code o}). */
public enum OrderKind {
    MARKET,
    LIMIT
}
