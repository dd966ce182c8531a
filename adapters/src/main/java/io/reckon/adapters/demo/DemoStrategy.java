package io.reckon.adapters.demo;

import io.reckon.adapters.bingx.exec.ExecStats;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.engine.exec.TradeFills;
import io.reckon.engine.intent.IntentEncoder;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotPublisher;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The demo's strategy: a fixed, seeded list of round trips (symbol, side, size, how to enter, why to exit) sent as
 * intents through the ring, one trade at a time, against the simulator. Entries alternate between a tight spread
 * (a maker quote when the router's style quotes entries) and a wide one (the spread gate sends them at MARKET);
 * exits alternate between TAKE_PROFIT (a maker quote when the style quotes exits) and MAX_HOLD (always MARKET). A
 * quote that misses its TTL meets the router's miss policy, so a demo shows every path the router has.
 *
 * <p>The strategy follows its own trade, not the book: a trip has opened once the execution desk reports that the
 * trip's entry orders are done and filled something, and has closed once its exit orders filled what the entry
 * did. The kernel's position count cannot say this: a position already open on the same symbol and side (left by
 * the venue's script, or one whose close the stream lost) hides the entry, and the exit would never be sent. The
 * exit asks for exactly the quantity the entry filled. While it waits, the strategy moves the simulated market a
 * step at a time, so resting quotes can fill. The trip list depends on the seed only; what the market does depends
 * on the simulator's seed. Runs on the caller's thread; allocates (a demo).
 */
public final class DemoStrategy {
    /** Orchestration time (deadlines, pacing), never a stage's: injected clocks drive the kernel. */
    private static final NanoClock CLOCK = SystemNanoClock.INSTANCE;
    private static final Logger LOG = LoggerFactory.getLogger(DemoStrategy.class);
    /** A tight spread in basis points (1e-8 fixed point): within the router's default gate of 5 bps. */
    static final long TIGHT_SPREAD_BPS = FixedPoint.parse("1");
    /** A wide spread: beyond the default gate, so the entry goes at MARKET. */
    static final long WIDE_SPREAD_BPS = FixedPoint.parse("20");

    /** The simulated market: its current price and a step of its price path. */
    public interface Market {
        /** The current price of {@code symbol}, 1e-8 fixed point. */
        long price(String symbol);

        /** Moves every price one step (and fills the resting quotes the new prices reach). */
        void step();

        /** The embedded simulator's market. */
        static Market of(final BingxSimulator sim) {
            return new Market() {
                @Override
                public long price(final String symbol) {
                    return FixedPoint.parse(sim.price(symbol).toPlainString());
                }

                @Override
                public void step() {
                    sim.tick();
                }
            };
        }
    }

    /** A symbol the demo trades and its smallest size; a trip trades one to three times that. */
    public record Instrument(String symbol, long baseSize) {
        public Instrument {
            if (symbol == null || symbol.isBlank() || baseSize <= 0) {
                throw new IllegalArgumentException("an instrument needs a symbol and a size above zero");
            }
        }
    }

    /** One planned round trip. */
    public record Trip(String tradeId, String symbol, PositionSide side, long size, boolean tightSpread,
                       ExitReason exitReason) {
    }

    /**
     * What the demo did.
     *
     * @param completed trips that opened and closed again
     * @param opened    trips whose entry filled (an entry the miss policy skipped, or the freeze refused, never
     *                  opens)
     * @param exec      the execution thread's counters (router, desk, gateway) and cost estimates
     */
    public record Result(List<Trip> trips, int opened, int completed, long capital, long wallet, boolean frozen,
                         ExecStats exec) {
    }

    private final Ingress ingress;
    private final Market market;
    private final SnapshotPublisher kernel;
    private final Supplier<ExecStats> exec;
    private final List<Instrument> instruments;
    private final long seed;
    private final long stepPauseMs;
    private final int maxStepsPerWait;
    private final int leverage;
    private final IntentEncoder encoder = new IntentEncoder();
    private final Snapshot snapshot = new Snapshot();

    /**
     * @param exec            the execution thread's counters and each trade's fills, read while waiting
     * @param stepPauseMs     pause after each market step while waiting for a fill
     * @param maxStepsPerWait steps to wait for an entry or an exit to fill before moving on
     * @param leverage        leverage the entries ask for (0 leaves the venue's)
     */
    public DemoStrategy(final Ingress ingress, final Market market, final SnapshotPublisher kernel,
                        final Supplier<ExecStats> exec, final List<Instrument> instruments, final long seed,
                        final long stepPauseMs, final int maxStepsPerWait, final int leverage) {
        if (instruments.isEmpty() || stepPauseMs < 0 || maxStepsPerWait < 1) {
            throw new IllegalArgumentException("needs instruments, a pause of 0 ms or more, at least one step");
        }
        this.ingress = ingress;
        this.market = market;
        this.kernel = kernel;
        this.exec = exec;
        this.instruments = List.copyOf(instruments);
        this.seed = seed;
        this.stepPauseMs = stepPauseMs;
        this.maxStepsPerWait = maxStepsPerWait;
        this.leverage = leverage;
    }

    /** The round trips a run of {@code count} makes: a function of the seed alone. */
    public List<Trip> trips(final int count) {
        final Random random = new Random(seed);
        final List<Trip> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final Instrument in = instruments.get(random.nextInt(instruments.size()));
            final PositionSide side = random.nextBoolean() ? PositionSide.LONG : PositionSide.SHORT;
            final long size = in.baseSize() * (1 + random.nextInt(3));
            out.add(new Trip("demo-" + seed + "-" + (i + 1), in.symbol(), side, size, i % 2 == 0,
                (i / 2) % 2 == 0 ? ExitReason.TAKE_PROFIT : ExitReason.MAX_HOLD));
        }
        return out;
    }

    /** Runs {@code count} round trips, one at a time, and reports what happened. */
    public Result run(final int count) throws InterruptedException {
        final List<Trip> trips = trips(count);
        int opened = 0;
        int completed = 0;
        for (Trip t : trips) {
            encoder.enter(t.tradeId(), t.symbol(), t.side(), t.size(), leverage, market.price(t.symbol()),
                t.tightSpread() ? TIGHT_SPREAD_BPS : WIDE_SPREAD_BPS);
            send();
            // Until the entry is done: an exit sized while a quote still rests would leave what fills later open.
            // Past the wait, what did fill is closed anyway (the desk cancels a quote still resting first).
            waitFor(() -> {
                final TradeFills.Fill f = fills(t);
                return f != null && f.settled();
            });
            final TradeFills.Fill entry = fills(t);
            if (entry == null || entry.entered() == 0) {
                LOG.info("demo: {} did not open ({} {}); the entry was missed or refused", t.tradeId(), t.side(),
                    t.symbol());
                continue;
            }
            opened++;
            final long filled = entry.entered();
            encoder.exit(t.tradeId(), t.symbol(), t.side(), filled, t.exitReason(), market.price(t.symbol()),
                TIGHT_SPREAD_BPS);
            send();
            if (waitFor(() -> fills(t).exited() >= filled)) {
                completed++;
            } else {
                LOG.warn("demo: {} still open after {} market steps ({} of {} closed)", t.tradeId(),
                    maxStepsPerWait, FixedPoint.toPlainString(fills(t).exited()), FixedPoint.toPlainString(filled));
            }
        }
        final Snapshot s = read();
        return new Result(trips, opened, completed, s.capital, s.wallet, s.frozen, exec.get());
    }

    /**
     * Publishes the encoded intent and waits until its order has gone out before the market moves again: a quote
     * priced off a reference the market has already left would be refused as crossing.
     */
    private void send() throws InterruptedException {
        final long sent = ordersSent();
        ingress.intent(encoder.buffer(), 0, encoder.length());
        final long deadline = CLOCK.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (ordersSent() == sent && CLOCK.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private long ordersSent() {
        final ExecStats s = exec.get();
        return s.gateway().ordersSent();
    }

    /** What the desk has seen this trip's orders fill; null before it planned the entry. */
    private TradeFills.Fill fills(final Trip t) {
        return exec.get().trades().of(t.tradeId());
    }

    private Snapshot read() {
        kernel.readInto(snapshot);
        return snapshot;
    }

    private boolean waitFor(final java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < maxStepsPerWait; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            market.step();
            TimeUnit.MILLISECONDS.sleep(stepPauseMs);
        }
        return condition.getAsBoolean();
    }
}
