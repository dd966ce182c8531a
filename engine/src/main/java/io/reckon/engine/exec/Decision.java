package io.reckon.engine.exec;

import io.reckon.engine.router.ExecutionPlan;
import io.reckon.engine.router.MissAction;

/**
 * One decision of the execution desk, stamped with the journal record that caused it. The desk's decisions are a
 * function of the journal: a replay of the same journal produces an equal list ({@code record} equality).
 *
 * @param sequence      ring sequence of the input that caused the decision
 * @param timeMs        that input's receive time
 * @param tradeId       the trade (the plan's trade id, or the intent's)
 * @param plan          the plan concerned, or null
 * @param miss          the miss action, for {@link DecisionKind#MISSED}; null otherwise
 * @param clientOrderId the order concerned, or null
 */
public record Decision(long sequence, long timeMs, DecisionKind kind, String tradeId, ExecutionPlan plan,
                       MissAction miss, String clientOrderId) {
}
