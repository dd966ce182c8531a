package io.reckon.engine.router;

import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;

/**
 * How one intent reaches the venue: a MARKET order, a resting maker LIMIT quote, or nothing ({@link #suppressed()},
 * type {@link OrderType#NONE}). Immutable; the router produces it and the runtime submits it.
 *
 * <p>The constructor holds the invariants every plan keeps, so a malformed plan cannot exist, whoever builds it:
 * the order side follows from action and position side; exits and only exits are reduce-only; a LIMIT has a
 * price above zero and a TTL above zero; MARKET and suppressed plans carry no price, no TTL and no post-only;
 * only an exit may pre-empt a working quote. Violations throw {@link IllegalArgumentException} naming the field.
 *
 * @param baseTradeId     the trade id of the first attempt; retries and fallbacks derive new ids from it
 * @param attempt         0 for the first quote, n for the n-th re-quote of an entry
 * @param price           LIMIT price in 1e-8 units; 0 otherwise
 * @param ttlMs           how long a LIMIT quote may rest before the miss policy applies; 0 otherwise
 * @param size            order quantity in 1e-8 units, carried unchanged from the request
 * @param exitReason      {@link ExitReason#NONE} for entries
 * @param preemptsWorking the runtime must cancel the working quote of this trade before submitting this exit
 */
public record ExecutionPlan(
    PlanAction action,
    String tradeId,
    String baseTradeId,
    int attempt,
    String symbol,
    Side orderSide,
    PositionSide positionSide,
    OrderType type,
    long price,
    boolean postOnly,
    boolean reduceOnly,
    long ttlMs,
    long size,
    PlanReason reason,
    ExitReason exitReason,
    boolean preemptsWorking) {

    public ExecutionPlan {
        requireNonNull(action, "action");
        requireNonNull(positionSide, "positionSide");
        requireNonNull(type, "type");
        requireNonNull(reason, "reason");
        requireNonNull(exitReason, "exitReason");
        if (tradeId == null || tradeId.isBlank()) {
            throw new IllegalArgumentException("tradeId must not be blank");
        }
        if (baseTradeId == null || baseTradeId.isBlank()) {
            throw new IllegalArgumentException("baseTradeId must not be blank");
        }
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, got " + attempt);
        }
        final Side expectedSide = action.orderSide(positionSide);
        if (expectedSide == Side.NONE || orderSide != expectedSide) {
            throw new IllegalArgumentException("orderSide must be " + expectedSide + " for " + action + " "
                + positionSide + ", got " + orderSide);
        }
        if (reduceOnly != (action == PlanAction.EXIT)) {
            throw new IllegalArgumentException("reduceOnly must be " + (action == PlanAction.EXIT) + " for "
                + action);
        }
        if ((action == PlanAction.ENTER) != (exitReason == ExitReason.NONE)) {
            throw new IllegalArgumentException("exitReason must be NONE exactly for entries, got " + action + "/"
                + exitReason);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be above zero, got " + size);
        }
        if (type == OrderType.LIMIT) {
            if (price <= 0) {
                throw new IllegalArgumentException("price of a LIMIT must be above zero, got " + price);
            }
            if (ttlMs <= 0) {
                throw new IllegalArgumentException("ttlMs of a LIMIT must be above zero, got " + ttlMs);
            }
        } else if (type == OrderType.MARKET || type == OrderType.NONE) {
            if (price != 0 || ttlMs != 0 || postOnly) {
                throw new IllegalArgumentException(type + " carries no price, TTL or post-only");
            }
        } else {
            throw new IllegalArgumentException("type must be MARKET, LIMIT or NONE, got " + type);
        }
        if (preemptsWorking && action != PlanAction.EXIT) {
            throw new IllegalArgumentException("only an exit may pre-empt a working quote");
        }
    }

    /** Nothing is to be sent. */
    public boolean suppressed() {
        return type == OrderType.NONE;
    }

    /** A resting quote whose TTL the runtime registers with {@link ExecutionRouter#registerWorking}. */
    public boolean maker() {
        return type == OrderType.LIMIT;
    }

    /** This plan as a MARKET order with the same identity; for hooks and fallbacks. */
    public ExecutionPlan asMarket(final PlanReason newReason) {
        return new ExecutionPlan(action, tradeId, baseTradeId, attempt, symbol, orderSide, positionSide,
            OrderType.MARKET, 0, false, reduceOnly, 0, size, newReason, exitReason, preemptsWorking);
    }

    /** This plan as a LIMIT quote with the same identity; for hooks (an exit hook may not turn MARKET into one). */
    public ExecutionPlan asLimit(final long limitPrice, final boolean limitPostOnly, final long limitTtlMs,
                                 final PlanReason newReason) {
        return new ExecutionPlan(action, tradeId, baseTradeId, attempt, symbol, orderSide, positionSide,
            OrderType.LIMIT, limitPrice, limitPostOnly, reduceOnly, limitTtlMs, size, newReason, exitReason,
            preemptsWorking);
    }

    /** This plan suppressed; honoured for entries only, an exit suppressed by a hook is sent at MARKET. */
    public ExecutionPlan asSuppressed(final PlanReason newReason) {
        return new ExecutionPlan(action, tradeId, baseTradeId, attempt, symbol, orderSide, positionSide,
            OrderType.NONE, 0, false, reduceOnly, 0, size, newReason, exitReason, preemptsWorking);
    }

    /**
     * This plan for a smaller quantity: the part of an order a partly filled quote left, or an exit trimmed to what
     * the trade still holds. For the runtime, not for hooks (size is part of a hook's fixed identity).
     */
    public ExecutionPlan withSize(final long newSize) {
        return new ExecutionPlan(action, tradeId, baseTradeId, attempt, symbol, orderSide, positionSide, type, price,
            postOnly, reduceOnly, ttlMs, newSize, reason, exitReason, preemptsWorking);
    }

    /** The identity a hook must not change: which order for which trade, how much, and why. */
    boolean sameOrderAs(final ExecutionPlan other) {
        return action == other.action && tradeId.equals(other.tradeId) && baseTradeId.equals(other.baseTradeId)
            && attempt == other.attempt && symbol.equals(other.symbol) && positionSide == other.positionSide
            && size == other.size && exitReason == other.exitReason && preemptsWorking == other.preemptsWorking;
    }

    static ExecutionPlan market(final PlanRequest request, final PlanReason reason, final boolean preempts) {
        return new ExecutionPlan(request.action(), request.tradeId(), request.tradeId(), 0, request.symbol(),
            request.action().orderSide(request.positionSide()), request.positionSide(), OrderType.MARKET, 0, false,
            request.action() == PlanAction.EXIT, 0, request.size(), reason, request.exitReason(), preempts);
    }

    private static void requireNonNull(final Object value, final String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
