package io.reckon.engine.router;

import io.reckon.config.RouterStyle;
import java.util.List;

/**
 * What the router is doing, for observability: its style, the working quotes in registration order and its
 * counters. Equal inputs give equal snapshots, which is what a replay compares.
 */
public record RouterSnapshot(RouterStyle style, List<Working> working, RouterCounters counters) {

    public RouterSnapshot {
        working = List.copyOf(working);
    }

    /**
     * One working quote.
     *
     * @param ageMs the snapshot's {@code nowMs} minus the registration time
     */
    public record Working(String tradeId, PlanAction action, String symbol, long ageMs, int retryN) {
    }
}
