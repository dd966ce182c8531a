package io.reckon.engine.ring;

/** A per-symbol leverage and margin-mode fact (BingX ACCOUNT_CONFIG_UPDATE and the config SNAPSHOT). */
public final class LeverageFields {
    public int symbolId;
    public int longLeverage;
    public int shortLeverage;
    public MarginMode marginMode = MarginMode.NONE;

    public void clear() {
        symbolId = 0;
        longLeverage = 0;
        shortLeverage = 0;
        marginMode = MarginMode.NONE;
    }
}
