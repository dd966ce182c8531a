package io.reckon.config;

/** What the router does when a maker entry quote expires unfilled. Exits never consult this: they go to MARKET. */
public enum EntryMissPolicy {
    /** Give the entry up. */
    SKIP,
    /** Quote again, at most {@link RouterSettings#entryRetries()} times, then apply the exhaust action. */
    RETRY,
    /** Take the entry at MARKET. */
    MARKET
}
