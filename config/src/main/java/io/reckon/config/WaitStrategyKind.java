package io.reckon.config;

/**
 * How the consumer thread waits for the next ring event. Blocking and sleeping leave the core to others and
 * are right for development and CI; backoff spins and yields for a short while before it blocks, so a busy stream
 * never pays a thread wake-up and an idle one costs no core; yielding and busy-spin only on pinned production cores.
 */
public enum WaitStrategyKind {
    BLOCKING,
    SLEEPING,
    BACKOFF,
    YIELDING,
    BUSY_SPIN
}
