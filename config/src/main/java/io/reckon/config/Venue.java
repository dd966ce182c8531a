package io.reckon.config;

/** The venues reckon speaks to. */
public enum Venue {
    BINGX,
    BINANCE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
