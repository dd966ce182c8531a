package io.reckon.config;

/**
 * Which legs of a round trip the order router may quote as resting post-only maker orders. {@link #TAKER} is the
 * legacy behaviour: every order is MARKET and no quote is ever left working.
 */
public enum RouterStyle {
    TAKER,
    MAKER_ENTRY,
    MAKER_EXIT,
    MAKER_BOTH;

    public boolean makerEntry() {
        return this == MAKER_ENTRY || this == MAKER_BOTH;
    }

    public boolean makerExit() {
        return this == MAKER_EXIT || this == MAKER_BOTH;
    }
}
