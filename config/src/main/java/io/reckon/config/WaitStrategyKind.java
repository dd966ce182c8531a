package io.reckon.config;

/**
 * How the consumer thread waits for the next ring event. Blocking and sleeping leave the core to others and
 * are right for development and CI; yielding and busy-spin only on pinned production cores.
 */
public enum WaitStrategyKind {
    BLOCKING,
    SLEEPING,
    YIELDING,
    BUSY_SPIN
}
