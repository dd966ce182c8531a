package io.reckon.adapters.sim;

/** Direction of an order as BingX spells it on the wire ({@code side}, WS {@code S}). */
public enum OrderSide {
    BUY,
    SELL
}
