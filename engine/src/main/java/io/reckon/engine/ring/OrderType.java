package io.reckon.engine.ring;

public enum OrderType {
    NONE,
    MARKET,
    LIMIT,
    STOP,
    STOP_MARKET,
    TAKE_PROFIT,
    TAKE_PROFIT_MARKET,
    TRIGGER_LIMIT,
    TRIGGER_MARKET,
    TRAILING_STOP_MARKET,
    TRAILING_TP_SL,
    LIQUIDATION,
    OTHER
}
