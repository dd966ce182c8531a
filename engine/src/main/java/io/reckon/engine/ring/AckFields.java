package io.reckon.engine.ring;

/**
 * The venue-neutral reading of one of our REST order replies ({@link Source#ACK}). The order the reply describes,
 * when it describes one, is in {@link RingEvent#order}; a leverage reply's values are in {@link RingEvent#leverage}.
 */
public final class AckFields {
    public AckOutcome outcome = AckOutcome.NONE;
    /** The venue's business code; 0 when it sent none (success, or no reply at all). */
    public long venueCode;
    /** True when our REST client refused to send the call (a rate-limit cool-down): the venue never saw it. */
    public boolean notSent;

    public void clear() {
        outcome = AckOutcome.NONE;
        venueCode = 0;
        notSent = false;
    }

    public void copyFrom(final AckFields o) {
        outcome = o.outcome;
        venueCode = o.venueCode;
        notSent = o.notSent;
    }
}
