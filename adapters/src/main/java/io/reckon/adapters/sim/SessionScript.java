package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A realistic trading session the simulator plays by itself: two rounds of round trips on two or three symbols
 * with overlapping positions, market entries (often in partial fills), exits either at market or by a resting
 * post-only limit (a maker fill, possibly partial, falling back to cancel + market after a while), one funding
 * settlement while positions are open and one transfer. The plan comes from a {@link Random} seeded with the
 * configured seed only, so a seed always gives the same steps; with manual ticks it also gives the same fills.
 * Every position the script opens is flat when it ends.
 */
public final class SessionScript {
    private static final Logger LOG = LoggerFactory.getLogger(SessionScript.class);
    private static final int ROUNDS = 2;
    private static final int MAX_WAIT_TICKS = 40;

    /** What a step does. */
    public enum Action {
        /** Opens {@code quantity} on (symbol, side) with a MARKET order. */
        OPEN_MARKET,
        /** Advances the price paths {@code ticks} times. */
        TICKS,
        /** Settles the symbol's funding rate on its open positions. */
        FUNDING,
        /** Closes the whole (symbol, side) position with a MARKET order. */
        CLOSE_MARKET,
        /** Closes the position with a post-only LIMIT {@code ticks} ticks in the money, then waits for it. */
        CLOSE_LIMIT,
        /** Deposits (positive) or withdraws (negative) {@code amount} USDT. */
        TRANSFER
    }

    /**
     * One step of the plan; fields a step does not use are null or 0.
     *
     * @param action   what to do
     * @param symbol   contract of an order or funding step
     * @param side     position side, for order steps
     * @param quantity quantity of an OPEN_MARKET
     * @param ticks    ticks to advance (TICKS) or the limit's distance from the price (CLOSE_LIMIT)
     * @param amount   transfer amount (TRANSFER)
     */
    public record Step(Action action, String symbol, HedgeSide side, BigDecimal quantity, int ticks,
                       BigDecimal amount) {
    }

    private final SimVenue venue;
    private final SimConfig config;
    private final ScheduledExecutorService scheduler;
    private final List<Step> plan;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private int next;

    SessionScript(final SimVenue venue, final SimConfig config, final ScheduledExecutorService scheduler) {
        this.venue = venue;
        this.config = config;
        this.scheduler = scheduler;
        this.plan = List.copyOf(makePlan(config));
    }

    /** The steps this seed plays, in order. */
    public List<Step> plan() {
        return plan;
    }

    /** The steps a script of this configuration would play, without a simulator: for sizing a demo's pace. */
    public static List<Step> planFor(final SimConfig config) {
        return List.copyOf(makePlan(config));
    }

    /** Plays every step now, on the calling thread. A script plays once. */
    public void runToCompletion() {
        claim();
        while (next < plan.size()) {
            execute(plan.get(next++));
        }
        finished.countDown();
    }

    /** Starts playing on the simulator's scheduler, one step every {@code scriptStepDelay}. A script plays once. */
    public void play() {
        claim();
        scheduleNext();
    }

    /** Waits until the last step has run; false on timeout. */
    public boolean awaitCompletion(final Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void claim() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the session script has already been played");
        }
    }

    private void scheduleNext() {
        scheduler.schedule(this::playOne, config.scriptStepDelay().toNanos(), TimeUnit.NANOSECONDS);
    }

    private void playOne() {
        try {
            execute(plan.get(next++));
        } catch (final RuntimeException e) {
            LOG.error("session script: step {} failed", next - 1, e);
        }
        if (next < plan.size()) {
            scheduleNext();
        } else {
            finished.countDown();
        }
    }

    private void execute(final Step s) {
        switch (s.action()) {
            case OPEN_MARKET -> order(s.symbol(), s.side().openingSide(), s.side(), OrderKind.MARKET, s.quantity(),
                    null, null, "s-" + next);
            case TICKS -> {
                for (int i = 0; i < s.ticks(); i++) {
                    venue.tick();
                }
            }
            case FUNDING -> venue.settleFunding(s.symbol(), Objects.requireNonNull(config.symbol(s.symbol()))
                    .fundingRate());
            case CLOSE_MARKET -> closeAtMarket(s.symbol(), s.side());
            case CLOSE_LIMIT -> closeWithLimit(s);
            case TRANSFER -> venue.transfer(s.amount());
        }
    }

    private void closeAtMarket(final String symbol, final HedgeSide side) {
        final BigDecimal size = venue.snapshot().position(symbol, side).size();
        if (size.signum() > 0) {
            order(symbol, opposite(side.openingSide()), side, OrderKind.MARKET, size, null, null, "");
        }
    }

    private void closeWithLimit(final Step s) {
        final BigDecimal size = venue.snapshot().position(s.symbol(), s.side()).size();
        if (size.signum() == 0) {
            return;
        }
        final SimSymbol c = Objects.requireNonNull(config.symbol(s.symbol()));
        final BigDecimal away = c.tickSize().multiply(BigDecimal.valueOf(s.ticks()));
        final BigDecimal mark = venue.price(s.symbol());
        final BigDecimal price = s.side() == HedgeSide.LONG ? mark.add(away) : mark.subtract(away).max(c.tickSize());
        final VenueReply placed = order(s.symbol(), opposite(s.side().openingSide()), s.side(), OrderKind.LIMIT, size,
                price, TimeInForce.POST_ONLY, "");
        if (placed == null) {
            closeAtMarket(s.symbol(), s.side());
            return;
        }
        final long orderId = placed.order().orderId();
        for (int i = 0; i < MAX_WAIT_TICKS && isOpen(orderId); i++) {
            venue.tick();
        }
        if (isOpen(orderId)) {
            venue.cancel(s.symbol(), orderId, null);
            closeAtMarket(s.symbol(), s.side());
        }
    }

    private boolean isOpen(final long orderId) {
        for (final OrderView o : venue.snapshot().openOrders()) {
            if (o.orderId() == orderId) {
                return true;
            }
        }
        return false;
    }

    private VenueReply order(final String symbol, final OrderSide side, final HedgeSide ps, final OrderKind kind,
                             final BigDecimal qty, final BigDecimal price, final TimeInForce tif,
                             final String clientOrderId) {
        final VenueReply r = venue.place(new OrderRequest(symbol, side, ps, kind, qty, price, tif, clientOrderId));
        if (!r.accepted()) {
            LOG.warn("session script: {} {} {} {} refused: {} {}", kind, side, qty, symbol, r.code(), r.msg());
            return null;
        }
        return r;
    }

    private static OrderSide opposite(final OrderSide s) {
        return s == OrderSide.BUY ? OrderSide.SELL : OrderSide.BUY;
    }

    private static List<Step> makePlan(final SimConfig config) {
        final Random rnd = new Random(config.seed() ^ 0x53E55102L);
        final int n = Math.min(config.symbols().size(), 2 + rnd.nextInt(2));
        final List<SimSymbol> symbols = config.symbols().subList(0, n);
        final int fundingRound = rnd.nextInt(ROUNDS);
        final int transferRound = rnd.nextInt(ROUNDS);
        final List<Step> steps = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            final List<HedgeSide> sides = new ArrayList<>(n);
            for (final SimSymbol s : symbols) {
                final HedgeSide side = rnd.nextBoolean() ? HedgeSide.LONG : HedgeSide.SHORT;
                sides.add(side);
                steps.add(new Step(Action.OPEN_MARKET, s.symbol(), side, quantity(s, rnd), 0, null));
                steps.add(new Step(Action.TICKS, null, null, null, 1 + rnd.nextInt(3), null));
            }
            steps.add(new Step(Action.TICKS, null, null, null, 2 + rnd.nextInt(6), null));
            if (round == fundingRound) {
                for (final SimSymbol s : symbols) {
                    steps.add(new Step(Action.FUNDING, s.symbol(), null, null, 0, null));
                }
            }
            final int first = rnd.nextInt(n);
            for (int k = 0; k < n; k++) {
                final SimSymbol s = symbols.get((first + k) % n);
                final HedgeSide side = sides.get((first + k) % n);
                if (rnd.nextBoolean()) {
                    steps.add(new Step(Action.CLOSE_LIMIT, s.symbol(), side, null,
                            1 + rnd.nextInt(s.maxTicksPerStep()), null));
                } else {
                    steps.add(new Step(Action.CLOSE_MARKET, s.symbol(), side, null, 0, null));
                }
                steps.add(new Step(Action.TICKS, null, null, null, 1 + rnd.nextInt(3), null));
            }
            if (round == transferRound) {
                final BigDecimal amount = rnd.nextBoolean() ? BigDecimal.valueOf(100 + rnd.nextInt(400))
                        : BigDecimal.valueOf(-(20 + rnd.nextInt(80)));
                steps.add(new Step(Action.TRANSFER, null, null, null, 0, amount));
            }
        }
        return steps;
    }

    /** A quantity worth 500–2000 USDT at the start price, on the quantity grid, at least two steps. */
    private static BigDecimal quantity(final SimSymbol s, final Random rnd) {
        final BigDecimal target = BigDecimal.valueOf(500 + rnd.nextInt(1500));
        final long units = Math.max(2, target.divide(s.stepSize().multiply(s.startPrice()), 0, RoundingMode.DOWN)
                .longValueExact());
        return s.stepSize().multiply(BigDecimal.valueOf(units)).max(s.tradeMinQuantity());
    }
}
