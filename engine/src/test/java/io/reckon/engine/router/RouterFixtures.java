package io.reckon.engine.router;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.config.RouterStyle;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.PositionSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Settings, requests and hooks shared by the router tests. */
final class RouterFixtures {
    static final String BTC = "BTCUSDT";
    static final long SIZE = FixedPoint.parse("0.01");
    static final long BTC_REF = FixedPoint.parse("65000");

    private RouterFixtures() {
    }

    static long px(final String decimal) {
        return FixedPoint.parse(decimal);
    }

    static Settings settings() {
        return new Settings();
    }

    static ExecutionRouter router(final RouterStyle style) {
        return new ExecutionRouter(settings().style(style).build());
    }

    static PlanRequest entry(final String tradeId) {
        return PlanRequest.entry(tradeId, BTC, PositionSide.LONG, SIZE, BTC_REF, PlanRequest.SPREAD_UNKNOWN);
    }

    static PlanRequest exit(final String tradeId, final ExitReason reason) {
        return PlanRequest.exit(tradeId, BTC, PositionSide.LONG, SIZE, BTC_REF, PlanRequest.SPREAD_UNKNOWN, reason);
    }

    /** Mutable builder over {@link RouterSettings#defaults()}. */
    static final class Settings {
        private RouterStyle style = RouterStyle.TAKER;
        private long entryTtlMs = 8_000;
        private long exitTtlMs = 5_000;
        private EntryMissPolicy entryMiss = EntryMissPolicy.SKIP;
        private int entryRetries = 1;
        private RetryExhaustAction retryExhaust = RetryExhaustAction.SKIP;
        private int offsetTicks = 1;
        private long maxSpreadBps = px("5");
        private boolean postOnly = true;
        private Map<String, Long> tickOverrides = Map.of();

        Settings style(final RouterStyle v) {
            style = v;
            return this;
        }

        Settings entryTtlMs(final long v) {
            entryTtlMs = v;
            return this;
        }

        Settings exitTtlMs(final long v) {
            exitTtlMs = v;
            return this;
        }

        Settings entryMiss(final EntryMissPolicy v) {
            entryMiss = v;
            return this;
        }

        Settings entryRetries(final int v) {
            entryRetries = v;
            return this;
        }

        Settings retryExhaust(final RetryExhaustAction v) {
            retryExhaust = v;
            return this;
        }

        Settings offsetTicks(final int v) {
            offsetTicks = v;
            return this;
        }

        Settings maxSpreadBps(final long v) {
            maxSpreadBps = v;
            return this;
        }

        Settings postOnly(final boolean v) {
            postOnly = v;
            return this;
        }

        Settings tickOverrides(final Map<String, Long> v) {
            tickOverrides = v;
            return this;
        }

        RouterSettings build() {
            return new RouterSettings(style, entryTtlMs, exitTtlMs, entryMiss, entryRetries, retryExhaust,
                offsetTicks, maxSpreadBps, postOnly, tickOverrides);
        }

        ExecutionRouter router() {
            return new ExecutionRouter(build());
        }
    }

    /** Records every stage it sees as {@code STAGE:tradeId[:detail]}. */
    static final class RecordingHook implements RouterHook {
        final List<String> events = new ArrayList<>();

        @Override
        public void prePlan(final PlanRequest request) {
            events.add("PRE_PLAN:" + request.tradeId());
        }

        @Override
        public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
            events.add("PRE_SUBMIT:" + plan.tradeId() + ":" + plan.type());
            return plan;
        }

        @Override
        public void onWorking(final WorkingOrder order) {
            events.add("ON_WORKING:" + order.tradeId());
        }

        @Override
        public void onFill(final WorkingOrder order) {
            events.add("ON_FILL:" + order.tradeId());
        }

        @Override
        public void onMiss(final WorkingOrder order, final MissAction action) {
            events.add("ON_MISS:" + order.tradeId() + ":" + action);
        }

        @Override
        public void onEscalate(final WorkingOrder order, final ExecutionPlan market) {
            events.add("ON_ESCALATE:" + order.tradeId() + ":" + market.tradeId() + ":" + market.reason());
        }

        @Override
        public void onCancel(final WorkingOrder order) {
            events.add("ON_CANCEL:" + order.tradeId());
        }
    }

    /** Throws at every stage and counts how often it was called. */
    static final class ThrowingHook implements RouterHook {
        int calls;

        private RuntimeException boom() {
            calls++;
            return new IllegalStateException("hook failure " + calls);
        }

        @Override
        public void prePlan(final PlanRequest request) {
            throw boom();
        }

        @Override
        public ExecutionPlan preSubmit(final ExecutionPlan plan, final PlanRequest request) {
            throw boom();
        }

        @Override
        public void onWorking(final WorkingOrder order) {
            throw boom();
        }

        @Override
        public void onFill(final WorkingOrder order) {
            throw boom();
        }

        @Override
        public void onMiss(final WorkingOrder order, final MissAction action) {
            throw boom();
        }

        @Override
        public void onEscalate(final WorkingOrder order, final ExecutionPlan market) {
            throw boom();
        }

        @Override
        public void onCancel(final WorkingOrder order) {
            throw boom();
        }
    }
}
