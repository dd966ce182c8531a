package io.reckon.engine.ring;

/** Why a payload was rejected. Counted per reason in every snapshot and journaled with the record. */
public enum RejectReason {
    NONE,
    GZIP_CORRUPT,
    FRAME_TOO_LARGE,
    MALFORMED_JSON,
    NOT_AN_OBJECT,
    MISSING_EVENT_TYPE,
    MISSING_FIELD,
    NUMBER_EMPTY,
    NUMBER_NOT_DECIMAL,
    NUMBER_EXPONENT,
    NUMBER_OVERFLOW,
    ORDER_ID_INVALID,
    ORDER_ID_OVERFLOW,
    TOO_MANY_ENTRIES,
    ENUM_UNKNOWN,
    REST_ERROR,
    TEXT_UNKNOWN,
    FOLD_OVERFLOW,
    /** A field holds a JSON type the venue never sends there (an object where a number belongs, ...). */
    WRONG_TYPE,
    /** A string longer than the slot keeps (a client order id beyond {@link OrderFields#CLIENT_ID_CAPACITY}). */
    STRING_TOO_LONG,
    /** The decoder threw: a bug, never expected; the event is kept and journaled so it can be reproduced. */
    DECODER_FAULT,
    /** The journal could not record the input, so it is not folded. */
    JOURNAL_FAILED,
    /** A value that reads fine but cannot be meant (a size that is not above zero, a leverage beyond any venue's). */
    VALUE_OUT_OF_RANGE;

    private static final RejectReason[] VALUES = values();

    public static RejectReason of(final int ordinal) {
        return ordinal >= 0 && ordinal < VALUES.length ? VALUES[ordinal] : null;
    }

    public static int count() {
        return VALUES.length;
    }
}
