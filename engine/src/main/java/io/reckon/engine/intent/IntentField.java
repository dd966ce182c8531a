package io.reckon.engine.intent;

/**
 * Ids of the intent fields a rejection can name ({@link io.reckon.engine.ring.RingEvent#rejectField}), numbered from
 * {@link #BASE} so that they never collide with a venue codec's own ids. Journaled with rejected records: append
 * new ones, never renumber.
 */
public final class IntentField {
    public static final int BASE = 1000;
    public static final int NONE = BASE;
    public static final int ACTION = BASE + 1;
    public static final int TRADE_ID = BASE + 2;
    public static final int SYMBOL = BASE + 3;
    public static final int POSITION_SIDE = BASE + 4;
    public static final int SIZE = BASE + 5;
    public static final int LEVERAGE = BASE + 6;
    public static final int REASON = BASE + 7;
    public static final int REFERENCE_PRICE = BASE + 8;
    public static final int SPREAD_BPS = BASE + 9;

    private static final String[] NAMES = {
        "", "action", "tradeId", "symbol", "positionSide", "size", "leverage", "reason", "referencePrice",
        "spreadBps"};

    private IntentField() {
    }

    /** True for an id of this table (as opposed to a venue codec's). */
    public static boolean isIntentField(final int id) {
        return id >= BASE && id < BASE + NAMES.length;
    }

    /** The JSON key of an id, {@code ""} for {@link #NONE}, {@code "?"} for an id outside the table. */
    public static String name(final int id) {
        return isIntentField(id) ? NAMES[id - BASE] : "?";
    }
}
