package io.reckon.adapters.bingx.exec;

/**
 * The BingX order gateway's counters.
 *
 * @param ordersSent        order calls made
 * @param cancelsSent       cancel calls made
 * @param rateLimitEpisodes rate-limit episodes reported (one per episode, however many calls it refused)
 * @param leverageSets      leverage changes the venue confirmed
 * @param leverageDrifts    cached leverages the venue contradicted on connect
 * @param notSent           orders refused before sending (a quantity or price that rounds to nothing)
 */
public record GatewayCounters(long ordersSent, long cancelsSent, long rateLimitEpisodes, long leverageSets,
                              long leverageDrifts, long notSent) {
}
