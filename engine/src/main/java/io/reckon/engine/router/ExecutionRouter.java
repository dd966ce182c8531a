package io.reckon.engine.router;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides HOW an intent reaches the venue (taker MARKET or post-only maker LIMIT, quote price, TTL, what happens
 * on a miss), never WHETHER: that is the strategy's call. Pure policy: no I/O, no clock (time is the caller's
 * {@code nowMs}), no randomness, no hash-order iteration; the same calls give the same plans and snapshots, so a
 * replay reproduces every decision. Called once per intent, not per frame: it allocates freely (plans, ids, lists).
 * Not thread-safe; confine it to one thread.
 *
 * <p>Rules kept from the Python predecessor's router (DO NOT WEAKEN):
 * <ol>
 *   <li>Exits are never skipped. Only the duplicate guard may suppress an exit (a same-trade maker exit is already
 *       resting); a hook that suppresses one is overridden to MARKET; a maker exit that misses its TTL always goes
 *       to MARKET.</li>
 *   <li>One working order per slot: while an entry quote works, new entries are suppressed (the double-entry
 *       guard); a take-profit exit for a trade whose maker exit works is suppressed; an urgent exit pre-empts the
 *       working maker exit (cancel, then MARKET).</li>
 *   <li>Bounded retries: at most {@code entryRetries} re-quotes, then the exhaust action.</li>
 *   <li>Pure policy, as above. The runtime drives cancels and submits.</li>
 *   <li>Default settings are the legacy behaviour: every plan MARKET, the working registry stays empty.</li>
 * </ol>
 *
 * <p>The runtime's loop: {@link #plan} each intent; submit the plan; {@link #registerWorking} maker quotes; poll
 * {@link #expired}; cancel an expired quote and report {@link #noteCancel}; ask {@link #missAction}; send
 * {@link #retryPlan} or {@link #marketFallbackPlan}. Fills are reported with {@link #noteFill}.
 */
public final class ExecutionRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionRouter.class);
    private static final RouterHook[] NO_HOOKS = new RouterHook[0];

    private final RouterSettings settings;
    private final TickSizes ticks;
    /** Keyed by trade id; insertion order makes every scan deterministic. */
    private final Map<String, WorkingOrder> working = new LinkedHashMap<>();
    private final List<RouterHook> hooks = new ArrayList<>();
    private final Counters counters = new Counters();

    public ExecutionRouter(final RouterSettings settings) {
        this.settings = settings;
        this.ticks = new TickSizes(settings.tickOverrides());
    }

    // ---- hooks ----

    /** Adds a hook after those already registered; the same hook may be added more than once. */
    public void addHook(final RouterHook hook) {
        if (hook == null) {
            throw new IllegalArgumentException("hook must not be null");
        }
        hooks.add(hook);
    }

    /** Removes the first registration of {@code hook}; false when it was not registered. */
    public boolean removeHook(final RouterHook hook) {
        return hooks.remove(hook);
    }

    // ---- pricing ----

    /** The tick size {@link #makerPrice} uses for {@code symbol} at {@code referencePrice}, in 1e-8 units. */
    long tickSize(final String symbol, final long referencePrice) {
        return ticks.effective(symbol, referencePrice);
    }

    /**
     * Quote price that rests on our side of the touch: a SELL {@code offsetTicks} ticks above the reference, a BUY
     * as far below it but never below one tick. Post-only makes the venue reject any residual cross, so quoting
     * at the touch (offset 0) is safe.
     *
     * @return the price in 1e-8 units, or 0 when no quote can be made (no reference price, or the offset overflows)
     */
    long makerPrice(final String symbol, final Side orderSide, final long referencePrice) {
        if (referencePrice <= 0) {
            return 0;
        }
        final long tick = ticks.effective(symbol, referencePrice);
        try {
            final long offset = Math.multiplyExact((long) settings.offsetTicks(), tick);
            if (orderSide == Side.SELL) {
                return Math.addExact(referencePrice, offset);
            }
            return Math.max(tick, referencePrice - offset);
        } catch (ArithmeticException overflow) {
            return 0;
        }
    }

    // ---- planning ----

    /** Plans an entry or an exit; never throws. See the class rules for what may be suppressed. */
    public ExecutionPlan plan(final PlanRequest request) {
        return request.action() == PlanAction.ENTER ? planEntry(request) : planExit(request);
    }

    private ExecutionPlan planEntry(final PlanRequest request) {
        counters.plansEntry++;
        prePlan(request);
        for (WorkingOrder wo : working.values()) {
            if (wo.action() == PlanAction.ENTER) {
                counters.suppressedDupEnter++;
                return ExecutionPlan.market(request, PlanReason.WORKING_ENTRY_EXISTS, false)
                    .asSuppressed(PlanReason.WORKING_ENTRY_EXISTS);
            }
        }
        ExecutionPlan plan = ExecutionPlan.market(request, PlanReason.TAKER_DEFAULT, false);
        if (settings.makerEntry() && request.referencePrice() > 0) {
            if (!spreadAllowsMaker(request)) {
                counters.spreadGateTaker++;
                plan = plan.asMarket(PlanReason.SPREAD_GATE);
            } else {
                final long price = makerPrice(request.symbol(), plan.orderSide(), request.referencePrice());
                if (price > 0) {
                    plan = plan.asLimit(price, settings.postOnly(), settings.entryTtlMs(), PlanReason.MAKER_ENTRY);
                }
            }
        }
        plan = preSubmit(plan, request);
        if (plan.maker()) {
            counters.makerEntries++;
        } else if (plan.suppressed()) {
            counters.suppressedByHookEnter++;
        } else {
            counters.takerEntries++;
        }
        return plan;
    }

    private ExecutionPlan planExit(final PlanRequest request) {
        counters.plansExit++;
        final boolean urgent = request.urgent();
        prePlan(request);
        final WorkingOrder wo = working.get(request.tradeId());
        ExecutionPlan plan;
        if (wo != null && wo.action() == PlanAction.EXIT) {
            if (!urgent) {
                // The resting quote is this exit in flight; a second order would only race it.
                counters.suppressedDupExit++;
                return ExecutionPlan.market(request, PlanReason.WORKING_EXIT_EXISTS, false)
                    .asSuppressed(PlanReason.WORKING_EXIT_EXISTS);
            }
            counters.exitEscalations++;
            plan = enforceExit(preSubmit(ExecutionPlan.market(request, PlanReason.URGENT_PREEMPT, true), request));
            escalate(wo, plan);
        } else {
            // A working entry quote of this trade must go before the exit: left resting, it could fill after the
            // position is closed and open one nobody asked for.
            plan = ExecutionPlan.market(request, PlanReason.TAKER_EXIT, wo != null);
            if (settings.makerExit() && !urgent && request.referencePrice() > 0) {
                if (!spreadAllowsMaker(request)) {
                    counters.spreadGateTaker++;
                    plan = plan.asMarket(PlanReason.SPREAD_GATE);
                } else {
                    final long price = makerPrice(request.symbol(), plan.orderSide(), request.referencePrice());
                    if (price > 0) {
                        plan = plan.asLimit(price, settings.postOnly(), settings.exitTtlMs(), PlanReason.MAKER_EXIT);
                    }
                }
            }
            plan = enforceExit(preSubmit(plan, request));
        }
        if (plan.maker()) {
            counters.makerExits++;
        } else {
            counters.takerExits++;
        }
        return plan;
    }

    private boolean spreadAllowsMaker(final PlanRequest request) {
        return !request.spreadKnown() || request.spreadBps() <= settings.maxSpreadBps();
    }

    /** Rule 1 against plug-ins: only the duplicate guard may suppress an exit, and it returns before hooks run. */
    private ExecutionPlan enforceExit(final ExecutionPlan plan) {
        if (plan.suppressed()) {
            counters.exitSuppressOverridden++;
            LOG.warn("router: a hook suppressed exit {}; exits are never skipped, sending MARKET", plan.tradeId());
            return plan.asMarket(PlanReason.HOOK_SUPPRESS_OVERRIDDEN);
        }
        return plan;
    }

    // ---- working-order registry ----

    /**
     * Registers a maker quote the runtime sent; its deadline is {@code nowMs} plus its TTL, at least
     * {@link RouterSettings#MIN_TTL_MS}.
     *
     * @return the working order, or empty (counted, logged) when the plan is not a maker quote or the trade already
     *     has a quote working: replacing it would orphan the first quote's TTL
     */
    public Optional<WorkingOrder> registerWorking(final ExecutionPlan plan, final long nowMs) {
        if (!plan.maker()) {
            counters.registerRefused++;
            LOG.warn("router: not registering {} plan {} as working: only maker quotes have a TTL", plan.type(),
                plan.tradeId());
            return Optional.empty();
        }
        if (working.containsKey(plan.tradeId())) {
            counters.registerRefused++;
            LOG.warn("router: trade {} already has a working quote; refusing a second one", plan.tradeId());
            return Optional.empty();
        }
        final int retriesLeft = plan.action() == PlanAction.ENTER
            ? Math.max(0, settings.entryRetries() - plan.attempt()) : 0;
        final WorkingOrder wo = new WorkingOrder(plan, nowMs,
            nowMs + Math.max(RouterSettings.MIN_TTL_MS, plan.ttlMs()), retriesLeft);
        working.put(plan.tradeId(), wo);
        notifyHooks(HookStage.ON_WORKING, wo.tradeId(), h -> h.onWorking(wo));
        return Optional.of(wo);
    }

    public Optional<WorkingOrder> working(final String tradeId) {
        return Optional.ofNullable(working.get(tradeId));
    }

    /** Allocates: the working quotes in registration order. */
    List<WorkingOrder> workingOrders() {
        return List.copyOf(working.values());
    }

    /** Allocates: the working quotes whose deadline is at or before {@code nowMs}, in registration order. */
    public List<WorkingOrder> expired(final long nowMs) {
        final List<WorkingOrder> out = new ArrayList<>();
        for (WorkingOrder wo : working.values()) {
            if (wo.expiredAt(nowMs)) {
                out.add(wo);
            }
        }
        return out;
    }

    /** A working quote filled: it leaves the registry. False when {@code tradeId} had none working. */
    public boolean noteFill(final String tradeId) {
        final WorkingOrder wo = working.remove(tradeId);
        if (wo == null) {
            return false;
        }
        counters.fillsWorking++;
        notifyHooks(HookStage.ON_FILL, tradeId, h -> h.onFill(wo));
        return true;
    }

    /** A working quote was cancelled on the venue: it leaves the registry. False when none was working. */
    public boolean noteCancel(final String tradeId) {
        final WorkingOrder wo = working.remove(tradeId);
        if (wo == null) {
            return false;
        }
        counters.cancels++;
        notifyHooks(HookStage.ON_CANCEL, tradeId, h -> h.onCancel(wo));
        return true;
    }

    /** Forgets a working quote without counting or notifying (e.g. the runtime's own reconciliation). */
    public boolean clearWorking(final String tradeId) {
        return working.remove(tradeId) != null;
    }

    // ---- miss and escalation policy ----

    /**
     * What to do with an expired quote, after the runtime cancelled it. An exit is always {@link MissAction#MARKET}.
     * An entry follows the miss policy: SKIP and MARKET apply at once; RETRY re-quotes while
     * {@link WorkingOrder#retriesLeft()} is above zero, then applies the exhaust action.
     */
    public MissAction missAction(final WorkingOrder wo) {
        if (wo.action() == PlanAction.EXIT) {
            return MissAction.MARKET;
        }
        final MissAction action;
        if (settings.entryMiss() == EntryMissPolicy.SKIP) {
            action = MissAction.SKIP;
        } else if (settings.entryMiss() == EntryMissPolicy.MARKET) {
            action = MissAction.MARKET;
        } else if (wo.retriesLeft() > 0) {
            action = MissAction.RETRY;
        } else {
            action = settings.retryExhaust() == RetryExhaustAction.MARKET ? MissAction.MARKET : MissAction.SKIP;
        }
        switch (action) {
            case SKIP -> counters.entryMissSkip++;
            case RETRY -> counters.entryMissRetry++;
            case MARKET -> counters.entryMissMarket++;
        }
        notifyHooks(HookStage.ON_MISS, wo.tradeId(), h -> h.onMiss(wo, action));
        return action;
    }

    /**
     * A fresh quote for an expired entry, under a new trade id ({@code <base>-r<n>}) so the venue client order id
     * stays unique and the re-quote has its own lifecycle. With no usable price it is a MARKET entry; once the
     * retries are spent it is suppressed (counted), so no caller can re-quote without bound. An expired exit is
     * never re-quoted: it gets {@link #marketFallbackPlan}.
     */
    public ExecutionPlan retryPlan(final WorkingOrder wo, final long referencePrice) {
        if (wo.action() == PlanAction.EXIT) {
            return marketFallbackPlan(wo);
        }
        final int n = wo.retryN() + 1;
        final ExecutionPlan base = new ExecutionPlan(PlanAction.ENTER, wo.baseTradeId() + "-r" + n,
            wo.baseTradeId(), n, wo.symbol(), wo.plan().orderSide(), wo.positionSide(), OrderType.MARKET, 0, false,
            false, 0, wo.plan().size(), PlanReason.RETRY_PRICE_INSANE_MARKET, ExitReason.NONE, false);
        if (wo.retriesLeft() <= 0) {
            counters.retriesRefused++;
            LOG.warn("router: re-quote of {} refused, its {} retries are spent", wo.baseTradeId(),
                settings.entryRetries());
            return base.asSuppressed(PlanReason.RETRIES_EXHAUSTED);
        }
        final long price = makerPrice(wo.symbol(), wo.plan().orderSide(), referencePrice);
        if (price <= 0) {
            return base;
        }
        return base.asLimit(price, settings.postOnly(), settings.entryTtlMs(), PlanReason.MAKER_ENTRY_RETRY);
    }

    /**
     * MARKET after a missed or expired quote. An entry gets a fresh trade id ({@code <base>-m}): the cancelled
     * quote's lifecycle is closed and this is a new order. An exit keeps its trade id, staying attached to the
     * open position's lifecycle.
     */
    public ExecutionPlan marketFallbackPlan(final WorkingOrder wo) {
        final ExecutionPlan plan;
        if (wo.action() == PlanAction.ENTER) {
            final ExecutionPlan p = wo.plan();
            plan = new ExecutionPlan(PlanAction.ENTER, wo.baseTradeId() + "-m", wo.baseTradeId(), p.attempt(),
                p.symbol(), p.orderSide(), p.positionSide(), OrderType.MARKET, 0, false, false, 0, p.size(),
                PlanReason.ENTRY_MISS_MARKET_FALLBACK, ExitReason.NONE, false);
        } else {
            counters.exitEscalations++;
            plan = wo.plan().asMarket(PlanReason.EXIT_TTL_MARKET_FALLBACK);
        }
        escalate(wo, plan);
        return plan;
    }

    // ---- observability ----

    /** Allocates: counters, style and working quotes (ages against {@code nowMs}). */
    public RouterSnapshot snapshot(final long nowMs) {
        final List<RouterSnapshot.Working> rows = new ArrayList<>(working.size());
        for (WorkingOrder wo : working.values()) {
            rows.add(new RouterSnapshot.Working(wo.tradeId(), wo.action(), wo.symbol(), nowMs - wo.submittedAtMs(),
                wo.retryN()));
        }
        return new RouterSnapshot(settings.style(), rows, counters.snapshot());
    }

    public RouterCounters counters() {
        return counters.snapshot();
    }

    // ---- hook plumbing ----

    private void prePlan(final PlanRequest request) {
        notifyHooks(HookStage.PRE_PLAN, request.tradeId(), h -> h.prePlan(request));
    }

    private void escalate(final WorkingOrder wo, final ExecutionPlan market) {
        notifyHooks(HookStage.ON_ESCALATE, wo.tradeId(), h -> h.onEscalate(wo, market));
    }

    private ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
        ExecutionPlan out = plan;
        for (RouterHook hook : hooks.toArray(NO_HOOKS)) {
            final ExecutionPlan replacement;
            try {
                replacement = hook.preSubmit(out, request);
            } catch (Exception e) {
                hookFailed(HookStage.PRE_SUBMIT, hook, request.tradeId(), e);
                continue;
            }
            if (replacement == null || replacement.equals(out)) {
                continue;
            }
            if (acceptable(out, replacement)) {
                out = replacement;
            } else {
                counters.hookPlansRejected++;
                LOG.warn("router: hook {} returned a plan for {} that changes the order or weakens an exit; ignored",
                    hook.getClass().getName(), request.tradeId());
            }
        }
        return out;
    }

    /** Same order, and an exit that must go now (MARKET) cannot be turned into a resting quote. */
    private static boolean acceptable(final ExecutionPlan current, final ExecutionPlan replacement) {
        if (!current.sameOrderAs(replacement)) {
            return false;
        }
        return !(current.action() == PlanAction.EXIT && current.type() == OrderType.MARKET && replacement.maker());
    }

    /** Runs a non-deciding stage; a hook that removes itself or adds another does not disturb this pass. */
    private void notifyHooks(final HookStage stage, final String tradeId, final Consumer<RouterHook> call) {
        for (RouterHook hook : hooks.toArray(NO_HOOKS)) {
            try {
                call.accept(hook);
            } catch (Exception e) {
                hookFailed(stage, hook, tradeId, e);
            }
        }
    }

    private void hookFailed(final HookStage stage, final RouterHook hook, final String tradeId, final Exception e) {
        counters.hookErrors++;
        LOG.warn("router: hook {} failed at {} for trade {}; ignored", hook.getClass().getName(), stage, tradeId, e);
    }
}
