package io.reckon.config;

/** What a retried maker entry does once its re-quotes are spent. */
public enum RetryExhaustAction {
    SKIP,
    MARKET
}
