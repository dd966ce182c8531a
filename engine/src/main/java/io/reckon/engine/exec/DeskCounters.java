package io.reckon.engine.exec;

/**
 * The execution desk's counters at one moment.
 *
 * @param intents            accepted intents the desk received
 * @param submitted          orders sent (plans, re-quotes, fallbacks, re-sent exits)
 * @param placed             orders the venue accepted
 * @param refused            orders the venue refused (post-only would cross, margin, parameters, ...)
 * @param rateLimited        orders refused for rate limiting, by the venue or by our client's cool-down
 * @param noReply            orders without a venue answer (timeout, network, server error)
 * @param dropped            entries given up without a miss policy (refused at MARKET, rate limited, no session)
 * @param skipped            missed entry quotes the miss policy skipped
 * @param filled             orders filled completely
 * @param cancelsRequested   cancels sent (TTL expiry, pre-emption, repeats)
 * @param cancelsConfirmed   cancels the venue's open orders confirmed
 * @param cancelsUnconfirmed open-orders reads that still showed a cancelled order (it is cancelled again)
 * @param exitResends        exits sent again after a rate limit or a missing reply
 * @param exitsAbandoned     exits given up after the allowed re-sends
 * @param nothingToClose     exits whose trade held nothing: no order
 * @param untrackedEvents    stream events of reckon-marked orders the desk does not track: another run's, or late
 *                           echoes of orders it has already finished
 */
public record DeskCounters(long intents, long submitted, long placed, long refused, long rateLimited, long noReply,
                           long dropped, long skipped, long filled, long cancelsRequested, long cancelsConfirmed,
                           long cancelsUnconfirmed, long exitResends, long exitsAbandoned, long nothingToClose,
                           long untrackedEvents) {
}
