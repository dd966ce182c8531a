package io.reckon.engine.router;

/** Provenance of an {@link ExecutionPlan}, for logs, counters and the journal. */
public enum PlanReason {
    /** Entry at MARKET because the style does not quote entries or there is no usable reference price. */
    TAKER_DEFAULT,
    /** Entry quoted as a resting maker LIMIT. */
    MAKER_ENTRY,
    /** Maker was allowed but the spread is wider than the configured gate: MARKET instead. */
    SPREAD_GATE,
    /** Entry suppressed: another entry quote is still working (the double-entry guard). */
    WORKING_ENTRY_EXISTS,
    /** Exit at MARKET: urgent reason, taker style or no usable reference price. */
    TAKER_EXIT,
    /** Take-profit exit quoted as a resting reduce-only maker LIMIT. */
    MAKER_EXIT,
    /** Exit suppressed: an equally patient maker exit for the same trade is already working. */
    WORKING_EXIT_EXISTS,
    /** Urgent exit pre-empting a working maker exit of the same trade: cancel it, then MARKET. */
    URGENT_PREEMPT,
    /** A hook tried to suppress an exit; exits are never skipped, so MARKET instead. */
    HOOK_SUPPRESS_OVERRIDDEN,
    /** Fresh maker quote for an entry whose previous quote expired. */
    MAKER_ENTRY_RETRY,
    /** A re-quote was asked for but no usable price exists: the entry goes at MARKET. */
    RETRY_PRICE_INSANE_MARKET,
    /** A re-quote was asked for after the retries were spent: the entry is given up. */
    RETRIES_EXHAUSTED,
    /** MARKET entry after a missed maker entry quote. */
    ENTRY_MISS_MARKET_FALLBACK,
    /** MARKET exit after a maker exit quote outlived its TTL. */
    EXIT_TTL_MARKET_FALLBACK,
    /** Set by a pre-submit hook that changed the plan. */
    HOOK_ADJUSTED
}
