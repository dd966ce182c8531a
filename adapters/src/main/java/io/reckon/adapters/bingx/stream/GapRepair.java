package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.RestResponse;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.ring.RestTopic;
import org.agrona.concurrent.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Bridges the blind interval around a (re)connect with REST. {@link #repair} publishes, as {@code poll} records
 * in this order, a snapshot (balance, positions, open orders) and a catch-up (all orders and funding income since
 * the last event time the kernel saw), so fills and funding missed while blind reach the journal and the ring;
 * then a {@code gap_repaired} control event with row counts. {@link #snapshot} is the periodic guard poll.
 *
 * <p>A catch-up that fails is remembered and retried by the next guard poll or repair from the same start time,
 * so a window is never skipped because the kernel's last event time moved on meanwhile. Calls are serialised, so
 * a repair and a guard poll never interleave their requests.
 * Cold path: allocates.
 */
public final class GapRepair {
    private static final Logger LOG = LoggerFactory.getLogger(GapRepair.class);
    /** BingX refuses a history query reaching more than 7 days back; keep a minute of margin. */
    static final long MAX_LOOKBACK_MS = 7L * 24 * 3600 * 1000 - 60_000;
    /** Starts the catch-up a little before the last event: the kernel dedups, a missed fill is worse. */
    static final long OVERLAP_MS = 1_000;
    /**
     * Rows asked for per catch-up call: what one ring slot and the decoder's history tables hold (128 rows). A
     * window with more is reported truncated and asked for again from the same start on the next guard poll.
     */
    static final int CATCH_UP_LIMIT = 100;
    private static final long NONE = Long.MAX_VALUE;

    private final BingxRestClient rest;
    private final Ingress ingress;
    private final EpochClock clock;
    private final LongSupplier lastEventTimeMs;
    private final long sessionStartMs;
    private long pendingCatchUpFromMs = NONE;
    /** When the last complete catch-up was asked for: the next one starts there, so nothing falls between two. */
    private long lastCatchUpAtMs = NONE;

    /**
     * @param lastEventTimeMs the venue event time (ms) of the newest event the kernel has seen, or 0 if none; the
     *                        catch-up then starts at this object's creation
     */
    public GapRepair(final BingxRestClient rest, final Ingress ingress, final EpochClock clock,
                     final LongSupplier lastEventTimeMs) {
        this.rest = rest;
        this.ingress = ingress;
        this.clock = clock;
        this.lastEventTimeMs = lastEventTimeMs;
        this.sessionStartMs = clock.time();
    }

    /** Rows published per topic ({@code -1} = that call failed) and how many calls failed. */
    public record Result(long sinceMs, int balance, int positions, int openOrders, int allOrders, int income,
                         int failed) {
    }

    /** Snapshot then catch-up for connection {@code connectionId}; see the class comment. */
    public Result repair(final long connectionId) {
        return repair(connectionId, () -> true);
    }

    /**
     * As {@link #repair(long)}, but stops before any further call (publishing nothing more, not even
     * {@code gap_repaired}) once {@code wanted} turns false: the connection was left or the stream closed.
     */
    public synchronized Result repair(final long connectionId, final BooleanSupplier wanted) {
        final int balance = wanted.getAsBoolean() ? fetch(connectionId, rest.balance(), RestTopic.BALANCE) : -1;
        final int positions = wanted.getAsBoolean()
            ? fetch(connectionId, rest.positions(), RestTopic.POSITIONS) : -1;
        final int openOrders = wanted.getAsBoolean()
            ? fetch(connectionId, rest.openOrders(), RestTopic.OPEN_ORDERS) : -1;
        final long since = catchUpStart();
        final long askedAt = clock.time();
        final int allOrders = wanted.getAsBoolean()
            ? fetch(connectionId, rest.allOrders(since, CATCH_UP_LIMIT), RestTopic.ALL_ORDERS) : -1;
        final int income = wanted.getAsBoolean() ? incomeSince(connectionId, since) : -1;
        catchUpDone(since, askedAt, allOrders, income);
        final Result r = new Result(since, balance, positions, openOrders, allOrders, income,
            failures(balance, positions, openOrders, allOrders, income));
        if (!wanted.getAsBoolean()) {
            LOG.info("gap repair of connection {} abandoned, the connection was left: {}", connectionId, r);
            return r;
        }
        ControlJson.event("gap_repaired").put("since", since).put("balance", balance).put("positions", positions)
            .put("open_orders", openOrders).put("all_orders", allOrders).put("income", income)
            .put("failed", r.failed()).put("truncated", allOrders >= CATCH_UP_LIMIT || income >= CATCH_UP_LIMIT)
            .publish(ingress, connectionId);
        LOG.info("gap repaired on connection {}: {}", connectionId, r);
        return r;
    }

    /**
     * The guard poll: the snapshot again, and a catch-up of orders and funding since the previous catch-up. A
     * healthy socket can still lose frames (BingX API issues #23 and #36 on GitHub), and only this finds them.
     */
    public synchronized Result snapshot(final long connectionId) {
        final int balance = fetch(connectionId, rest.balance(), RestTopic.BALANCE);
        final int positions = fetch(connectionId, rest.positions(), RestTopic.POSITIONS);
        final int openOrders = fetch(connectionId, rest.openOrders(), RestTopic.OPEN_ORDERS);
        final long since = catchUpStart();
        final long askedAt = clock.time();
        final int allOrders = fetch(connectionId, rest.allOrders(since, CATCH_UP_LIMIT), RestTopic.ALL_ORDERS);
        final int income = incomeSince(connectionId, since);
        catchUpDone(since, askedAt, allOrders, income);
        return new Result(since, balance, positions, openOrders, allOrders, income,
            failures(balance, positions, openOrders, allOrders, income));
    }

    private long catchUpStart() {
        final long last = lastEventTimeMs.getAsLong();
        final long fromKernel = last > 0 ? last - OVERLAP_MS : sessionStartMs;
        final long fromLastCatchUp = lastCatchUpAtMs == NONE ? NONE : lastCatchUpAtMs - OVERLAP_MS;
        final long start = Math.min(Math.min(fromKernel, fromLastCatchUp), pendingCatchUpFromMs);
        return Math.max(start, clock.time() - MAX_LOOKBACK_MS);
    }

    /** A failed half keeps its start owed; a truncated answer keeps it too, so the rest is asked for again. */
    private void catchUpDone(final long since, final long askedAt, final int allOrders, final int income) {
        final boolean complete = allOrders >= 0 && income >= 0
            && allOrders < CATCH_UP_LIMIT && income < CATCH_UP_LIMIT;
        pendingCatchUpFromMs = complete ? NONE : Math.min(since, pendingCatchUpFromMs);
        if (complete) {
            lastCatchUpAtMs = askedAt;
        }
    }

    /** Funding and transfer rows since {@code since}: the balance movements that are not fills. -1 if either failed. */
    private int incomeSince(final long connectionId, final long since) {
        final int funding = fetch(connectionId, rest.fundingIncome(since, CATCH_UP_LIMIT), RestTopic.INCOME);
        final int transfers = fetch(connectionId, rest.transferIncome(since, CATCH_UP_LIMIT), RestTopic.INCOME);
        if (funding < 0 || transfers < 0) {
            return -1;
        }
        return funding >= CATCH_UP_LIMIT || transfers >= CATCH_UP_LIMIT ? CATCH_UP_LIMIT : funding + transfers;
    }

    private int fetch(final long connectionId, final RestResponse r, final RestTopic topic) {
        if (r.ok()) {
            ingress.poll(connectionId, topic, r.body(), 0, r.body().length);
            return Math.max(r.dataCount(), 0);
        }
        if (r.reportable()) {
            ControlJson.restFailure(r).publish(ingress, connectionId);
        }
        return -1;
    }

    private static int failures(final int... counts) {
        int n = 0;
        for (int c : counts) {
            n += c < 0 ? 1 : 0;
        }
        return n;
    }
}
