package io.reckon.engine.router;

/** What to do with a maker quote that outlived its TTL, decided by {@link ExecutionRouter#missAction}. */
public enum MissAction {
    /** Give the entry up. Never returned for an exit. */
    SKIP,
    /** Quote the entry again with {@link ExecutionRouter#retryPlan}. Never returned for an exit. */
    RETRY,
    /** Send {@link ExecutionRouter#marketFallbackPlan}. */
    MARKET
}
