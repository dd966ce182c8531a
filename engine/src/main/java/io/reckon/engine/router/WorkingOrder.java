package io.reckon.engine.router;

import io.reckon.engine.ring.PositionSide;

/**
 * A maker quote the runtime sent and registered, awaiting a fill, a cancel or its deadline. Immutable; identity
 * (trade id, symbol, side, action, attempt) comes from the plan it was registered with.
 *
 * @param submittedAtMs the caller's {@code nowMs} at registration
 * @param deadlineMs    from this time on the quote is {@linkplain #expiredAt expired}
 * @param retriesLeft   re-quotes still allowed when this entry quote misses; always 0 for an exit
 */
public record WorkingOrder(ExecutionPlan plan, long submittedAtMs, long deadlineMs, int retriesLeft) {

    public WorkingOrder {
        if (plan == null || !plan.maker()) {
            throw new IllegalArgumentException("a working order is a maker LIMIT quote, got " + plan);
        }
        if (retriesLeft < 0 || (plan.action() == PlanAction.EXIT && retriesLeft != 0)) {
            throw new IllegalArgumentException("retriesLeft must be 0 for an exit and not negative, got "
                + retriesLeft);
        }
    }

    public String tradeId() {
        return plan.tradeId();
    }

    public String baseTradeId() {
        return plan.baseTradeId();
    }

    public String symbol() {
        return plan.symbol();
    }

    public PositionSide positionSide() {
        return plan.positionSide();
    }

    public PlanAction action() {
        return plan.action();
    }

    /** 0 for the first quote, n for the n-th re-quote. */
    public int retryN() {
        return plan.attempt();
    }

    public boolean expiredAt(final long nowMs) {
        return nowMs >= deadlineMs;
    }
}
