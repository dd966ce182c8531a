package io.reckon.engine.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the desk's orders of each trade have filled, readable from any thread while the desk runs: how a strategy
 * learns that its own entry opened and its own exit closed. The kernel's position count cannot tell: a position
 * already on the book for the same symbol and side (another trade's, or one whose close the stream lost) hides a
 * new entry. The desk learns fills from the venue's order replies as well as the stream's order events, so these
 * figures hold while the stream loses frames.
 *
 * <p>Written by the desk's thread only, once per input that changed the trade, as one immutable {@link Fill}, so a
 * reader never sees an entry's quantity without the order state that goes with it. Holds one entry per trade the
 * desk has seen, like the desk itself.
 */
public final class TradeFills {
    /**
     * One trade's fills.
     *
     * @param entered    quantity the trade's entry orders filled (plan, re-quotes, fallbacks)
     * @param exited     quantity the trade's exit orders filled
     * @param liveOrders the trade's orders the desk still tracks: sent and not yet filled, cancelled or refused
     */
    public record Fill(long entered, long exited, int liveOrders) {
        /** No order of the trade can still fill (as far as the desk knows). */
        public boolean settled() {
            return liveOrders == 0;
        }
    }

    private final Map<String, Fill> byTrade = new ConcurrentHashMap<>();

    /** The trade's fills, or null while the desk has not planned an order for it. */
    public Fill of(final String tradeId) {
        return byTrade.get(tradeId);
    }

    void put(final String tradeId, final Fill fill) {
        byTrade.put(tradeId, fill);
    }

    @Override
    public String toString() {
        return "TradeFills[" + byTrade.size() + " trades]";
    }
}
