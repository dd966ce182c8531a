package io.reckon.adapters.sim;

/**
 * Status of an order. The WebSocket spells it as the constant name; REST spells two of them differently
 * (as BingX's open-orders and cancel replies show): a resting unfilled order is {@code PENDING} and a cancelled one
 * {@code CANCELLED}.
 */
public enum OrderState {
    NEW("PENDING"),
    PARTIALLY_FILLED("PARTIALLY_FILLED"),
    FILLED("FILLED"),
    CANCELED("CANCELLED"),
    EXPIRED("EXPIRED");

    private final String rest;

    OrderState(final String rest) {
        this.rest = rest;
    }

    /** The spelling of this status in REST order bodies. */
    public String restName() {
        return rest;
    }

    /** True while the order can still fill. */
    public boolean isOpen() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
