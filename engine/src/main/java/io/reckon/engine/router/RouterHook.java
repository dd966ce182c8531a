package io.reckon.engine.router;

/**
 * A plug-in at the router's stages (depth gates, impact models, metrics). Implement the stages you need; the
 * others do nothing. The router isolates every call: an exception is counted, logged and ignored, and the
 * decision proceeds as if the hook were absent. Hooks run on the router's thread, in registration order.
 *
 * <p>Only {@link #preSubmit} can change a decision, and only within limits the router enforces: the replacement
 * must be the same order (trade, symbol, side, size, reason, attempt, pre-emption), an exit that is MARKET stays
 * MARKET, and an exit can never be suppressed (the router sends it at MARKET instead).
 */
public interface RouterHook {

    /** Before planning starts; observation only. */
    default void prePlan(final PlanRequest request) {
    }

    /**
     * Last look at a plan before it is returned; return it unchanged (or null) to keep it, or a replacement built
     * with {@link ExecutionPlan#asMarket}, {@link ExecutionPlan#asLimit} or {@link ExecutionPlan#asSuppressed}.
     */
    default ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
        return plan;
    }

    /** A maker quote was registered as working. */
    default void onWorking(final WorkingOrder order) {
    }

    /** A working quote filled. */
    default void onFill(final WorkingOrder order) {
    }

    /** A working entry expired and {@code action} was decided for it. */
    default void onMiss(final WorkingOrder order, final MissAction action) {
    }

    /** A working quote was expired or pre-empted to the MARKET plan {@code market}. */
    default void onEscalate(final WorkingOrder order, final ExecutionPlan market) {
    }

    /** A working quote was cancelled. */
    default void onCancel(final WorkingOrder order) {
    }
}
