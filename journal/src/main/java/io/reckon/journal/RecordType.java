package io.reckon.journal;

/**
 * The kinds of journal record. Each has a fixed one-byte code on disk; the codes are part of the layout and never
 * change meaning (the enum's ordinal is not used, so constants may be reordered freely).
 */
public enum RecordType {
    /** First record of every session: the effective configuration, so a journal replays without outside files. */
    SESSION_CONFIG(1),
    /** One input exactly as the ring saw it: envelope plus payload bytes verbatim. */
    INPUT(2),
    /** A checkpoint of the ledger's state hash after a given engine sequence, checked on replay. */
    STATE_HASH(3);

    private static final RecordType[] BY_CODE = new RecordType[256];

    static {
        for (final RecordType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final byte code;

    RecordType(final int code) {
        this.code = (byte) code;
    }

    /** The byte written on disk. */
    public byte code() {
        return code;
    }

    /** The type written as {@code code}, or null when this build knows no such type. Does not allocate. */
    public static RecordType ofCode(final byte code) {
        return BY_CODE[code & 0xFF];
    }
}
