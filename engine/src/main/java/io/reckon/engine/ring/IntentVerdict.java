package io.reckon.engine.ring;

/**
 * The kernel's answer to a decoded intent, set on the consumer thread from the reconcile status of that moment, so
 * a replay gives every intent the verdict the live run gave it.
 */
public enum IntentVerdict {
    /** Not an intent, or one the decoder rejected. */
    NONE,
    /** Handed to the execution thread. */
    ACCEPTED,
    /** An ENTER while the books are frozen (reconcile ERROR); exits are never refused. */
    REFUSED_FROZEN;

    private static final IntentVerdict[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }
}
