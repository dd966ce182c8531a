package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Endpoint;
import io.reckon.adapters.bingx.rest.Params;
import io.reckon.adapters.bingx.rest.RestError;
import io.reckon.adapters.bingx.rest.RestResponse;
import io.reckon.engine.exec.DeskCommand;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Side;
import io.reckon.engine.router.ExecutionPlan;
import io.reckon.engine.router.PlanAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Carries out the desk's commands against BingX REST and journals every reply: the order reply, the
 * cancel reply and the open orders that confirm a cancel, each leverage call. A call that got no venue body (a
 * timeout, a network failure, our client's rate-limit cool-down, a quantity that rounds to nothing) is journaled as
 * reckon's own note {@code {"reckon":"no_reply"|"not_sent","error":"<reason>"}}, so the desk learns of every
 * outcome from the journal.
 *
 * <ul>
 *   <li>Orders are hedge-mode ({@code positionSide} LONG/SHORT, as the venue and simulator run); quantity and price
 *       are quantized DOWN to the contract's step and tick ({@link ContractBook}); a maker quote is
 *       {@code timeInForce=PostOnly} when the plan says post-only, else GTC ({@link OrderParams}).</li>
 *   <li>Leverage is set before an entry only when it differs from the {@link LeverageCache}; the cache changes only
 *       on the venue's confirmation, so a failed call is tried again with the next entry; on connect the cache is
 *       checked against the venue and corrected to it.</li>
 *   <li>Rate limits: the REST client never repeats an order call and holds every call of a rate-limited endpoint
 *       back for a cool-down; this class reports each episode once (the first refusal), not each refused call.</li>
 *   <li>Each placed order gets an {@link ExecutionReport}: estimated fee and signed slippage against the intent's
 *       reference price, in fixed point.</li>
 * </ul>
 * Confined to the execution thread; cold path (every call allocates).
 */
final class BingxOrderGateway {
    private static final Logger LOG = LoggerFactory.getLogger(BingxOrderGateway.class);
    private static final long BPS = 10_000L;

    private final BingxRestClient rest;
    private final ExecOutbox out;
    private final LeverageCache leverage;
    private final Consumer<ExecutionReport> reports;
    private final JsonTree json = new JsonTree();
    private ContractBook contracts = ContractBook.empty();

    private long ordersSent;
    private long rateLimitEpisodes;
    private long leverageSets;
    private long leverageDrifts;
    private long cancelsSent;
    private long notSent;

    BingxOrderGateway(final BingxRestClient rest, final ExecOutbox out, final LeverageCache leverage,
                      final Consumer<ExecutionReport> reports) {
        this.rest = rest;
        this.out = out;
        this.leverage = leverage;
        this.reports = reports;
    }

    /** Loads the contracts (falling back to {@link ContractSpec}'s step and tick when the list is unreadable) and checks leverage. */
    void connect() {
        final RestResponse c = rest.contracts();
        if (c.ok()) {
            contracts = ContractBook.parse(c.body());
            LOG.info("contracts: {} symbols listed", contracts.size());
        } else {
            LOG.warn("contracts unavailable ({}); orders are quantized with the fallbacks", c);
        }
        for (String symbol : leverage.symbols()) {
            final RestResponse r = rest.call(Endpoint.LEVERAGE_GET, Params.none().add("symbol", symbol));
            out.ack(0, RestTopic.LEVERAGE, body(r));
            if (r.ok()) {
                final Map<String, Object> data = JsonTree.objectAt(json.parse(r.body()), "data");
                checkDrift(symbol, PositionSide.LONG, (int) JsonTree.integer(data, "longLeverage", 0));
                checkDrift(symbol, PositionSide.SHORT, (int) JsonTree.integer(data, "shortLeverage", 0));
            } else {
                LOG.warn("leverage drift check of {} failed: {}", symbol, r);
            }
        }
    }

    private void checkDrift(final String symbol, final PositionSide side, final int venue) {
        final int cached = leverage.get(symbol, side);
        if (venue > 0 && cached > 0 && venue != cached) {
            leverageDrifts++;
            LOG.warn("LEVERAGE DRIFT {} {}: cached {}, venue {}; another process changed it, the cache follows the"
                + " venue", symbol, side, cached, venue);
            leverage.put(symbol, side, venue);
        }
    }

    void execute(final DeskCommand command) {
        if (command instanceof DeskCommand.Place p) {
            place(p);
        } else if (command instanceof DeskCommand.Cancel c) {
            cancel(c);
        }
    }

    private void place(final DeskCommand.Place p) {
        final ExecutionPlan plan = p.plan();
        final ContractSpec spec = contracts.spec(plan.symbol());
        final long quantity = spec.quantity(plan.size());
        if (quantity == 0) {
            refuseLocally(p, "QUANTITY_BELOW_STEP", plan.size());
            return;
        }
        final long price = plan.maker() ? spec.price(plan.price()) : 0;
        if (plan.maker() && price == 0) {
            refuseLocally(p, "PRICE_BELOW_TICK", plan.price());
            return;
        }
        if (p.leverage() > 0 && plan.action() == PlanAction.ENTER) {
            ensureLeverage(p.commandId(), plan.symbol(), plan.positionSide(), p.leverage());
        }
        ordersSent++;
        final RestResponse r = rest.call(Endpoint.ORDER_PLACE, OrderParams.place(plan, p.clientOrderId(), quantity,
            price));
        out.ack(p.commandId(), RestTopic.ORDER_PLACED, body(r));
        if (r.ok()) {
            report(p, spec, quantity, price, r.body());
        } else if (r.error() == RestError.RATE_LIMITED) {
            if (r.reportable()) {
                rateLimitEpisodes++;
                LOG.warn("order {} ({} {}) refused: rate limited; {} (reported once per rate-limit episode)",
                    p.clientOrderId(), plan.action(), plan.symbol(), plan.action() == PlanAction.ENTER
                        ? "the entry is dropped" : "the exit goes again after the cool-down");
            }
        } else if (plan.postOnly() && r.error() == RestError.OTHER) {
            // A post-only quote the price has reached is refused by design; the miss policy takes it from here.
            LOG.info("quote {} ({} {}) not placed: {}", p.clientOrderId(), plan.action(), plan.symbol(), r);
        } else {
            LOG.warn("order {} ({} {} {}) not placed: {}", p.clientOrderId(), plan.action(), plan.symbol(),
                plan.type(), r);
        }
    }

    private void refuseLocally(final DeskCommand.Place p, final String reason, final long value) {
        notSent++;
        LOG.warn("order {} not sent: {} ({} on {})", p.clientOrderId(), reason, FixedPoint.toPlainString(value),
            p.plan().symbol());
        out.ack(p.commandId(), RestTopic.ORDER_PLACED, note("not_sent", reason));
    }

    private void ensureLeverage(final long commandId, final String symbol, final PositionSide side,
                                final int wanted) {
        if (leverage.get(symbol, side) == wanted) {
            return;
        }
        final RestResponse r = rest.call(Endpoint.LEVERAGE_SET, Params.none().add("symbol", symbol)
            .add("side", side.name()).add("leverage", wanted));
        out.ack(commandId, RestTopic.LEVERAGE, body(r));
        if (r.ok()) {
            leverageSets++;
            leverage.put(symbol, side, wanted);
            LOG.info("leverage {} {} set to {}", symbol, side, wanted);
        } else {
            LOG.warn("leverage {} {} not set to {} ({}); the order goes at the venue's leverage, the next entry tries"
                + " again", symbol, side, wanted, r);
        }
    }

    private void cancel(final DeskCommand.Cancel c) {
        final Params params = Params.none().add("symbol", c.symbol());
        if (c.orderId() != 0) {
            params.add("orderId", c.orderId());
        } else {
            params.add("clientOrderId", c.clientOrderId());
        }
        cancelsSent++;
        final RestResponse r = rest.call(Endpoint.ORDER_CANCEL, params);
        out.ack(c.commandId(), RestTopic.ORDER_CANCELED, body(r));
        // The DELETE reply is not trusted on its own (it can fail for an order it removed): the venue's
        // open orders decide.
        final RestResponse open = rest.call(Endpoint.OPEN_ORDERS, Params.none().add("symbol", c.symbol()));
        out.poll(c.commandId(), RestTopic.OPEN_ORDERS, body(open));
    }

    private void report(final DeskCommand.Place p, final ContractSpec spec, final long quantity, final long price,
                        final byte[] body) {
        final Map<String, Object> order = JsonTree.objectAt(json.parse(body), "data", "order");
        final long executed = JsonTree.decimal(order, "executedQty", 0);
        final long average = JsonTree.decimal(order, "avgPrice", 0);
        final boolean filled = executed > 0 && average > 0;
        if (!filled && !p.plan().maker()) {
            return;
        }
        final long q = filled ? executed : quantity;
        final long px = filled ? average : price;
        final long rate = filled ? spec.takerFeeRate() : spec.makerFeeRate();
        final Side side = p.plan().orderSide();
        long fee;
        long slippage = 0;
        boolean hasSlippage = p.referencePrice() > 0;
        try {
            fee = FixedPoint.mul(FixedPoint.mul(px, q), rate);
            if (hasSlippage) {
                final long diff = side == Side.BUY ? px - p.referencePrice() : p.referencePrice() - px;
                slippage = FixedPoint.div(Math.multiplyExact(diff, BPS), p.referencePrice());
            }
        } catch (ArithmeticException overflow) {
            LOG.warn("order {}: fee or slippage estimate overflows; not reported", p.clientOrderId());
            return;
        }
        reports.accept(new ExecutionReport(p.clientOrderId(), p.plan().symbol(), side, !filled, q, px,
            p.referencePrice(), rate, fee, slippage, hasSlippage));
    }

    /** The venue's body, or reckon's note of a call that got none. */
    private static byte[] body(final RestResponse r) {
        if (r.body().length > 0) {
            return r.body();
        }
        return note(r.attempts() == 0 ? "not_sent" : "no_reply", r.error().name());
    }

    private static byte[] note(final String what, final String reason) {
        return ("{\"reckon\":\"" + what + "\",\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    ContractBook contracts() {
        return contracts;
    }

    GatewayCounters counters() {
        return new GatewayCounters(ordersSent, cancelsSent, rateLimitEpisodes, leverageSets, leverageDrifts, notSent);
    }
}
