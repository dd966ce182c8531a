package io.reckon.config;

/** The venues reckon speaks to; {@link #code()} is what a journal records. */
public enum Venue {
    BINGX(0),
    BINANCE(1);

    private static final Venue[] BY_CODE = StableCodes.byCode(Venue.class, Venue::code);

    private final int code;

    Venue(final int code) {
        this.code = code;
    }

    /** The journaled code: explicit and stable, whatever the order of the constants. */
    public int code() {
        return code;
    }

    /** The venue journaled as {@code code}, or null for a code this build does not know. */
    public static Venue of(final int code) {
        return StableCodes.of(BY_CODE, code);
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
