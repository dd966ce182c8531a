package io.reckon.engine.ring;

/** What moved money in a row of the venue's income history (fund flow). */
public enum IncomeType {
    NONE,
    FUNDING_FEE,
    REALIZED_PNL,
    TRADING_FEE,
    TRANSFER,
    /** Any other flow the venue lists (bonuses, liquidation fees, ...): kept, never booked as funding. */
    OTHER
}
