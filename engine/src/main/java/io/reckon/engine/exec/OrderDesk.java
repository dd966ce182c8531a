package io.reckon.engine.exec;

import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.IntentAction;
import io.reckon.engine.ring.IntentFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.router.ExecutionPlan;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.router.MissAction;
import io.reckon.engine.router.PlanAction;
import io.reckon.engine.router.PlanRequest;
import io.reckon.engine.router.WorkingOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the {@link ExecutionRouter} over the execution inputs the {@link ExecutionFeed} forwards, in journal order,
 * and turns its plans into venue commands: the Python predecessor's runtime loop made a deterministic function of the
 * journal. Time is each input's receive stamp; a working quote expires on the first journaled TTL tick at or after
 * its deadline; every venue answer that changes a decision (order reply, cancel reply, the open orders that confirm
 * a cancel, stream order events) is a journaled record. Replaying a journal through a fresh desk therefore yields
 * the same {@link Decision}s and the same commands, which is how the router's decisions are audited.
 *
 * <p>What the desk adds to the router's policy:
 * <ul>
 *   <li>Orders: each plan gets a client order id ({@link ClientOrderIds}) and a ticket tracking its venue id,
 *       venue quantity and filled quantity (the larger of what replies and stream events report).</li>
 *   <li>TTL: an expired quote is cancelled; the cancel counts only once the venue's open orders no longer hold the
 *       order (or the stream reports it cancelled), never on the DELETE reply alone. Then the router's miss policy
 *       applies to the part left unfilled: skip, re-quote, or MARKET; an exit always goes to MARKET.</li>
 *   <li>Refusals: a refused quote is a miss like an expired one; a rate-limited entry is dropped (reported once by
 *       the REST client, never retried in a loop); an exit that did not reach the venue is re-sent once the
 *       cool-down has passed, up to {@link DeskSettings#maxExitResends()} times.</li>
 *   <li>Trades: an exit waits until every live order of its trade (a resting entry quote, a maker exit it
 *       pre-empts) is gone, then closes only what the trade's entries filled; nothing filled, nothing sent.</li>
 * </ul>
 *
 * <p>What each trade's orders filled is published after every input for readers on other threads
 * ({@link #tradeFills()}): a strategy follows its own trades there.
 *
 * <p>Single-threaded (the execution thread, or a replay). Runs per order, not per frame, and allocates (ids,
 * plans, tickets), like the router it drives.
 */
public final class OrderDesk {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDesk.class);

    private final ExecutionRouter router;
    private final DeskSettings settings;
    private final DeskListener listener;

    /** Live tickets by client order id, in order of creation (every scan is deterministic). */
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    /** Ticket of each command, place or cancel; looked up only, never iterated. */
    private final Map<Long, Ticket> byCommand = new HashMap<>();
    /** Trades by base trade id, in order of first sighting. */
    private final Map<String, Trade> trades = new LinkedHashMap<>();
    /** Trades an input changed, published to {@link #fills} once the input is done. */
    private final List<Trade> touched = new ArrayList<>();
    private final TradeFills fills = new TradeFills();
    private final Counts counts = new Counts();

    private String runId;
    private long lastCommand;
    private long nowMs;
    private long sequence;
    private List<DeskCommand> out;

    public OrderDesk(final ExecutionRouter router, final DeskSettings settings, final DeskListener listener) {
        this.router = router;
        this.settings = settings;
        this.listener = listener;
    }

    /** Applies one input; the venue work it calls for is appended to {@code commands}. */
    public void on(final ExecMessage m, final List<DeskCommand> commands) {
        out = commands;
        nowMs = Math.max(nowMs, m.timeMs);
        sequence = m.sequence;
        switch (m.kind) {
            case SESSION -> session(m);
            case INTENT -> intent(m);
            case ORDER_UPDATE -> orderUpdate(m);
            case ACK -> ack(m);
            case OPEN_ORDERS -> openOrders(m);
            case TICK -> tick();
            case NONE -> { }
        }
        out = null;
        publishTouched();
    }

    /** True while anything waits on time: a working quote, a cancel to repeat, an exit to re-send. */
    public boolean needsTicks() {
        for (Ticket t : tickets.values()) {
            if (t.working || t.retryCancelAtMs > 0) {
                return true;
            }
        }
        for (Trade tr : trades.values()) {
            if (tr.resendAtMs > 0) {
                return true;
            }
        }
        return false;
    }

    public DeskCounters counters() {
        return counts.snapshot();
    }

    /** Each trade's filled quantities, for readers on other threads; see {@link TradeFills}. */
    public TradeFills tradeFills() {
        return fills;
    }

    // ---- inputs

    private void session(final ExecMessage m) {
        final String run = ExecControl.runId(m.text, m.textLength);
        if (run == null) {
            LOG.error("execution session record at seq {} holds no valid run id; orders cannot be placed", sequence);
            return;
        }
        runId = run;
        LOG.info("execution session {} started at seq {}", run, sequence);
    }

    private void intent(final ExecMessage m) {
        counts.intents++;
        final IntentFields in = m.intent;
        final String tradeId = new String(in.tradeId, 0, in.tradeIdLength, StandardCharsets.US_ASCII);
        final String symbol = new String(m.symbol, 0, m.symbolLength, StandardCharsets.US_ASCII);
        if (runId == null) {
            counts.dropped++;
            LOG.error("intent {} at seq {} dropped: the execution session has not started", tradeId, sequence);
            return;
        }
        if (in.action == IntentAction.ENTER) {
            final ExecutionPlan plan = router.plan(PlanRequest.entry(tradeId, symbol, in.positionSide, in.size,
                in.referencePrice, in.spreadBps));
            decide(DecisionKind.PLANNED, plan, null, null);
            if (!plan.suppressed()) {
                trade(tradeId);
                submit(plan, in.leverage, in.referencePrice);
            }
            return;
        }
        final Trade trade = trade(tradeId);
        final boolean waits = blocked(trade);
        long size = in.size;
        if (!waits && trade.entered) {
            size = Math.min(size, trade.open());
        }
        if (size <= 0) {
            counts.nothingToClose++;
            decide(DecisionKind.NOTHING_TO_CLOSE, null, null, null, tradeId);
            return;
        }
        final ExecutionPlan plan = router.plan(PlanRequest.exit(tradeId, symbol, in.positionSide, size,
            in.referencePrice, in.spreadBps, in.exitReason));
        decide(DecisionKind.PLANNED, plan, null, null);
        if (plan.suppressed()) {
            return;
        }
        if (!waits) {
            submit(plan, 0, in.referencePrice);
            return;
        }
        // What is still live in this trade goes first: a resting entry quote could fill after the exit and open a
        // position nobody asked for, and a resting maker exit holds the quantity this exit must close. Quotes are
        // cancelled; MARKET orders in flight are waited for, so the exit closes what they filled.
        trade.pendingExit = plan;
        trade.pendingExitReference = in.referencePrice;
        for (Ticket t : List.copyOf(tickets.values())) {
            if (t.trade == trade && t.working && t.state != State.CANCELLING) {
                requestCancel(t);
            }
        }
    }

    private void orderUpdate(final ExecMessage m) {
        final String clientId = new String(m.order.clientOrderId, 0, m.order.clientOrderIdLength,
            StandardCharsets.US_ASCII);
        final Ticket t = tickets.get(clientId);
        if (t == null) {
            counts.untrackedEvents++;
            return;
        }
        t.streamSeen = true;
        if (m.order.orderId != 0) {
            t.orderId = m.order.orderId;
        }
        if (m.order.quantity > 0) {
            t.quantity = m.order.quantity;
        }
        addFilled(t, m.order.cumulativeQty);
        final OrderStatus status = m.order.status;
        if (status == OrderStatus.FILLED || t.filled >= t.quantity) {
            filled(t);
        } else if (status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED
            || status == OrderStatus.REJECTED) {
            gone(t);
        } else if (t.state == State.PLACING) {
            t.state = State.OPEN;
        }
    }

    private void ack(final ExecMessage m) {
        final Ticket t = byCommand.get(m.commandId);
        if (m.topic == RestTopic.LEVERAGE) {
            return;
        }
        if (t == null || t.state == State.DONE) {
            return;
        }
        final AckOutcome outcome = m.decoded ? m.ack.outcome : AckOutcome.NO_REPLY;
        if (m.topic == RestTopic.ORDER_PLACED && m.commandId == t.commandId) {
            placed(t, m, outcome);
        } else if (m.topic == RestTopic.ORDER_CANCELED && m.commandId == t.cancelCommandId) {
            cancelReply(t, m, outcome);
        }
    }

    private void placed(final Ticket t, final ExecMessage m, final AckOutcome outcome) {
        switch (outcome) {
            case ACCEPTED -> {
                counts.placed++;
                if (m.order.orderId != 0) {
                    t.orderId = m.order.orderId;
                }
                if (m.order.quantity > 0) {
                    t.quantity = m.order.quantity;
                }
                addFilled(t, m.order.cumulativeQty);
                final OrderStatus status = m.order.status;
                if (status == OrderStatus.FILLED || t.filled >= t.quantity) {
                    filled(t);
                } else if (status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED) {
                    gone(t);
                } else if (t.state == State.PLACING) {
                    t.state = State.OPEN;
                }
            }
            case RATE_LIMITED -> {
                counts.rateLimited++;
                decide(DecisionKind.RATE_LIMITED, t.plan, null, t.clientOrderId);
                refused(t, true, m.ack.venueCode);
            }
            case NO_REPLY, NONE -> {
                counts.noReply++;
                decide(DecisionKind.NO_REPLY, t.plan, null, t.clientOrderId);
                t.outcomeUnknown = true;
                if (!t.working) {
                    if (t.plan.action() == PlanAction.EXIT) {
                        // Placed or not, only the stream can tell; without a trace by then, the exit goes again.
                        scheduleExitResend(t.trade, t.plan, t.referencePrice, t);
                    }
                    placePendingExit(t.trade);
                }
            }
            default -> {
                counts.refused++;
                decide(DecisionKind.REFUSED, t.plan, null, t.clientOrderId);
                refused(t, false, m.ack.venueCode);
            }
        }
    }

    private void cancelReply(final Ticket t, final ExecMessage m, final AckOutcome outcome) {
        if (outcome == AckOutcome.ACCEPTED) {
            if (m.order.orderId != 0) {
                t.orderId = m.order.orderId;
            }
            addFilled(t, m.order.cumulativeQty);
        } else if (outcome == AckOutcome.ALREADY_FILLED) {
            addFilled(t, t.quantity);
            filled(t);
        }
        // Whatever the DELETE said, the open orders that follow it decide whether the order is gone.
    }

    private void openOrders(final ExecMessage m) {
        final Ticket t = byCommand.get(m.commandId);
        if (t == null || t.state != State.CANCELLING || m.commandId != t.cancelCommandId) {
            return;
        }
        final boolean known = m.decoded && m.openOrderCount >= 0;
        boolean present = false;
        if (known && t.orderId != 0) {
            for (int i = 0; i < m.openOrderCount; i++) {
                if (m.openOrderIds[i] == t.orderId) {
                    present = true;
                    break;
                }
            }
        }
        final boolean undecided = !known || (!present && m.openOrdersTruncated);
        if (present || undecided) {
            counts.cancelsUnconfirmed++;
            t.retryCancelAtMs = nowMs + settings.cancelRetryMs();
            decide(DecisionKind.CANCEL_UNCONFIRMED, t.plan, null, t.clientOrderId);
            if (t.cancelAttempts == 3) {
                LOG.error("order {} is still open after {} cancels; it keeps being cancelled every {} ms",
                    t.clientOrderId, t.cancelAttempts, settings.cancelRetryMs());
            }
            return;
        }
        counts.cancelsConfirmed++;
        gone(t);
    }

    private void tick() {
        for (WorkingOrder wo : router.expired(nowMs)) {
            final Ticket t = workingTicket(wo.tradeId());
            if (t != null && t.state != State.CANCELLING) {
                requestCancel(t);
            }
        }
        for (Ticket t : List.copyOf(tickets.values())) {
            if (t.retryCancelAtMs > 0 && nowMs >= t.retryCancelAtMs && t.state == State.CANCELLING) {
                t.retryCancelAtMs = 0;
                requestCancel(t);
            }
        }
        for (Trade tr : List.copyOf(trades.values())) {
            if (tr.resendAtMs > 0 && nowMs >= tr.resendAtMs) {
                resendExit(tr);
            }
        }
    }

    // ---- order lifecycle

    private void submit(final ExecutionPlan plan, final int leverage, final long referencePrice) {
        if (plan.suppressed()) {
            return;
        }
        final Trade trade = trade(plan.baseTradeId());
        if (plan.maker() && router.registerWorking(plan, nowMs).isEmpty()) {
            LOG.error("quote {} not sent: the router refused to track its TTL", plan.tradeId());
            return;
        }
        final long commandId = ++lastCommand;
        final String clientId = ClientOrderIds.format(runId, plan.action(), commandId);
        final Ticket t = new Ticket(clientId, commandId, plan, trade, leverage, referencePrice);
        tickets.put(clientId, t);
        byCommand.put(commandId, t);
        touch(trade);
        if (plan.action() == PlanAction.ENTER) {
            trade.entered = true;
        }
        counts.submitted++;
        decide(DecisionKind.SUBMITTED, plan, null, clientId);
        out.add(new DeskCommand.Place(commandId, clientId, plan, leverage, referencePrice));
    }

    private void requestCancel(final Ticket t) {
        final long commandId = ++lastCommand;
        t.state = State.CANCELLING;
        t.cancelCommandId = commandId;
        t.cancelAttempts++;
        byCommand.put(commandId, t);
        counts.cancelsRequested++;
        decide(DecisionKind.CANCEL_REQUESTED, t.plan, null, t.clientOrderId);
        out.add(new DeskCommand.Cancel(commandId, t.clientOrderId, t.orderId, t.plan.symbol()));
    }

    private void addFilled(final Ticket t, final long cumulative) {
        if (cumulative > t.filled) {
            final long delta = cumulative - t.filled;
            t.filled = cumulative;
            if (t.plan.action() == PlanAction.ENTER) {
                t.trade.entryFilled += delta;
            } else {
                t.trade.exitFilled += delta;
            }
            touch(t.trade);
        }
    }

    private void filled(final Ticket t) {
        if (t.state == State.DONE) {
            return;
        }
        counts.filled++;
        decide(DecisionKind.FILLED, t.plan, null, t.clientOrderId);
        if (t.working) {
            router.noteFill(t.plan.tradeId());
        }
        finish(t);
    }

    /** The order left the venue with {@code quantity - filled} unfilled. */
    private void gone(final Ticket t) {
        if (t.state == State.DONE) {
            return;
        }
        if (t.filled >= t.quantity) {
            filled(t);
            return;
        }
        final long remaining = t.quantity - t.filled;
        decide(DecisionKind.GONE, t.plan, null, t.clientOrderId);
        final Optional<WorkingOrder> wo = t.working ? router.working(t.plan.tradeId()) : Optional.empty();
        if (wo.isPresent()) {
            router.noteCancel(t.plan.tradeId());
        }
        // Cancelled to make way for the trade's exit: no miss policy, the exit is what happens next.
        final boolean forExit = t.trade.pendingExit != null;
        finish(t);
        if (forExit) {
            return;
        }
        if (wo.isPresent()) {
            missed(wo.get(), remaining, t);
        } else if (t.plan.action() == PlanAction.EXIT) {
            scheduleExitResend(t.trade, t.plan.withSize(remaining), t.referencePrice, null);
        }
    }

    /** The venue refused the order: nothing rests, nothing filled. */
    private void refused(final Ticket t, final boolean rateLimited, final long venueCode) {
        final Optional<WorkingOrder> wo = t.working ? router.working(t.plan.tradeId()) : Optional.empty();
        wo.ifPresent(w -> router.clearWorking(w.tradeId()));
        final boolean forExit = t.trade.pendingExit != null;
        finish(t);
        if (forExit) {
            return;
        }
        final boolean exit = t.plan.action() == PlanAction.EXIT;
        if (rateLimited) {
            if (exit) {
                final ExecutionPlan market = wo.isPresent() ? router.marketFallbackPlan(wo.get()) : t.plan;
                scheduleExitResend(t.trade, market, t.referencePrice, null);
            } else {
                counts.dropped++;
            }
            return;
        }
        if (wo.isPresent()) {
            missed(wo.get(), t.quantity, t);
        } else if (exit) {
            LOG.error("exit {} of trade {} refused by the venue (code {}): the position may still be open",
                t.clientOrderId, t.plan.tradeId(), venueCode);
        } else {
            counts.dropped++;
        }
    }

    /** The router's miss policy for a quote that expired or was refused, applied to the unfilled rest. */
    private void missed(final WorkingOrder wo, final long remaining, final Ticket t) {
        final MissAction action = router.missAction(wo);
        decide(DecisionKind.MISSED, wo.plan(), action, t.clientOrderId);
        switch (action) {
            case SKIP -> counts.skipped++;
            case RETRY -> {
                final ExecutionPlan retry = router.retryPlan(wo, t.referencePrice);
                decide(DecisionKind.RETRY_PLANNED, retry, null, null);
                submit(retry.suppressed() ? retry : retry.withSize(remaining), t.leverage, t.referencePrice);
            }
            case MARKET -> {
                final ExecutionPlan market = router.marketFallbackPlan(wo).withSize(remaining);
                decide(DecisionKind.FALLBACK_PLANNED, market, null, null);
                submit(market, t.leverage, t.referencePrice);
            }
        }
    }

    private void finish(final Ticket t) {
        t.state = State.DONE;
        t.retryCancelAtMs = 0;
        tickets.remove(t.clientOrderId);
        byCommand.remove(t.commandId);
        if (t.cancelCommandId != 0) {
            byCommand.remove(t.cancelCommandId);
        }
        touch(t.trade);
        placePendingExit(t.trade);
    }

    /** Sends the exit that waited for its trade's live orders once none of them can still change the position. */
    private void placePendingExit(final Trade trade) {
        if (trade.pendingExit != null && !blocked(trade)) {
            final ExecutionPlan exit = trade.pendingExit;
            final long reference = trade.pendingExitReference;
            trade.pendingExit = null;
            final long size = Math.min(exit.size(), trade.open());
            if (size <= 0) {
                counts.nothingToClose++;
                decide(DecisionKind.NOTHING_TO_CLOSE, exit, null, null);
            } else {
                submit(exit.withSize(size), 0, reference);
            }
        }
    }

    private void scheduleExitResend(final Trade trade, final ExecutionPlan plan, final long reference,
                                    final Ticket watched) {
        if (trade.resends >= settings.maxExitResends()) {
            counts.exitsAbandoned++;
            decide(DecisionKind.EXIT_ABANDONED, plan, null, null);
            LOG.error("exit of trade {} abandoned after {} re-sends: the position may be stranded", plan.baseTradeId(),
                trade.resends);
            return;
        }
        trade.resends++;
        trade.resendPlan = plan.maker() ? plan.asMarket(plan.reason()) : plan;
        trade.resendReference = reference;
        trade.resendWatch = watched;
        trade.resendAtMs = nowMs + settings.exitResendDelayMs();
        decide(DecisionKind.EXIT_RESEND_SCHEDULED, trade.resendPlan, null, null);
    }

    private void resendExit(final Trade trade) {
        final ExecutionPlan plan = trade.resendPlan;
        final Ticket watched = trade.resendWatch;
        trade.resendAtMs = 0;
        trade.resendPlan = null;
        trade.resendWatch = null;
        if (watched != null) {
            if (watched.streamSeen || watched.state == State.DONE) {
                return;
            }
            finish(watched);
        }
        counts.exitResends++;
        submit(plan, 0, trade.resendReference);
    }

    // ---- helpers

    private Trade trade(final String baseTradeId) {
        return trades.computeIfAbsent(baseTradeId, Trade::new);
    }

    private void touch(final Trade trade) {
        if (!trade.touched) {
            trade.touched = true;
            touched.add(trade);
        }
    }

    /** Publishes each changed trade whole, after the input: never an order state between two steps of one input. */
    private void publishTouched() {
        for (Trade tr : touched) {
            tr.touched = false;
            int live = 0;
            for (Ticket t : tickets.values()) {
                if (t.trade == tr) {
                    live++;
                }
            }
            fills.put(tr.id, new TradeFills.Fill(tr.entryFilled, tr.exitFilled, live));
        }
        touched.clear();
    }

    /**
     * True while an order of the trade may still change its position: a live quote, or a MARKET order in flight
     * (one whose reply never came is not waited for: only the stream could settle it).
     */
    private boolean blocked(final Trade trade) {
        for (Ticket t : tickets.values()) {
            if (t.trade == trade && (t.working || !t.outcomeUnknown)) {
                return true;
            }
        }
        return false;
    }

    private Ticket workingTicket(final String tradeId) {
        for (Ticket t : tickets.values()) {
            if (t.working && t.plan.tradeId().equals(tradeId)) {
                return t;
            }
        }
        return null;
    }

    private void decide(final DecisionKind kind, final ExecutionPlan plan, final MissAction miss,
                        final String clientId) {
        decide(kind, plan, miss, clientId, plan == null ? null : plan.tradeId());
    }

    private void decide(final DecisionKind kind, final ExecutionPlan plan, final MissAction miss,
                        final String clientId, final String tradeId) {
        listener.onDecision(new Decision(sequence, nowMs, kind, tradeId, plan, miss, clientId));
    }

    private enum State {
        /** Sent, no reply or stream event yet. */
        PLACING,
        OPEN,
        CANCELLING,
        DONE
    }

    /** One order of ours on the venue. */
    private static final class Ticket {
        final String clientOrderId;
        final long commandId;
        final ExecutionPlan plan;
        final Trade trade;
        final int leverage;
        final long referencePrice;
        final boolean working;
        State state = State.PLACING;
        long orderId;
        long quantity;
        long filled;
        long cancelCommandId;
        int cancelAttempts;
        long retryCancelAtMs;
        boolean streamSeen;
        boolean outcomeUnknown;

        Ticket(final String clientOrderId, final long commandId, final ExecutionPlan plan, final Trade trade,
               final int leverage, final long referencePrice) {
            this.clientOrderId = clientOrderId;
            this.commandId = commandId;
            this.plan = plan;
            this.trade = trade;
            this.leverage = leverage;
            this.referencePrice = referencePrice;
            this.working = plan.maker();
            this.quantity = plan.size();
        }
    }

    /** What the desk knows of one trade (entries and exits sharing a base trade id). */
    private static final class Trade {
        final String id;
        /** Filled by the trade's entries and by its exits, in this session. */
        long entryFilled;
        long exitFilled;
        boolean touched;
        boolean entered;
        ExecutionPlan pendingExit;
        long pendingExitReference;
        int resends;
        long resendAtMs;
        ExecutionPlan resendPlan;
        long resendReference;
        Ticket resendWatch;

        Trade(final String id) {
            this.id = id;
        }

        /** Entries filled minus exits filled. */
        long open() {
            return entryFilled - exitFilled;
        }
    }

    private static final class Counts {
        long intents;
        long submitted;
        long placed;
        long refused;
        long rateLimited;
        long noReply;
        long dropped;
        long skipped;
        long filled;
        long cancelsRequested;
        long cancelsConfirmed;
        long cancelsUnconfirmed;
        long exitResends;
        long exitsAbandoned;
        long nothingToClose;
        long untrackedEvents;

        DeskCounters snapshot() {
            return new DeskCounters(intents, submitted, placed, refused, rateLimited, noReply, dropped, skipped,
                filled, cancelsRequested, cancelsConfirmed, cancelsUnconfirmed, exitResends, exitsAbandoned,
                nothingToClose, untrackedEvents);
        }
    }
}
