package io.reckon.adapters.bingx.rest;

/**
 * How the client repeats retry-safe calls after a transient failure, and how long it stays quiet after the venue
 * says it is rate limiting us.
 *
 * @param maxAttempts          attempts of a retry-safe call in total (1 = no retry)
 * @param firstBackoffMs       pause before the second attempt; doubles per attempt
 * @param maxBackoffMs         ceiling of that pause
 * @param rateLimitCooldownMs  first cool-down after a rate-limit answer, during which calls fail locally
 *                             without being sent; doubles while the venue keeps answering rate-limited
 * @param rateLimitMaxCooldownMs ceiling of the cool-down (BingX lifts its restriction after about 5 minutes)
 */
public record RetryPolicy(int maxAttempts, long firstBackoffMs, long maxBackoffMs, long rateLimitCooldownMs,
                          long rateLimitMaxCooldownMs) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackoffMs < 0 || maxBackoffMs < firstBackoffMs || rateLimitCooldownMs < 0
            || rateLimitMaxCooldownMs < rateLimitCooldownMs) {
            throw new IllegalArgumentException("inconsistent retry policy " + maxAttempts + "/" + firstBackoffMs
                + "/" + maxBackoffMs + "/" + rateLimitCooldownMs + "/" + rateLimitMaxCooldownMs);
        }
    }

    /** Three attempts 250 ms then 500 ms apart; a 10 s cool-down doubling to 5 min. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, 250, 2_000, 10_000, 300_000);
    }
}
