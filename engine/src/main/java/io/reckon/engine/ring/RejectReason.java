package io.reckon.engine.ring;

import io.reckon.config.StableCodes;

/** Why a payload was rejected. Counted per reason in every snapshot and journaled with the record. */
public enum RejectReason {
    NONE(0),
    GZIP_CORRUPT(1),
    FRAME_TOO_LARGE(2),
    MALFORMED_JSON(3),
    NOT_AN_OBJECT(4),
    MISSING_EVENT_TYPE(5),
    MISSING_FIELD(6),
    NUMBER_EMPTY(7),
    NUMBER_NOT_DECIMAL(8),
    NUMBER_EXPONENT(9),
    NUMBER_OVERFLOW(10),
    ORDER_ID_INVALID(11),
    ORDER_ID_OVERFLOW(12),
    TOO_MANY_ENTRIES(13),
    ENUM_UNKNOWN(14),
    REST_ERROR(15),
    TEXT_UNKNOWN(16),
    FOLD_OVERFLOW(17),
    /** A field holds a JSON type the venue never sends there (an object where a number belongs, ...). */
    WRONG_TYPE(18),
    /** A string longer than the slot keeps (a client order id beyond {@link OrderFields#CLIENT_ID_CAPACITY}). */
    STRING_TOO_LONG(19),
    /** The decoder threw: a bug, never expected; the event is kept and journaled so it can be reproduced. */
    DECODER_FAULT(20),
    /** The journal could not record the input, so it is not folded. */
    JOURNAL_FAILED(21),
    /** A value that reads fine but cannot be meant (a size that is not above zero, a leverage beyond any venue's). */
    VALUE_OUT_OF_RANGE(22);

    private static final int COUNT = values().length;
    private static final RejectReason[] BY_CODE = StableCodes.byCode(RejectReason.class, RejectReason::code);

    /** The journaled code: explicit and stable, so a journal reads the same whatever the order of the constants. */
    private final int code;

    RejectReason(final int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant journaled as {@code code}, or null for a code this build does not know. */
    public static RejectReason of(final int code) {
        return StableCodes.of(BY_CODE, code);
    }


    /** How many reasons there are: per-reason counters are indexed by {@link #ordinal()} below this. */
    public static int count() {
        return COUNT;
    }
}
