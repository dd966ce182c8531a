package io.reckon.adapters.sim;

/** {@code timeInForce} of a limit order, with BingX's wire spelling. */
public enum TimeInForce {
    GTC("GTC"),
    IOC("IOC"),
    FOK("FOK"),
    POST_ONLY("PostOnly");

    private final String wire;

    TimeInForce(final String wire) {
        this.wire = wire;
    }

    /** The spelling on the wire. */
    public String wire() {
        return wire;
    }

    /** The constant of a wire spelling, or {@code null} when BingX has no such value. */
    static TimeInForce fromWire(final String s) {
        for (final TimeInForce t : values()) {
            if (t.wire.equals(s)) {
                return t;
            }
        }
        return null;
    }
}
