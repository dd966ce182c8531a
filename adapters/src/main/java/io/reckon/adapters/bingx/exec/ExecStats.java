package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.DeskCounters;
import io.reckon.engine.exec.TradeFills;
import io.reckon.engine.router.RouterCounters;

/**
 * What the execution thread has done so far, for summaries: the router's, the desk's and the gateway's counters,
 * and the estimated cost of the placed orders (1e-8 fixed point); and, for a strategy following its own trades,
 * what each trade's orders have filled.
 *
 * @param reports         orders with a fee estimate
 * @param estimatedFees   sum of their estimated fees
 * @param slippageBpsSum  sum of their signed slippage in basis points (those with a reference price)
 * @param slippageCount   how many orders that sum covers
 * @param ticks           TTL ticks journaled
 * @param deferredRecords records that found the ring full and waited
 * @param trades          what each trade's orders have filled: the desk's live, thread-safe view, not a copy
 */
public record ExecStats(RouterCounters router, DeskCounters desk, GatewayCounters gateway, long reports,
                        long estimatedFees, long slippageBpsSum, long slippageCount, long ticks,
                        long deferredRecords, TradeFills trades) {

    /** Mean slippage in basis points (1e-8 fixed point), 0 when no order had a reference price. */
    public long meanSlippageBps() {
        return slippageCount == 0 ? 0 : slippageBpsSum / slippageCount;
    }
}
